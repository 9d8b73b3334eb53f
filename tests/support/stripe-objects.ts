import { randomUUID } from "node:crypto";
import Stripe from "stripe";

/**
 * Stripe's objects and events as Stripe sends them, and signed deliveries of them, for the
 * webhook tests (tests/integration, through stripe-helpers.ts; tests/cluster). No database
 * and no app modules here, so any test process can import it.
 */

export const WEBHOOK_SECRET = "whsec_test_meridian";
export const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
export const DAY = 24 * 60 * 60;

export const newId = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 14)}`;

/**
 * A subscription object. `shape: "basil"` (API 2025-03-31 and later) keeps the period on
 * the item; `"legacy"` on the subscription itself.
 */
export function subscriptionObject(o: {
  id: string;
  customer: string;
  status?: string;
  userId?: string;
  planId?: string;
  priceId?: string;
  amount?: number;
  periodStart: number;
  periodEnd: number;
  cancelAtPeriodEnd?: boolean;
  canceledAt?: number | null;
  endedAt?: number | null;
  shape?: "basil" | "legacy";
}) {
  const period = { current_period_start: o.periodStart, current_period_end: o.periodEnd };
  const legacy = o.shape === "legacy";
  return {
    id: o.id,
    object: "subscription",
    customer: o.customer,
    status: o.status ?? "active",
    currency: "usd",
    metadata: {
      ...(o.userId ? { userId: o.userId } : {}),
      ...(o.planId ? { planId: o.planId } : {}),
    },
    cancel_at_period_end: o.cancelAtPeriodEnd ?? false,
    canceled_at: o.canceledAt ?? null,
    ended_at: o.endedAt ?? null,
    created: o.periodStart,
    ...(legacy ? period : {}),
    items: {
      object: "list",
      data: [
        {
          id: `si_${o.id}`,
          object: "subscription_item",
          quantity: 1,
          price: {
            id: o.priceId ?? "price_inline",
            object: "price",
            unit_amount: o.amount ?? 12000,
            currency: "usd",
          },
          ...(legacy ? {} : period),
        },
      ],
    },
  };
}

export function invoiceObject(o: {
  id: string;
  subscription: string;
  amount?: number;
  paid?: boolean;
  periodStart: number;
  periodEnd: number;
  charge?: string;
  shape?: "basil" | "legacy";
}) {
  const amount = o.amount ?? 12000;
  const paid = o.paid ?? true;
  return {
    id: o.id,
    object: "invoice",
    customer: "cus_unused",
    currency: "usd",
    amount_due: amount,
    amount_paid: paid ? amount : 0,
    created: o.periodStart,
    // Stripe's quirk: a subscription invoice's own period is the previous one.
    period_start: o.periodStart - DAY,
    period_end: o.periodStart,
    status: paid ? "paid" : "open",
    status_transitions: { paid_at: paid ? o.periodStart : null },
    lines: {
      object: "list",
      data: [
        {
          description: "1 × Digital (at $120.00 / year)",
          period: { start: o.periodStart, end: o.periodEnd },
        },
      ],
    },
    ...(o.shape === "legacy"
      ? { subscription: o.subscription, charge: o.charge ?? null }
      : {
          parent: {
            type: "subscription_details",
            subscription_details: { subscription: o.subscription },
          },
        }),
  };
}

export function chargeObject(o: {
  id: string;
  amount: number;
  refunded: number;
  paymentIntent?: string;
  invoice?: string;
}) {
  return {
    id: o.id,
    object: "charge",
    amount: o.amount,
    amount_refunded: o.refunded,
    currency: "usd",
    refunded: o.refunded >= o.amount,
    payment_intent: o.paymentIntent ?? null,
    ...(o.invoice ? { invoice: o.invoice } : {}),
  };
}

export function stripeEvent(type: string, object: object, created: number, id = newId("evt")) {
  return {
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  } as unknown as Stripe.Event;
}

/** A delivery as Stripe makes it: the JSON body, signed with the endpoint's secret. */
export function signedRequest(event: Stripe.Event, secret = WEBHOOK_SECRET): Request {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  return new Request("http://localhost/api/webhooks/stripe", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
}
