import type { TransactionClient } from "../db-client";
import { AppError } from "../errors";

/**
 * Counts one use of an offer, inside the transaction that creates the subscription it was
 * used for, so a redemption exists exactly when its subscription does. The count moves by a
 * conditional update (never past the limit, never after expiry or archiving), and the unique
 * (offer, reader) row refuses a second use by the same reader: of two checkouts completed at
 * once (two tabs, a retry), one wins and the other is rolled back with a message.
 */
export async function redeemOffer(
  tx: TransactionClient,
  input: { offerId: string; userId: string; subscriptionId: string },
  now: Date,
): Promise<void> {
  const used = await tx.offerRedemption.findUnique({
    where: { offerId_userId: { offerId: input.offerId, userId: input.userId } },
    select: { id: true },
  });
  if (used) throw new AppError("CONFLICT", "You have already used this offer.");
  const { count } = await tx.offer.updateMany({
    where: {
      id: input.offerId,
      archivedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      AND: [
        {
          OR: [
            { maxRedemptions: null },
            { redemptionCount: { lt: tx.offer.fields.maxRedemptions } },
          ],
        },
      ],
    },
    data: { redemptionCount: { increment: 1 } },
  });
  if (count === 0)
    throw new AppError(
      "CONFLICT",
      "This offer has just ended or been fully redeemed. Start again to subscribe without it.",
    );
  await tx.offerRedemption.create({ data: { ...input, createdAt: now } });
}
