import type { DbClient } from "../db-client";
import { testClockEnabled } from "../subscriptions/test-clock";

/**
 * The test clock (lib/subscriptions/test-clock.ts) for gifts: the dates of every gift
 * bought by or for `email` move back by `ms`, so a gift scheduled for next week is due
 * now. Its recipient may not have an account yet, so gifts are found by email address
 * as well as by the account that redeemed them. Says whether `email` has an account,
 * whose own billing the caller then moves too.
 */
export async function advanceGiftClock(db: DbClient, email: string, ms: number) {
  if (!testClockEnabled()) throw new Error("The test clock is not enabled.");
  const back = (date: Date | null) => (date ? new Date(date.getTime() - ms) : date);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    const gifts = await tx.gift.findMany({
      where: {
        OR: [
          { buyerEmail: email },
          { recipientEmail: email },
          ...(user ? [{ recipientId: user.id }, { buyerId: user.id }] : []),
        ],
      },
      take: 100,
    });
    for (const g of gifts)
      await tx.gift.update({
        where: { id: g.id },
        data: {
          deliverOn: back(g.deliverOn)!,
          createdAt: back(g.createdAt)!,
          paidAt: back(g.paidAt),
          deliveredAt: back(g.deliveredAt),
          redeemedAt: back(g.redeemedAt),
        },
      });
    return { moved: gifts.length, hasAccount: user !== null };
  });
}
