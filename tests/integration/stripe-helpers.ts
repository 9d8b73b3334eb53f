import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Builders for the Stripe tests: our rows here, and Stripe's objects and events (which need
 * no database, so the cluster's browser tests use them too) from tests/support.
 */
export * from "../support/stripe-objects";

const tag = () => randomUUID().slice(0, 8);

export async function makePlan(
  overrides: { stripePriceId?: string | null; interval?: "MONTH" | "YEAR" } = {},
) {
  const t = tag();
  return db.plan.create({
    data: {
      slug: `digital-${t}`,
      name: `Digital ${t}`,
      interval: overrides.interval ?? "YEAR",
      priceAmount: 12000,
      currency: "usd",
      features: "[]",
      stripePriceId: overrides.stripePriceId ?? null,
    },
  });
}

export async function makeUser(overrides: { stripeCustomerId?: string } = {}) {
  const t = tag();
  return db.user.create({
    data: {
      email: `reader-${t}@example.com`,
      name: `Reader ${t}`,
      stripeCustomerId: overrides.stripeCustomerId ?? null,
    },
    select: { id: true, email: true, name: true, stripeCustomerId: true },
  });
}

/** Row counts of everything a webhook may write. */
export async function rowCounts() {
  const [webhookEvents, subscriptions, payments, events, checkouts] = await Promise.all([
    db.webhookEvent.count(),
    db.subscription.count(),
    db.payment.count(),
    db.subscriptionEvent.count(),
    db.checkoutSession.count({ where: { status: "COMPLETE" } }),
  ]);
  return { webhookEvents, subscriptions, payments, events, checkouts };
}
