import { codeHashForGift } from "./gift-code";
import type { DbClient } from "../db-client";
import { sendGiftDelivery } from "./gift-emails";

/** Gifts delivered per tick; the next tick takes the rest. */
const BATCH = 50;
/**
 * How long a claimed delivery is left to the tick that claimed it. Far longer than one
 * email takes; a claim older than this is a tick that died mid-send, and is taken again.
 */
export const DELIVERY_LEASE_MS = 10 * 60 * 1000;

const deliverySelect = {
  id: true,
  months: true,
  buyerName: true,
  recipientName: true,
  recipientEmail: true,
  message: true,
  plan: { select: { name: true, includesPrint: true } },
} as const;

/**
 * The scheduler's gift step: emails each paid gift whose delivery date has come, once.
 * Each gift is claimed (a lease, `deliveryClaimedAt`) before its email goes out, so two
 * ticks at once, or a tick beside a buyer's payment, send it once; it becomes DELIVERED
 * only when the email is out. If sending fails the claim is released and the next tick
 * tries again; if the process dies mid-send, the lease runs out and a later tick sends it
 * (the recipient may then get the same email twice, never none). A mail server outage
 * delays gifts rather than losing them.
 */
export async function deliverDueGifts(db: DbClient, now: Date = new Date()) {
  const due = await db.gift.findMany({
    where: { status: "PAID", deliverOn: { lte: now }, ...unclaimed(now) },
    orderBy: { deliverOn: "asc" },
    take: BATCH,
    select: { id: true },
  });
  const delivered: string[] = [];
  for (const { id } of due) if (await deliverGift(db, id, now)) delivered.push(id);
  return delivered;
}

/** Not being delivered by another tick: never claimed, released, or its lease run out. */
const unclaimed = (now: Date) => ({
  OR: [
    { deliveryClaimedAt: null },
    { deliveryClaimedAt: { lt: new Date(now.getTime() - DELIVERY_LEASE_MS) } },
  ],
});

/** Delivers one gift if it is paid and due; true when this call sent it. */
export async function deliverGift(db: DbClient, giftId: string, now: Date = new Date()) {
  const { count } = await db.gift.updateMany({
    where: { id: giftId, status: "PAID", deliverOn: { lte: now }, ...unclaimed(now) },
    // The hash of the code this email carries, as of now: the code is derived from the
    // secret, so after a secret rotation since payment this keeps the emailed code valid
    // (set before sending, so a recipient who clicks at once finds it).
    data: { deliveryClaimedAt: now, codeHash: codeHashForGift(giftId) },
  });
  if (count === 0) return false;
  const gift = await db.gift.findUniqueOrThrow({ where: { id: giftId }, select: deliverySelect });
  try {
    await sendGiftDelivery(gift);
  } catch (error) {
    console.error(`Gift ${giftId} could not be emailed; the next tick tries again:`, error);
    // Only our own claim is released.
    await db.gift.updateMany({
      where: { id: giftId, status: "PAID", deliveryClaimedAt: now },
      data: { deliveryClaimedAt: null },
    });
    return false;
  }
  // A recipient who redeemed in the meantime keeps REDEEMED (the status must still be PAID).
  await db.gift.updateMany({
    where: { id: giftId, status: "PAID", deliveryClaimedAt: now },
    data: { status: "DELIVERED", deliveredAt: now },
  });
  return true;
}
