import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { receiveStripeWebhook } from "@/lib/subscriptions/stripe-webhook-request";
import { handleStripeEvent } from "@/lib/subscriptions/stripe-webhooks";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { sentEmails, spyOnEmails } from "./account-helpers";
import {
  chargeObject,
  DAY,
  invoiceObject,
  makePlan,
  makeUser,
  newId,
  rowCounts,
  seconds,
  signedRequest,
  stripeEvent,
  subscriptionObject,
  WEBHOOK_SECRET,
} from "./stripe-helpers";

// The route reads its configuration from the environment when first used. Its own client
// points at a closed local port: these route tests must not need the API (those that do
// go through the same handler with the fake server's client).
vi.hoisted(() => {
  delete process.env.SMTP_URL;
  process.env.STRIPE_SECRET_KEY = "sk_test_route";
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_test_meridian";
  process.env.STRIPE_API_HOST = "127.0.0.1";
  process.env.STRIPE_API_PORT = "1";
  process.env.STRIPE_API_PROTOCOL = "http";
});

const { POST } = await import("@/app/api/webhooks/stripe/route");

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

/** Delivers through the route's handler with the fake server's client. */
const deliver = (event: Parameters<typeof signedRequest>[0]) =>
  receiveStripeWebhook(signedRequest(event), { db, stripe: fake.stripe, secret: WEBHOOK_SECRET });

const start = seconds(new Date()) - 40 * DAY;

/** A reader, a plan and the Stripe objects of one subscription of theirs. */
async function scenario(shape: "basil" | "legacy" = "basil") {
  const plan = await makePlan();
  const user = await makeUser({ stripeCustomerId: newId("cus") });
  const subId = newId("sub");
  const sub = (o: Partial<Parameters<typeof subscriptionObject>[0]> = {}) =>
    subscriptionObject({
      id: subId,
      customer: user.stripeCustomerId!,
      userId: user.id,
      planId: plan.id,
      periodStart: start,
      periodEnd: start + 365 * DAY,
      shape,
      ...o,
    });
  return { plan, user, subId, sub };
}

const local = (subId: string) =>
  db.subscription.findUniqueOrThrow({
    where: { providerSubscriptionId: subId },
    include: { payments: true, events: true },
  });

describe("the webhook route", () => {
  it("rejects a bad signature with 400 and writes nothing", async () => {
    const { sub } = await scenario();
    const event = stripeEvent("customer.subscription.created", sub(), start);
    const before = await rowCounts();

    const wrongSecret = await POST(signedRequest(event, "whsec_someone_else"));
    expect(wrongSecret.status).toBe(400);
    expect(await wrongSecret.json()).toEqual({ error: "Invalid signature." });

    // A valid signature over other bytes: the body was changed on the way.
    const genuine = signedRequest(event);
    const tampered = new Request(genuine.url, {
      method: "POST",
      headers: genuine.headers,
      body: JSON.stringify({ ...event, type: "customer.subscription.deleted" }),
    });
    expect((await POST(tampered)).status).toBe(400);

    const unsigned = new Request(genuine.url, { method: "POST", body: JSON.stringify(event) });
    expect((await POST(unsigned)).status).toBe(400);

    expect(await rowCounts()).toEqual(before);
  });

  it("answers 503 when Stripe is not configured", async () => {
    const { sub } = await scenario();
    const response = await receiveStripeWebhook(
      signedRequest(stripeEvent("customer.subscription.created", sub(), start)),
      { db, stripe: null, secret: null },
    );
    expect(response.status).toBe(503);
  });

  it("acknowledges an unknown event type and changes nothing", async () => {
    const before = await rowCounts();
    const response = await POST(
      signedRequest(
        stripeEvent("customer.tax_id.created", { id: "txi_1", object: "tax_id" }, start),
      ),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(await rowCounts()).toEqual(before);
  });

  it("applies a duplicate delivery once: one payment, one event row, one receipt", async () => {
    const { subId, sub, user } = await scenario();
    expect(
      (await POST(signedRequest(stripeEvent("customer.subscription.created", sub(), start))))
        .status,
    ).toBe(200);

    const paid = stripeEvent(
      "invoice.paid",
      invoiceObject({
        id: newId("in"),
        subscription: subId,
        periodStart: start,
        periodEnd: start + 365 * DAY,
      }),
      start + 5,
    );
    // Sequential redelivery, then two more at the same moment.
    const first = await POST(signedRequest(paid));
    const again = await POST(signedRequest(paid));
    const concurrent = await Promise.all([POST(signedRequest(paid)), POST(signedRequest(paid))]);
    for (const response of [first, again, ...concurrent]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: true });
    }

    const row = await local(subId);
    expect(row.payments).toHaveLength(1);
    expect(row.payments[0]).toMatchObject({ status: "PAID", amount: 12000, currency: "usd" });
    expect(row.firstPaidAt).toEqual(new Date(start * 1000));
    expect(await db.webhookEvent.count({ where: { id: paid.id } })).toBe(1);
    const receipts = sentEmails().filter((e) => e.subject.startsWith("Your receipt"));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.to).toBe(user.email);
    expect(row.events.filter((e) => e.kind === "payment.succeeded")).toHaveLength(1);
  });
});

