import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { archiveOffer, createOffer } from "@/lib/offers/manage-offers";
import { toPlanView } from "@/lib/subscriptions/plans";
import { createStripeProvider } from "@/lib/subscriptions/stripe-provider";
import { handleStripeEvent } from "@/lib/subscriptions/stripe-webhooks";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { createUser, spyOnEmails, type TestUser } from "./account-helpers";
import {
  DAY,
  invoiceObject,
  makePlan,
  makeUser,
  newId,
  seconds,
  stripeEvent,
  subscriptionObject,
} from "./stripe-helpers";

vi.hoisted(() => {
  delete process.env.SMTP_URL;
});

let fake: FakeStripe;
let admin: TestUser;
beforeAll(async () => {
  fake = await startFakeStripe();
  admin = await createUser({ role: "ADMIN" });
});
afterAll(() => fake.close());
beforeEach(() => {
  spyOnEmails();
});

async function stripeOffer(planIds: string[], values: Record<string, unknown> = {}) {
  const code = `STRIPE${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const result = await createOffer(
    db,
    admin.actor,
    {
      values: {
        code,
        name: "Stripe offer",
        kind: "PERCENT",
        percentOff: "20",
        duration: "ONCE",
        expiresOn: "2099-12-31",
        maxRedemptions: "50",
        planIds,
        ...values,
      },
    },
    { stripe: fake.stripe },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return db.offer.findUniqueOrThrow({ where: { id: result.id } });
}

describe("offers in Stripe", () => {
  it("an offer becomes a coupon and a promotion code with its code, expiry and limit", async () => {
    const plan = await makePlan({ interval: "MONTH" });
    const offer = await stripeOffer([plan.id], {
      kind: "AMOUNT",
      amountOff: "5",
      duration: "REPEATING",
      durationPeriods: "3",
    });
    expect(offer.stripeCouponId).toMatch(/^coupon_/);
    expect(offer.stripePromotionCodeId).toMatch(/^promo_/);
    const coupon = fake.requestsTo("POST", "/v1/coupons").at(-1)!;
    expect(coupon.body).toMatchObject({
      amount_off: "500",
      currency: "usd",
      duration: "repeating",
      duration_in_months: "3",
    });
    const promo = fake.requestsTo("POST", "/v1/promotion_codes").at(-1)!;
    expect(promo.body).toMatchObject({
      code: offer.code,
      max_redemptions: "50",
      promotion: { type: "coupon", coupon: offer.stripeCouponId },
      expires_at: String(seconds(offer.expiresAt!)),
    });
    await archiveOffer(db, admin.actor, offer.id, { stripe: fake.stripe });
    expect(
      fake.requestsTo("POST", `/v1/promotion_codes/${offer.stripePromotionCodeId}`),
    ).toHaveLength(1);
  });

  it("checkout sends the trial and the promotion code; the webhooks record the trial, the redemption and the discount", async () => {
    const plan = await makePlan({ interval: "YEAR" });
    await db.plan.update({ where: { id: plan.id }, data: { trialDays: 14 } });
    const offer = await stripeOffer([plan.id]);
    const user = await makeUser({ stripeCustomerId: newId("cus") });
    const checkout = await db.checkoutSession.create({
      data: {
        userId: user.id,
        planId: plan.id,
        provider: "stripe",
        offerId: offer.id,
        withTrial: true,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    await createStripeProvider(db, fake.stripe).beginCheckout({
      checkoutId: checkout.id,
      user,
      plan: toPlanView({ ...plan, trialDays: 14 }),
      trialDays: 14,
      offerId: offer.id,
      successUrl: "http://localhost:3000/subscribe/success",
      cancelUrl: "http://localhost:3000/subscribe",
    });
    const session = fake.requestsTo("POST", "/v1/checkout/sessions").at(-1)!;
    expect(session.body).toMatchObject({
      subscription_data: { trial_period_days: "14" },
      discounts: [{ promotion_code: offer.stripePromotionCodeId }],
    });

    // Stripe starts the trial…
    const now = seconds(new Date());
    const subId = newId("sub");
    const trialing = {
      ...subscriptionObject({
        id: subId,
        customer: user.stripeCustomerId!,
        status: "trialing",
        userId: user.id,
        planId: plan.id,
        periodStart: now,
        periodEnd: now + 14 * DAY,
      }),
      trial_end: now + 14 * DAY,
    };
    fake.subscriptions.set(subId, trialing);
    await handleStripeEvent(
      db,
      stripeEvent("customer.subscription.created", trialing, now),
      fake.stripe,
    );
    const completed = stripeEvent(
      "checkout.session.completed",
      {
        id: newId("cs_test"),
        object: "checkout.session",
        mode: "subscription",
        client_reference_id: checkout.id,
        customer: user.stripeCustomerId,
        subscription: subId,
        metadata: {},
      },
      now,
    );
    expect(await handleStripeEvent(db, completed, fake.stripe)).toBe("applied");
    expect(await handleStripeEvent(db, completed, fake.stripe)).toBe("duplicate");
    const local = await db.subscription.findUniqueOrThrow({
      where: { providerSubscriptionId: subId },
    });
    expect(local).toMatchObject({ status: "TRIALING", offerId: offer.id, discountAmount: 2400 });
    expect(local.trialEnd?.getTime()).toBe((now + 14 * DAY) * 1000);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).trialUsedAt,
    ).not.toBeNull();
    expect((await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).redemptionCount).toBe(1);
    expect(await db.offerRedemption.count({ where: { offerId: offer.id } })).toBe(1);

    // …and its first invoice after the trial carries the discount.
    const invoice = {
      ...invoiceObject({
        id: newId("in"),
        subscription: subId,
        amount: 9600,
        periodStart: now + 14 * DAY,
        periodEnd: now + 379 * DAY,
      }),
      total_discount_amounts: [{ amount: 2400, discount: "di_1" }],
    };
    expect(
      await handleStripeEvent(
        db,
        stripeEvent("invoice.paid", invoice, now + 14 * DAY),
        fake.stripe,
      ),
    ).toBe("applied");
    const payment = await db.payment.findUniqueOrThrow({
      where: { providerPaymentId: invoice.id },
    });
    expect(payment).toMatchObject({
      amount: 9600,
      discountAmount: 2400,
      discountLabel: `Offer ${offer.code} (20% off)`,
    });
  });
});
