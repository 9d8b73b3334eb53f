import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { validGiftPageToken } from "./gift-code";

/**
 * A gift as its buyer's checkout and thank-you pages show it. The link's token stands in
 * for an account (buyers need not have one); without it the gift is "not found".
 */
export async function getGiftForBuyer(db: DbClient, giftId: unknown, token: unknown) {
  const gift =
    typeof giftId === "string" && validGiftPageToken(giftId, token)
      ? await db.gift.findUnique({
          where: { id: giftId },
          select: {
            id: true,
            status: true,
            provider: true,
            months: true,
            amount: true,
            currency: true,
            buyerEmail: true,
            recipientName: true,
            recipientEmail: true,
            deliverOn: true,
            cardLast4: true,
            paidAt: true,
            deliveredAt: true,
            plan: { select: { name: true, includesPrint: true } },
          },
        })
      : null;
  if (!gift) throw new AppError("NOT_FOUND", "There is no such gift.");
  return gift;
}

export type BuyerGift = Awaited<ReturnType<typeof getGiftForBuyer>>;
