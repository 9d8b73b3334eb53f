import { z } from "zod";
import type { TransactionClient } from "../db-client";
import { receiptSelect, sendGiftReceipt } from "./gift-emails";
import { claimGiftPayment } from "./pay-gift";
import { recordSubscriptionEvent } from "../subscriptions/subscription-events";

/**
 * A gift bought through Stripe Checkout (mode "payment", metadata.giftId) is paid when
 * its checkout.session.completed event arrives. lib/subscriptions/stripe-webhooks.ts hands
 * such sessions here, inside the transaction that records the event id, so a redelivered
 * event changes nothing; the PENDING → PAID claim also makes a second event for the same
 * session (or a race with anything else) pay the gift once.
 */
const Ref = z
  .union([z.string().min(1), z.object({ id: z.string().min(1) })])
  .transform((value) => (typeof value === "string" ? value : value.id));

const GiftSessionSchema = z.object({
  id: z.string().startsWith("cs_"),
  mode: z.literal("payment"),
  payment_status: z.string().nullish(),
  payment_intent: Ref.nullish(),
  metadata: z.object({ giftId: z.string().min(1) }),
});

/** Whether a completed Checkout Session is a gift's (and not a subscription's). */
export function isGiftSession(object: unknown): boolean {
  return GiftSessionSchema.safeParse(object).success;
}

type Applied = { outcome: "applied" | "ignored"; emails: (() => Promise<unknown>)[] };

export async function applyGiftSessionCompleted(
  tx: TransactionClient,
  object: unknown,
  at: Date,
): Promise<Applied> {
  const session = GiftSessionSchema.parse(object);
  // Delayed payment methods complete unpaid; we sell gifts by card only, so that is not a payment.
  if (session.payment_status && session.payment_status !== "paid")
    return { outcome: "ignored", emails: [] };
  const gift = await tx.gift.findUnique({
    where: { id: session.metadata.giftId },
    select: { id: true, provider: true, providerSessionId: true },
  });
  if (gift?.provider !== "stripe") return { outcome: "ignored", emails: [] };
  if (gift.providerSessionId && gift.providerSessionId !== session.id)
    return { outcome: "ignored", emails: [] };
  const paid = await claimGiftPayment(tx, gift.id, {
    providerPaymentId: session.payment_intent ?? session.id,
    cardLast4: null,
    paidAt: at,
  });
  if (!paid) return { outcome: "ignored", emails: [] };
  if (!gift.providerSessionId)
    await tx.gift.update({ where: { id: gift.id }, data: { providerSessionId: session.id } });
  const receipt = await tx.gift.findUniqueOrThrow({
    where: { id: gift.id },
    select: receiptSelect,
  });
  // Delivery (at once for a gift dated today) is the scheduler's next tick.
  return { outcome: "applied", emails: [() => sendGiftReceipt(receipt)] };
}

/**
 * A refund of a gift's Stripe payment (charge.refunded; gifts are paid by a payment intent
 * with no invoice). A full refund takes the gift back: not yet redeemed, it can no longer
 * be (REFUNDED); already redeemed, the subscription it became ends now. A partial refund
 * (a goodwill gesture) leaves the gift as it is. Null when the charge is not a gift's.
 */
export async function applyGiftChargeRefunded(
  tx: TransactionClient,
  charge: { payment_intent?: string | null; amount: number; amount_refunded: number },
  at: Date,
): Promise<Applied | null> {
  if (!charge.payment_intent) return null;
  const gift = await tx.gift.findUnique({
    where: { providerPaymentId: charge.payment_intent },
    select: { id: true, status: true, subscriptionId: true },
  });
  if (!gift) return null;
  if (charge.amount_refunded < charge.amount) return { outcome: "ignored", emails: [] };
  const { count } = await tx.gift.updateMany({
    where: { id: gift.id, status: { not: "REFUNDED" } },
    data: { status: "REFUNDED" },
  });
  if (count === 0) return { outcome: "ignored", emails: [] };
  if (gift.subscriptionId) {
    const ended = await tx.subscription.updateMany({
      where: { id: gift.subscriptionId, status: { not: "CANCELED" } },
      data: { status: "CANCELED", canceledAt: at, endedAt: at, currentPeriodEnd: at },
    });
    if (ended.count === 1)
      await recordSubscriptionEvent(
        tx,
        gift.subscriptionId,
        "refunded",
        "The gift's payment was refunded in full; the gift subscription ended.",
      );
  }
  return { outcome: "applied", emails: [] };
}
