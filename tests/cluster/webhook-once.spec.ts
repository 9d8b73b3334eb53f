import { randomUUID } from "node:crypto";
import { test, expect as baseExpect } from "@playwright/test";
import Stripe from "stripe";
import { newUser, signUpViaForm } from "../e2e/auth-helpers";
import { STRIPE_WEBHOOK_SECRET } from "../../playwright.cluster.config";
import { countRows, loggedEmails, serverA, serverB, withDb } from "./cluster";

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Stripe may deliver one event to two servers at the same moment (a retry racing the first
 * delivery behind a load balancer). The event id is claimed in the database in the same
 * transaction as its effect (lib/subscriptions/stripe-webhooks.ts), so it is applied once.
 *
 * The objects are shaped as in tests/integration/stripe-helpers.ts (which cannot be imported
 * here: it loads the app's database client). The events need no call to Stripe's API: the
 * subscription is announced first, so the invoice finds it in our database.
 */
const DAY = 24 * 60 * 60;
const newId = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 14)}`;

function stripeEvent(type: string, object: object, created: number) {
  return {
    id: newId("evt"),
    object: "event",
    api_version: "2026-10-28.endive",
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

/** One delivery's body and Stripe-Signature header, signed with the cluster's secret. */
function signed(event: object) {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: STRIPE_WEBHOOK_SECRET,
  });
  return { payload, signature };
}

async function deliver(origin: string, delivery: { payload: string; signature: string }) {
  const response = await fetch(`${origin}/api/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": delivery.signature },
    body: delivery.payload,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

test("an invoice.paid event delivered to both servers at once is applied once", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = serverA();
  const b = serverB();

  // A reader signs up (on A); Stripe then tells us about their new subscription.
  const user = newUser("Cluster Payer");
  const context = await browser.newContext({ baseURL: a.origin });
  await signUpViaForm(await context.newPage(), user);
  await context.close();
  const { userId, planId } = await withDb(async (client) => {
    const person = await client.query<{ id: string }>(
      `SELECT "id" FROM "User" WHERE "email" = $1`,
      [user.email],
    );
    const plan = await client.query<{ id: string }>(
      `SELECT "id" FROM "Plan" WHERE "retiredAt" IS NULL ORDER BY "position" LIMIT 1`,
    );
    return { userId: person.rows[0]!.id, planId: plan.rows[0]!.id };
  });

  const start = Math.floor(Date.now() / 1000) - DAY;
  const end = start + 365 * DAY;
  const subscriptionId = newId("sub");
  const subscription = {
    id: subscriptionId,
    object: "subscription",
    customer: newId("cus"),
    status: "active",
    currency: "usd",
    metadata: { userId, planId },
    cancel_at_period_end: false,
    canceled_at: null,
    ended_at: null,
    created: start,
    items: {
      object: "list",
      data: [
        {
          id: `si_${subscriptionId}`,
          object: "subscription_item",
          quantity: 1,
          price: { id: "price_inline", object: "price", unit_amount: 12000, currency: "usd" },
          current_period_start: start,
          current_period_end: end,
        },
      ],
    },
  };
  const created = await deliver(
    a.origin,
    signed(stripeEvent("customer.subscription.created", subscription, start)),
  );
  expect(created).toEqual({ status: 200, body: { received: true } });
  const localId = await withDb(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT "id" FROM "Subscription" WHERE "providerSubscriptionId" = $1`,
      [subscriptionId],
    );
    return rows[0]?.id;
  });
  expect(localId, "the subscription should exist after its own event").toBeTruthy();

  // The first invoice is paid: one event, delivered to A and B concurrently.
  const invoiceId = newId("in");
  const paid = stripeEvent(
    "invoice.paid",
    {
      id: invoiceId,
      object: "invoice",
      customer: subscription.customer,
      currency: "usd",
      amount_due: 12000,
      amount_paid: 12000,
      created: start,
      period_start: start - DAY,
      period_end: start,
      status: "paid",
      status_transitions: { paid_at: start },
      lines: {
        object: "list",
        data: [{ description: "1 × Digital", period: { start, end } }],
      },
      parent: {
        type: "subscription_details",
        subscription_details: { subscription: subscriptionId },
      },
    },
    start + 5,
  );
  const delivery = signed(paid);
  const receiptsBefore = loggedEmails().filter((email) => email.to === user.email).length;
  const answers = await Promise.all([deliver(a.origin, delivery), deliver(b.origin, delivery)]);
  expect(answers, "both servers acknowledge the event").toEqual([
    { status: 200, body: { received: true } },
    { status: 200, body: { received: true } },
  ]);

  // Applied once: one event row, one payment, one history entry, one receipt.
  expect(await countRows(`SELECT count(*) FROM "WebhookEvent" WHERE "id" = $1`, [paid.id])).toBe(1);
  expect(
    await countRows(
      `SELECT count(*) FROM "Payment" WHERE "subscriptionId" = $1 AND "status" = 'PAID'`,
      [localId],
    ),
  ).toBe(1);
  expect(
    await countRows(
      `SELECT count(*) FROM "SubscriptionEvent" WHERE "subscriptionId" = $1 AND "kind" = 'payment.succeeded'`,
      [localId],
    ),
  ).toBe(1);
  // Both answers came after the emails were written (they are sent before answering).
  const receipts = loggedEmails().filter(
    (email) => email.to === user.email && email.subject.startsWith("Your receipt"),
  );
  expect(receipts, "one receipt email").toHaveLength(1);
  expect(loggedEmails().filter((email) => email.to === user.email)).toHaveLength(
    receiptsBefore + 1,
  );
});
