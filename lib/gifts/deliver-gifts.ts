import { codeHashForGift } from "./gift-code";
import type { DbClient } from "../db-client";
import { sendGiftDelivery } from "./gift-emails";

/** Gifts delivered per tick; the next tick takes the rest. */
const BATCH = 50;

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
 * Each gift is claimed (PAID → DELIVERED) before its email goes out, so two ticks at
 * once, or a tick beside a buyer's payment, send it once; if sending fails the claim is
 * undone and the next tick tries again, so a mail server outage delays gifts rather than
 * losing them.
 */
export async function deliverDueGifts(db: DbClient, now: Date = new Date()) {
  const due = await db.gift.findMany({
    where: { status: "PAID", deliverOn: { lte: now } },
    orderBy: { deliverOn: "asc" },
    take: BATCH,
    select: { id: true },
  });
  const delivered: string[] = [];
  for (const { id } of due) if (await deliverGift(db, id, now)) delivered.push(id);
  return delivered;
}

/** Delivers one gift if it is paid and due; true when this call sent it. */
export async function deliverGift(db: DbClient, giftId: string, now: Date = new Date()) {
  const { count } = await db.gift.updateMany({
    where: { id: giftId, status: "PAID", deliverOn: { lte: now } },
    // The hash of the code this email carries, as of now: the code is derived from the
    // secret, so after a secret rotation since payment this keeps the emailed code valid.
    data: { status: "DELIVERED", deliveredAt: now, codeHash: codeHashForGift(giftId) },
  });
  if (count === 0) return false;
  const gift = await db.gift.findUniqueOrThrow({ where: { id: giftId }, select: deliverySelect });
  try {
    await sendGiftDelivery(gift);
    return true;
  } catch (error) {
    console.error(`Gift ${giftId} could not be emailed; the next tick tries again:`, error);
    // Only our own claim is undone: a recipient who redeemed in between keeps their gift.
    await db.gift.updateMany({
      where: { id: giftId, status: "DELIVERED", deliveredAt: now },
      data: { status: "PAID", deliveredAt: null },
    });
    return false;
  }
}
