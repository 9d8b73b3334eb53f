import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { giftCodeFor } from "@/lib/gifts/gift-code";
import { previewGift } from "@/lib/gifts/redeem-gift";
import { handleStripeEvent } from "@/lib/subscriptions/stripe-webhooks";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { createStripeClient } from "@/lib/subscriptions/stripe-client";
import { sentEmails, spyOnEmails } from "./account-helpers";
import { newId, seconds, stripeEvent } from "./stripe-helpers";

// Gift events are applied from the event alone: this client is never asked anything.
const stripe = createStripeClient({
  secretKey: "sk_test_gifts",
  host: "127.0.0.1",
  port: 1,
  protocol: "http",
});

/** A gift sent to Stripe Checkout and not yet paid, as buy-gift.ts leaves it. */
async function stripeGift() {
  const plan = await db.plan.findFirstOrThrow({ where: { slug: "digital-yearly" } });
  const sessionId = newId("cs_test");
  const tag = newId("g");
  const gift = await db.gift.create({
    data: {
      planId: plan.id,
      months: 12,
      amount: 9000,
      currency: "usd",
      buyerName: "Stripe Buyer",
      buyerEmail: `buyer-${tag}@example.com`,
      recipientName: "Stripe Recipient",
      recipientEmail: `recipient-${tag}@example.com`,
      deliverOn: new Date(Date.now() + 10 * 86_400_000),
      provider: "stripe",
      providerSessionId: sessionId,
    },
  });
  return { gift, sessionId };
}

const completed = (sessionId: string, giftId: string, extra: Record<string, unknown> = {}) =>
  stripeEvent(
    "checkout.session.completed",
    {
      id: sessionId,
      object: "checkout.session",
      mode: "payment",
      payment_status: "paid",
      payment_intent: newId("pi"),
      client_reference_id: giftId,
      customer: null,
      subscription: null,
      metadata: { giftId },
      ...extra,
    },
    seconds(new Date()),
  );

beforeAll(async () => {
  await ensureDefaultPlans(db);
});
beforeEach(() => {
  spyOnEmails();
});

describe("gifts paid through Stripe Checkout", () => {
  it("checkout.session.completed pays the gift once, however often and however many events arrive", async () => {
    const { gift, sessionId } = await stripeGift();
    const event = completed(sessionId, gift.id);
    const again = completed(sessionId, gift.id); // another event id for the same session
    const outcomes = await Promise.all([
      handleStripeEvent(db, event, stripe),
      handleStripeEvent(db, event, stripe),
      handleStripeEvent(db, again, stripe),
    ]);
    expect(outcomes.filter((o) => o === "applied")).toHaveLength(1);
    const paid = await db.gift.findUniqueOrThrow({ where: { id: gift.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.paidAt).not.toBeNull();
    expect(paid.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(paid.providerPaymentId).toMatch(/^pi_/);
    expect(sentEmails().filter((e) => e.to === gift.buyerEmail)).toHaveLength(1);
    // not delivered before its date
    expect(sentEmails().filter((e) => e.to === gift.recipientEmail)).toHaveLength(0);
    // no subscription is created by paying for a gift
    expect(await db.subscription.count({ where: { gift: { id: gift.id } } })).toBe(0);
  });

  it("an unpaid completion (delayed payment method) pays nothing", async () => {
    const { gift, sessionId } = await stripeGift();
    const outcome = await handleStripeEvent(
      db,
      completed(sessionId, gift.id, { payment_status: "unpaid" }),
      stripe,
    );
    expect(outcome).toBe("ignored");
    expect((await db.gift.findUniqueOrThrow({ where: { id: gift.id } })).status).toBe("PENDING");
  });

  it("a session that is not this gift's is ignored", async () => {
    const { gift } = await stripeGift();
    const outcome = await handleStripeEvent(db, completed(newId("cs_test"), gift.id), stripe);
    expect(outcome).toBe("ignored");
    expect((await db.gift.findUniqueOrThrow({ where: { id: gift.id } })).status).toBe("PENDING");
  });

  it("a full refund of the gift's charge takes the gift back; a partial one leaves it", async () => {
    const refunded = (paymentIntent: string, amountRefunded: number) =>
      stripeEvent(
        "charge.refunded",
        {
          id: newId("ch"),
          object: "charge",
          amount: 9000,
          amount_refunded: amountRefunded,
          currency: "usd",
          payment_intent: paymentIntent,
          invoice: null,
        },
        seconds(new Date()),
      );
    const { gift, sessionId } = await stripeGift();
    const paymentIntent = newId("pi");
    await handleStripeEvent(
      db,
      completed(sessionId, gift.id, { payment_intent: paymentIntent }),
      stripe,
    );
    expect((await db.gift.findUniqueOrThrow({ where: { id: gift.id } })).status).toBe("PAID");

    expect(await handleStripeEvent(db, refunded(paymentIntent, 1000), stripe)).toBe("ignored");
    expect((await db.gift.findUniqueOrThrow({ where: { id: gift.id } })).status).toBe("PAID");

    const full = refunded(paymentIntent, 9000);
    expect(await handleStripeEvent(db, full, stripe)).toBe("applied");
    expect(await handleStripeEvent(db, full, stripe)).not.toBe("applied");
    expect((await db.gift.findUniqueOrThrow({ where: { id: gift.id } })).status).toBe("REFUNDED");
    // Its code no longer opens anything.
    const later = new Date(Date.now() + 11 * 86_400_000);
    expect(await previewGift(db, giftCodeFor(gift.id), null, later)).toMatchObject({ ok: false });
  });
});