describe("ordering", () => {
  it("ends 50 concurrent, shuffled events for one subscription in the right state", async () => {
    const { subId, sub, user } = await scenario();
    const month = 30 * DAY;
    const periodOf = (i: number) => ({
      periodStart: start + i * month,
      periodEnd: start + (i + 1) * month,
    });
    const events = [
      stripeEvent(
        "customer.subscription.created",
        sub({ status: "incomplete", ...periodOf(0) }),
        start,
      ),
    ];
    // 43 updates, each later than the one before, moving the period forward.
    for (let i = 1; i <= 43; i++)
      events.push(
        stripeEvent(
          "customer.subscription.updated",
          sub({ status: i % 7 === 0 ? "past_due" : "active", ...periodOf(i) }),
          start + i * 60,
        ),
      );
    for (let k = 0; k < 5; k++)
      events.push(
        stripeEvent(
          "invoice.paid",
          invoiceObject({ id: newId("in"), subscription: subId, ...periodOf(k) }),
          start + k * 60 + 1,
        ),
      );
    const final = sub({
      status: "canceled",
      ...periodOf(43),
      canceledAt: start + 44 * 60,
      endedAt: start + 44 * 60,
    });
    events.push(stripeEvent("customer.subscription.deleted", final, start + 44 * 60));
    expect(events).toHaveLength(50);
    // What the API says now, should an invoice arrive before the subscription's own events.
    fake.subscriptions.set(subId, structuredClone(final));

    const shuffled = [...events].sort(() => Math.random() - 0.5);
    const responses = await Promise.all(shuffled.map(deliver));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));

    const row = await local(subId);
    expect(row.status).toBe("CANCELED");
    expect(row.currentPeriodStart).toEqual(new Date(periodOf(43).periodStart * 1000));
    expect(row.currentPeriodEnd).toEqual(new Date(periodOf(43).periodEnd * 1000));
    expect(row.endedAt).toEqual(new Date((start + 44 * 60) * 1000));
    expect(row.payments).toHaveLength(5);
    expect(row.firstPaidAt).toEqual(new Date(start * 1000));
    expect(await db.webhookEvent.count({ where: { id: { in: events.map((e) => e.id) } } })).toBe(
      50,
    );
    expect(await db.subscription.count({ where: { providerSubscriptionId: subId } })).toBe(1);
    expect(row.events.filter((e) => e.kind === "canceled")).toHaveLength(1);
    expect(
      sentEmails().filter((e) => e.to === user.email && e.subject.startsWith("Your receipt")),
    ).toHaveLength(5);
  });

  it("never revives a cancelled subscription with an older or same-time update", async () => {
    const { subId, sub } = await scenario();
    await deliver(stripeEvent("customer.subscription.created", sub(), start));
    await deliver(
      stripeEvent(
        "customer.subscription.deleted",
        sub({ status: "canceled", endedAt: start + 20 }),
        start + 20,
      ),
    );
    const sameTime = await deliver(
      stripeEvent("customer.subscription.updated", sub({ status: "active" }), start + 20),
    );
    const older = await deliver(
      stripeEvent(
        "customer.subscription.updated",
        sub({ status: "active", cancelAtPeriodEnd: true }),
        start + 10,
      ),
    );
    expect([older.status, sameTime.status]).toEqual([200, 200]);

    const row = await local(subId);
    expect(row.status).toBe("CANCELED");
    expect(row.cancelAtPeriodEnd).toBe(false);
    expect(row.providerUpdatedAt).toEqual(new Date((start + 20) * 1000));
  });

  it("does not move a period back when an older update arrives late", async () => {
    const { subId, sub } = await scenario("legacy");
    const later = { periodStart: start + 365 * DAY, periodEnd: start + 730 * DAY };
    await deliver(stripeEvent("customer.subscription.updated", sub(later), start + 100));
    await deliver(
      stripeEvent("customer.subscription.created", sub({ status: "incomplete" }), start),
    );
    await deliver(
      stripeEvent("customer.subscription.updated", sub({ status: "past_due" }), start + 50),
    );

    const row = await local(subId);
    expect(row.status).toBe("ACTIVE");
    expect(row.currentPeriodEnd).toEqual(new Date(later.periodEnd * 1000));
  });

  it("fetches a subscription it does not know yet when its invoice arrives first", async () => {
    const { subId, sub, plan, user } = await scenario();
    fake.subscriptions.set(subId, sub({ status: "active" }));
    const response = await deliver(
      stripeEvent(
        "invoice.paid",
        invoiceObject({
          id: newId("in"),
          subscription: subId,
          periodStart: start,
          periodEnd: start + 365 * DAY,
        }),
        start + 2,
      ),
    );
    expect(response.status).toBe(200);
    expect(fake.requestsTo("GET", `/v1/subscriptions/${subId}`)).toHaveLength(1);

    // The subscription's own (older) creation event arrives after: it is ignored.
    await deliver(
      stripeEvent("customer.subscription.created", sub({ status: "incomplete" }), start),
    );
    const row = await local(subId);
    expect(row).toMatchObject({
      status: "ACTIVE",
      userId: user.id,
      planId: plan.id,
      provider: "stripe",
    });
    expect(row.payments).toHaveLength(1);
    expect(row.providerUpdatedAt!.getTime()).toBeGreaterThan(start * 1000);
  });
});

