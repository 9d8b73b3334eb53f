import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { toPlanView } from "@/lib/subscriptions/plans";
import type { RefundablePayment } from "@/lib/subscriptions/provider";
import { createStripeProvider } from "@/lib/subscriptions/stripe-provider";
import { receiveStripeWebhook } from "@/lib/subscriptions/stripe-webhook-request";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { sentEmails, spyOnEmails } from "./account-helpers";
import {
  chargeObject,
  DAY,
  makePlan,
  makeUser,
  newId,
  seconds,
  signedRequest,
  stripeEvent,
  subscriptionObject,
  WEBHOOK_SECRET,
} from "./stripe-helpers";

vi.hoisted(() => {
  delete process.env.SMTP_URL;
});

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.close());
beforeEach(() => {
  spyOnEmails();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const provider = () => createStripeProvider(db, fake.stripe);

async function openCheckout(userId: string, planId: string) {
  return db.checkoutSession.create({
    data: { userId, planId, provider: "stripe", expiresAt: new Date(Date.now() + 3600_000) },
  });
}

async function checkout(
  user: { id: string; email: string; name: string },
  plan: Awaited<ReturnType<typeof makePlan>>,
) {
  const row = await openCheckout(user.id, plan.id);
  const url = await provider().beginCheckout({
    checkoutId: row.id,
    user,
    plan: toPlanView(plan),
    successUrl: `http://localhost:3000/subscribe/success?checkout=${row.id}`,
    cancelUrl: "http://localhost:3000/subscribe",
  });
  return { url, checkoutId: row.id };
}

const customersOf = (userId: string) =>
  fake
    .requestsTo("POST", "/v1/customers")
    .filter((r) => (r.body.metadata as Record<string, string>).userId === userId);

describe("checkout", () => {
  it("creates one Stripe customer per reader and reuses it", async () => {
    const plan = await makePlan();
    const user = await makeUser();
    await checkout(user, plan);
    await checkout(user, plan);

    expect(customersOf(user.id)).toHaveLength(1);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.stripeCustomerId).toMatch(/^cus_/);
    const sessions = fake.requestsTo("POST", "/v1/checkout/sessions").slice(-2);
    expect(sessions.map((s) => s.body.customer)).toEqual([
      stored.stripeCustomerId,
      stored.stripeCustomerId,
    ]);
  });

  it("creates one customer when two checkouts start at once", async () => {
    const plan = await makePlan();
    const user = await makeUser();
    await Promise.all([checkout(user, plan), checkout(user, plan)]);

    // Both requests carry the same idempotency key, so Stripe made one customer.
    const requests = customersOf(user.id);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(1);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const sessions = fake.requestsTo("POST", "/v1/checkout/sessions").slice(-2);
    expect(sessions.map((s) => s.body.customer)).toEqual([
      stored.stripeCustomerId,
      stored.stripeCustomerId,
    ]);
  });

  it("sends the plan inline, our checkout id and the metadata the webhooks rely on", async () => {
    const plan = await makePlan({ interval: "MONTH" });
    const user = await makeUser();
    const { url, checkoutId } = await checkout(user, plan);

    const request = fake.requestsTo("POST", "/v1/checkout/sessions").at(-1)!;
    expect(request.idempotencyKey).toBe(`checkout-${checkoutId}`);
    expect(request.body).toMatchObject({
      mode: "subscription",
      client_reference_id: checkoutId,
      success_url: `http://localhost:3000/subscribe/success?checkout=${checkoutId}`,
      cancel_url: "http://localhost:3000/subscribe",
      line_items: [
        {
          quantity: "1",
          price_data: {
            currency: "usd",
            unit_amount: "12000",
            recurring: { interval: "month" },
            product_data: { name: plan.name },
          },
        },
      ],
      subscription_data: { metadata: { userId: user.id, planId: plan.id, checkoutId } },
    });
    const row = await db.checkoutSession.findUniqueOrThrow({ where: { id: checkoutId } });
    expect(row.providerSessionId).toMatch(/^cs_test_/);
    expect(url).toBe(`https://checkout.stripe.test/c/pay/${row.providerSessionId}`);
  });

  it("uses the plan's Stripe price when it has one", async () => {
    const plan = await makePlan({ stripePriceId: newId("price") });
    await checkout(await makeUser(), plan);
    const request = fake.requestsTo("POST", "/v1/checkout/sessions").at(-1)!;
    expect(request.body.line_items).toEqual([{ price: plan.stripePriceId, quantity: "1" }]);
  });
});

/** A reader with an active Stripe subscription here and at the fake Stripe. */
async function subscribed() {
  const plan = await makePlan();
  const user = await makeUser({ stripeCustomerId: newId("cus") });
  const stripeId = newId("sub");
  const periodStart = seconds(new Date()) - 10 * DAY;
  const object = subscriptionObject({
    id: stripeId,
    customer: user.stripeCustomerId!,
    userId: user.id,
    planId: plan.id,
    periodStart,
    periodEnd: periodStart + 365 * DAY,
  });
  fake.subscriptions.set(stripeId, structuredClone(object));
  const subscription = await db.subscription.create({
    data: {
      userId: user.id,
      planId: plan.id,
      provider: "stripe",
      providerSubscriptionId: stripeId,
      status: "ACTIVE",
      priceAmount: 12000,
      currency: "usd",
      currentPeriodStart: new Date(periodStart * 1000),
      currentPeriodEnd: new Date((periodStart + 365 * DAY) * 1000),
      firstPaidAt: new Date(periodStart * 1000),
      providerUpdatedAt: new Date(periodStart * 1000),
    },
  });
  return { user, plan, stripeId, subscription, object };
}

describe("managing a subscription", () => {
  it("cancels at period end and resumes, applied here at once; the webhook after changes nothing", async () => {
    const { subscription, stripeId, object, user } = await subscribed();

    await provider().setCancelAtPeriodEnd(subscription, true, user.id);
    expect(fake.requestsTo("POST", `/v1/subscriptions/${stripeId}`).at(-1)!.body).toEqual({
      cancel_at_period_end: "true",
    });
    let row = await db.subscription.findUniqueOrThrow({
      where: { id: subscription.id },
      include: { events: true },
    });
    expect(row).toMatchObject({ status: "ACTIVE", cancelAtPeriodEnd: true });
    expect(row.events.map((e) => [e.kind, e.actorId])).toEqual([["cancel.scheduled", user.id]]);

    // Stripe's own event for that change, a moment later: nothing new.
    const echoed = stripeEvent(
      "customer.subscription.updated",
      { ...object, cancel_at_period_end: true, canceled_at: seconds(new Date()) },
      seconds(new Date()),
    );
    const response = await receiveStripeWebhook(signedRequest(echoed), {
      db,
      stripe: fake.stripe,
      secret: WEBHOOK_SECRET,
    });
    expect(response.status).toBe(200);
    row = await db.subscription.findUniqueOrThrow({
      where: { id: subscription.id },
      include: { events: true },
    });
    expect(row.cancelAtPeriodEnd).toBe(true);
    expect(row.events).toHaveLength(1);

    await provider().setCancelAtPeriodEnd(subscription, false, user.id);
    row = await db.subscription.findUniqueOrThrow({
      where: { id: subscription.id },
      include: { events: true },
    });
    expect(row.cancelAtPeriodEnd).toBe(false);
    expect(row.events.map((e) => e.kind).sort()).toEqual(["cancel.scheduled", "cancel.undone"]);
  });

  it("cancels now and refunds every payment once, however often it is retried", async () => {
    const { subscription, stripeId, user } = await subscribed();
    const chargeId = newId("ch");
    const paymentIntent = newId("pi");
    fake.charges.set(chargeId, {
      id: chargeId,
      amount: 12000,
      amountRefunded: 0,
      paymentIntent: null,
    });
    fake.charges.set("ch_for_" + paymentIntent, {
      id: "ch_for_" + paymentIntent,
      amount: 1000,
      amountRefunded: 0,
      paymentIntent,
    });
    const secondInvoice = newId("in");
    fake.invoicePayments.push({ invoice: secondInvoice, paymentIntent });
    const base = {
      subscriptionId: subscription.id,
      userId: user.id,
      currency: "usd",
      status: "PAID" as const,
    };
    const period = {
      periodStart: subscription.currentPeriodStart,
      periodEnd: subscription.currentPeriodEnd,
      description: "Digital",
    };
    const paid = await Promise.all([
      db.payment.create({
        data: {
          ...base,
          ...period,
          amount: 12000,
          providerPaymentId: newId("in"),
          providerChargeId: chargeId,
        },
      }),
      // Paid under a newer API version: the payment intent is found through the invoice.
      db.payment.create({
        data: { ...base, ...period, amount: 1000, providerPaymentId: secondInvoice },
      }),
    ]);
    const refundable: RefundablePayment[] = paid.map((p) => ({
      id: p.id,
      amount: p.amount,
      refundedAmount: 0,
      currency: p.currency,
      providerPaymentId: p.providerPaymentId,
      providerChargeId: p.providerChargeId,
    }));

    // A double click, and a retry after a lost answer: the same list each time.
    await Promise.all([
      provider().cancelNowAndRefund(subscription, refundable, user.id),
      provider().cancelNowAndRefund(subscription, refundable, user.id),
    ]);
    await provider().cancelNowAndRefund(subscription, refundable, user.id);

    expect(fake.charges.get(chargeId)!.amountRefunded).toBe(12000);
    expect(fake.charges.get("ch_for_" + paymentIntent)!.amountRefunded).toBe(1000);
    const refundRequests = fake.requestsTo("POST", "/v1/refunds");
    expect(new Set(refundRequests.map((r) => r.idempotencyKey))).toEqual(
      new Set(paid.map((p) => `refund-${p.id}`)),
    );
    expect(refundRequests.find((r) => r.body.payment_intent === paymentIntent)).toBeDefined();
    expect(fake.subscriptions.get(stripeId)!.status).toBe("canceled");

    const row = await db.subscription.findUniqueOrThrow({
      where: { id: subscription.id },
      include: { payments: true, events: true },
    });
    expect(row.status).toBe("CANCELED");
    expect(row.endedAt).not.toBeNull();
    expect(row.payments.map((p) => p.refundedAmount).sort()).toEqual([1000, 12000]);
    expect(row.payments.find((p) => p.providerPaymentId === secondInvoice)!.providerChargeId).toBe(
      paymentIntent,
    );
    expect(row.events.filter((e) => e.kind === "canceled")).toHaveLength(1);
    expect(row.events.filter((e) => e.kind === "refunded")).toHaveLength(1);

    // Stripe's charge.refunded follows: already recorded, so no second refund email.
    await receiveStripeWebhook(
      signedRequest(
        stripeEvent(
          "charge.refunded",
          chargeObject({ id: chargeId, amount: 12000, refunded: 12000 }),
          seconds(new Date()),
        ),
      ),
      { db, stripe: fake.stripe, secret: WEBHOOK_SECRET },
    );
    expect(sentEmails().filter((e) => e.subject.startsWith("Refund of"))).toHaveLength(0);
    const payment = await db.payment.findUniqueOrThrow({ where: { id: paid[0]!.id } });
    expect(payment.refundedAmount).toBe(12000);
  });

  it("gives a billing portal link to readers with a Stripe customer only", async () => {
    const withCustomer = await makeUser({ stripeCustomerId: newId("cus") });
    const without = await makeUser();
    const url = await provider().billingPortalUrl(withCustomer.id, "http://localhost:3000/account");
    expect(url).toMatch(/^https:\/\/billing\.stripe\.test\/p\/session\/bps_/);
    expect(fake.requestsTo("POST", "/v1/billing_portal/sessions").at(-1)!.body).toEqual({
      customer: withCustomer.stripeCustomerId,
      return_url: "http://localhost:3000/account",
    });
    expect(
      await provider().billingPortalUrl(without.id, "http://localhost:3000/account"),
    ).toBeNull();
  });
});

describe("admin actions through Stripe", () => {
  async function paidOnce(amount = 12000) {
    const { subscription, stripeId, user } = await subscribed();
    const chargeId = newId("ch");
    fake.charges.set(chargeId, { id: chargeId, amount, amountRefunded: 0, paymentIntent: null });
    const row = await db.payment.create({
      data: {
        subscriptionId: subscription.id,
        userId: user.id,
        currency: "usd",
        status: "PAID",
        amount,
        providerPaymentId: newId("in"),
        providerChargeId: chargeId,
        periodStart: subscription.currentPeriodStart,
        periodEnd: subscription.currentPeriodEnd,
        description: "Digital",
      },
    });
    const payment = {
      id: row.id,
      subscriptionId: subscription.id,
      amount,
      refundedAmount: 0,
      currency: "usd",
      providerPaymentId: row.providerPaymentId,
      providerChargeId: chargeId,
    };
    return { subscription, stripeId, user, chargeId, payment };
  }

  it("a partial refund repeated with its key refunds once; two different refunds both count", async () => {
    const { user, chargeId, payment } = await paidOnce();
    const key = `admin-refund-${newId("req")}`;
    const options = { actorId: user.id };
    await Promise.all([
      provider().refundPayment(payment, 3000, key, options),
      provider().refundPayment(payment, 3000, key, options),
    ]);
    await provider().refundPayment(payment, 3000, key, options);
    expect(fake.charges.get(chargeId)!.amountRefunded).toBe(3000);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(
      3000,
    );

    // Two other admins' refunds at the same moment, each with its own key: both recorded.
    await Promise.all([
      provider().refundPayment(payment, 2000, `${key}-b`, options),
      provider().refundPayment(payment, 4000, `${key}-c`, options),
    ]);
    expect(fake.charges.get(chargeId)!.amountRefunded).toBe(9000);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(
      9000,
    );
  });

  it("a refund Stripe refuses is reported, and nothing is recorded", async () => {
    const { user, payment } = await paidOnce(1000);
    await expect(
      provider().refundPayment(payment, 5000, `too-much-${newId("req")}`, { actorId: user.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(
      0,
    );
  });

  it("cancels now in Stripe and here, also when Stripe had already cancelled it", async () => {
    const { subscription, stripeId, user } = await paidOnce();
    await provider().cancelNow(subscription, user.id);
    expect(fake.subscriptions.get(stripeId)!.status).toBe("canceled");
    const row = await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(row.status).toBe("CANCELED");
    expect(row.endedAt).not.toBeNull();
    // A retry after a lost answer: Stripe says it is gone; the local state stays right.
    await provider().cancelNow(subscription, user.id);
    expect(
      (await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).status,
    ).toBe("CANCELED");
  });
});
