import { z } from "zod";
import type { SubscriptionStatus } from "../generated/prisma/client";

/**
 * The parts of Stripe's objects we act on, parsed with zod instead of trusted from the
 * SDK's TypeScript types: those describe only the newest API version, while a Stripe
 * account (and so its webhooks) may be pinned to an older one. Each schema accepts both
 * shapes where they differ and normalises them to one.
 */

/** An id, or the object it names when the field was expanded. */
const Ref = z
  .union([z.string().min(1), z.object({ id: z.string().min(1) })])
  .transform((value) => (typeof value === "string" ? value : value.id));

const Metadata = z
  .record(z.string(), z.string())
  .nullish()
  .transform((value) => value ?? {});

/** Unix seconds → Date. */
const Timestamp = z
  .number()
  .int()
  .nonnegative()
  .transform((seconds) => new Date(seconds * 1000));

export const toDate = (seconds: number) => new Date(seconds * 1000);

const Price = z.object({
  id: z.string().min(1),
  unit_amount: z.number().int().nullish(),
  currency: z.string().min(3),
});

/** Status names mapped onto ours. "paused" (a trial ended without a card) gives no access. */
const STATUS: Record<string, SubscriptionStatus> = {
  active: "ACTIVE",
  trialing: "TRIALING",
  past_due: "PAST_DUE",
  unpaid: "PAST_DUE",
  incomplete: "INCOMPLETE",
  paused: "INCOMPLETE",
  canceled: "CANCELED",
  incomplete_expired: "CANCELED",
};

export const StripeSubscriptionSchema = z
  .object({
    id: z.string().startsWith("sub_"),
    customer: Ref,
    status: z.string().transform((status, ctx) => {
      const mapped = STATUS[status];
      if (!mapped) {
        ctx.addIssue({ code: "custom", message: `unknown subscription status ${status}` });
        return z.NEVER;
      }
      return mapped;
    }),
    metadata: Metadata,
    currency: z.string().min(3).optional(),
    cancel_at_period_end: z.boolean().default(false),
    canceled_at: Timestamp.nullish(),
    ended_at: Timestamp.nullish(),
    trial_end: Timestamp.nullish(),
    // API versions before 2025-03-31 keep the period on the subscription…
    current_period_start: Timestamp.optional(),
    current_period_end: Timestamp.optional(),
    items: z.object({
      data: z
        .array(
          z.object({
            price: Price,
            quantity: z.number().int().positive().nullish(),
            // …newer ones on each item.
            current_period_start: Timestamp.optional(),
            current_period_end: Timestamp.optional(),
          }),
        )
        .min(1),
    }),
  })
  .transform((sub, ctx) => {
    const [item] = sub.items.data;
    const periodStart = item?.current_period_start ?? sub.current_period_start;
    const periodEnd = item?.current_period_end ?? sub.current_period_end;
    if (!item || !periodStart || !periodEnd) {
      ctx.addIssue({ code: "custom", message: "subscription without a current period" });
      return z.NEVER;
    }
    return {
      id: sub.id,
      customerId: sub.customer,
      status: sub.status,
      metadata: {
        userId: sub.metadata.userId ?? null,
        planId: sub.metadata.planId ?? null,
        checkoutId: sub.metadata.checkoutId ?? null,
      },
      priceId: item.price.id,
      /** null for prices without a flat unit amount (tiers); the plan's price is used then */
      priceAmount:
        item.price.unit_amount == null ? null : item.price.unit_amount * (item.quantity ?? 1),
      currency: (sub.currency ?? item.price.currency).toLowerCase(),
      periodStart,
      periodEnd,
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      canceledAt: sub.canceled_at ?? null,
      endedAt: sub.ended_at ?? null,
      trialEnd: sub.trial_end ?? null,
    };
  });

export type SubscriptionSnapshot = z.output<typeof StripeSubscriptionSchema>;

const LinePeriod = z.object({ start: Timestamp, end: Timestamp });

export const StripeInvoiceSchema = z
  .object({
    id: z.string().startsWith("in_"),
    customer: Ref.nullish(),
    // Before API 2025-03-31 …
    subscription: Ref.nullish(),
    charge: Ref.nullish(),
    payment_intent: Ref.nullish(),
    // … and after: the subscription moved under `parent`, payments into `payments`
    // (present only when the invoice was fetched with it included).
    parent: z
      .object({
        subscription_details: z.object({ subscription: Ref }).nullish(),
      })
      .nullish(),
    payments: z
      .object({
        data: z.array(
          z.object({
            status: z.string().optional(),
            payment: z.object({ charge: Ref.nullish(), payment_intent: Ref.nullish() }),
          }),
        ),
      })
      .nullish(),
    amount_paid: z.number().int().nonnegative(),
    amount_due: z.number().int().nonnegative(),
    currency: z.string().min(3),
    created: Timestamp,
    period_start: Timestamp,
    period_end: Timestamp,
    lines: z
      .object({
        data: z.array(
          z.object({ period: LinePeriod.nullish(), description: z.string().nullish() }),
        ),
      })
      .nullish(),
    status_transitions: z.object({ paid_at: Timestamp.nullish() }).nullish(),
    last_finalization_error: z.object({ message: z.string().nullish() }).nullish(),
    // what coupons took off (an offer's promotion code); absent in older payloads
    total_discount_amounts: z.array(z.object({ amount: z.number().int() })).nullish(),
  })
  .transform((inv) => {
    const line = inv.lines?.data[0];
    const paidPayment = inv.payments?.data.find((p) => p.status !== "canceled")?.payment;
    return {
      id: inv.id,
      subscriptionId: inv.parent?.subscription_details?.subscription ?? inv.subscription ?? null,
      /** a charge (ch_) or payment intent (pi_) to refund; null when the payload has neither */
      chargeRef:
        inv.charge ??
        inv.payment_intent ??
        paidPayment?.payment_intent ??
        paidPayment?.charge ??
        null,
      amountPaid: inv.amount_paid,
      amountDue: inv.amount_due,
      currency: inv.currency.toLowerCase(),
      created: inv.created,
      // Subscription invoices' own period is the one before; the line's period is the one paid for.
      periodStart: line?.period?.start ?? inv.period_start,
      periodEnd: line?.period?.end ?? inv.period_end,
      description: line?.description ?? null,
      paidAt: inv.status_transitions?.paid_at ?? null,
      failureMessage: inv.last_finalization_error?.message ?? null,
      discountAmount: (inv.total_discount_amounts ?? []).reduce((sum, d) => sum + d.amount, 0),
    };
  });

export type InvoiceSnapshot = z.output<typeof StripeInvoiceSchema>;

export const StripeChargeSchema = z.object({
  id: z.string().startsWith("ch_"),
  amount: z.number().int().nonnegative(),
  amount_refunded: z.number().int().nonnegative(),
  currency: z.string().min(3),
  payment_intent: Ref.nullish(),
  /** only in API versions before 2025-03-31 */
  invoice: Ref.nullish(),
});

export const StripeCheckoutSessionSchema = z.object({
  id: z.string().startsWith("cs_"),
  mode: z.string(),
  client_reference_id: z.string().nullish(),
  customer: Ref.nullish(),
  subscription: Ref.nullish(),
  metadata: Metadata,
});

/** Refunds take a charge or a payment intent; which one an id is shows in its prefix. */
export function refundTarget(ref: string): { charge: string } | { payment_intent: string } {
  return ref.startsWith("pi_") ? { payment_intent: ref } : { charge: ref };
}
