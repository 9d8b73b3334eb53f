import { test, expect as baseExpect } from "@playwright/test";
import type Stripe from "stripe";
import { newUser, signUpViaForm } from "../e2e/auth-helpers";
import { STRIPE_WEBHOOK_SECRET } from "../../playwright.cluster.config";
import {
  DAY,
  invoiceObject,
  newId,
  signedRequest,
  stripeEvent,
  subscriptionObject,
} from "../support/stripe-objects";
import { countRows, loggedEmails, serverA, serverB, withDb } from "./cluster";

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Stripe may deliver one event to two servers at the same moment (a retry racing the first
 * delivery behind a load balancer). The event id is claimed in the database in the same
 * transaction as its effect (lib/subscriptions/stripe-webhooks.ts), so it is applied once.
 *
 * The events need no call to Stripe's API: the subscription is announced first, so the
 * invoice finds it in our database.
 */

/** One delivery's body and Stripe-Signature header, signed with the cluster's secret. */
async function signed(event: Stripe.Event) {
  const request = signedRequest(event, STRIPE_WEBHOOK_SECRET);
  return { payload: await request.text(), signature: request.headers.get("stripe-signature")! };
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
  const customer = newId("cus");
  const subscription = subscriptionObject({
    id: subscriptionId,
    customer,
    userId,
    planId,
    periodStart: start,
    periodEnd: end,
  });
  const created = await deliver(
    a.origin,
    await signed(stripeEvent("customer.subscription.created", subscription, start)),
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
    invoiceObject({
      id: invoiceId,
      subscription: subscriptionId,
      periodStart: start,
      periodEnd: end,
    }),
    start + 5,
  );
  const delivery = await signed(paid);
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