describe("payments", () => {
  it("records a failed payment, then the paid retry, and ignores a late failure", async () => {
    const { subId, sub, user } = await scenario();
    await deliver(stripeEvent("customer.subscription.created", sub(), start));
    const invoice = (paid: boolean) =>
      invoiceObject({
        id: "in_retry_" + subId,
        subscription: subId,
        paid,
        periodStart: start,
        periodEnd: start + 365 * DAY,
      });

    await deliver(stripeEvent("invoice.payment_failed", invoice(false), start + 1));
    let payment = await db.payment.findUniqueOrThrow({
      where: { providerPaymentId: "in_retry_" + subId },
    });
    expect(payment.status).toBe("FAILED");
    expect(
      sentEmails().filter((e) => e.to === user.email && e.subject.includes("could not take")),
    ).toHaveLength(1);

    await deliver(stripeEvent("invoice.paid", invoice(true), start + 2));
    await deliver(stripeEvent("invoice.payment_failed", invoice(false), start + 3));
    payment = await db.payment.findUniqueOrThrow({
      where: { providerPaymentId: "in_retry_" + subId },
    });
    expect(payment).toMatchObject({ status: "PAID", amount: 12000, failureMessage: null });
    expect(sentEmails().filter((e) => e.subject.includes("could not take"))).toHaveLength(1);
    expect((await local(subId)).firstPaidAt).not.toBeNull();
  });

  it("applies charge.refunded as a running total: the same refund twice refunds once", async () => {
    const { subId, sub, user } = await scenario("legacy");
    await deliver(stripeEvent("customer.subscription.created", sub(), start));
    const invoiceId = newId("in");
    const chargeId = newId("ch");
    await deliver(
      stripeEvent(
        "invoice.paid",
        invoiceObject({
          id: invoiceId,
          subscription: subId,
          periodStart: start,
          periodEnd: start + 365 * DAY,
          charge: chargeId,
          shape: "legacy",
        }),
        start + 1,
      ),
    );
    const refunded = (total: number, at: number) =>
      deliver(
        stripeEvent(
          "charge.refunded",
          chargeObject({ id: chargeId, amount: 12000, refunded: total }),
          at,
        ),
      );

    await refunded(5000, start + 10);
    await refunded(5000, start + 11); // a second event with the same total: nothing new
    await refunded(12000, start + 12);
    await refunded(12000, start + 13);

    const payment = await db.payment.findUniqueOrThrow({ where: { providerPaymentId: invoiceId } });
    expect(payment.refundedAmount).toBe(12000);
    const refunds = sentEmails().filter(
      (e) => e.to === user.email && e.subject.startsWith("Refund of"),
    );
    expect(refunds.map((e) => e.subject)).toEqual([
      "Refund of $50 from The Meridian",
      "Refund of $70 from The Meridian",
    ]);
    expect((await local(subId)).events.filter((e) => e.kind === "refunded")).toHaveLength(2);
  });

  it("finds the payment of a refunded charge through the API in newer API versions", async () => {
    const { subId, sub } = await scenario();
    await deliver(stripeEvent("customer.subscription.created", sub(), start));
    const invoiceId = newId("in");
    const paymentIntent = newId("pi");
    fake.invoicePayments.push({ invoice: invoiceId, paymentIntent });
    await deliver(
      stripeEvent(
        "invoice.paid",
        invoiceObject({
          id: invoiceId,
          subscription: subId,
          periodStart: start,
          periodEnd: start + 365 * DAY,
        }),
        start + 1,
      ),
    );
    const charge = chargeObject({ id: newId("ch"), amount: 12000, refunded: 12000, paymentIntent });
    expect((await deliver(stripeEvent("charge.refunded", charge, start + 5))).status).toBe(200);

    const payment = await db.payment.findUniqueOrThrow({ where: { providerPaymentId: invoiceId } });
    expect(payment.refundedAmount).toBe(12000);
    expect(payment.providerChargeId).toBe(charge.id);
  });

  it("ignores the refund of a charge that paid no invoice", async () => {
    const before = await rowCounts();
    const charge = chargeObject({
      id: newId("ch"),
      amount: 500,
      refunded: 500,
      paymentIntent: newId("pi"),
    });
    const event = stripeEvent("charge.refunded", charge, start);
    expect(await handleStripeEvent(db, event, fake.stripe)).toBe("ignored");
    expect(await handleStripeEvent(db, event, fake.stripe)).toBe("duplicate");
    expect((await rowCounts()).payments).toBe(before.payments);
  });
});

describe("checkout", () => {
  it("completes our checkout and links the subscription", async () => {
    const { subId, sub, plan, user } = await scenario();
    const checkout = await db.checkoutSession.create({
      data: {
        userId: user.id,
        planId: plan.id,
        provider: "stripe",
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    fake.subscriptions.set(subId, sub());
    const session = {
      id: newId("cs_test"),
      object: "checkout.session",
      mode: "subscription",
      client_reference_id: checkout.id,
      customer: user.stripeCustomerId,
      subscription: subId,
      metadata: {},
    };
    const event = stripeEvent("checkout.session.completed", session, start);
    expect(await handleStripeEvent(db, event, fake.stripe)).toBe("applied");
    expect(await handleStripeEvent(db, event, fake.stripe)).toBe("duplicate");

    const row = await db.checkoutSession.findUniqueOrThrow({ where: { id: checkout.id } });
    const subscription = await local(subId);
    expect(row).toMatchObject({
      status: "COMPLETE",
      subscriptionId: subscription.id,
      providerSessionId: session.id,
    });
    expect(subscription.events.map((e) => e.kind)).toContain("checkout.completed");
  });
});
