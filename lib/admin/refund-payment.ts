import { z } from "zod";
import { fieldErrors } from "../forms/form-state";
import type { Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { RequestTokenSchema, wasProcessed } from "../idempotency/processed-requests";
import { GUARANTEE_DAYS, withinGuarantee } from "../subscriptions/billing-period";
import { formatMoney } from "../subscriptions/money";
import { providerFor } from "../subscriptions/payment-provider";
import { sendRefund } from "../subscriptions/subscription-emails";
import {
  assertSubscriptionAdmin,
  invalid,
  recipientOf,
  subscriptionForAdmin,
  type AdminActionResult,
} from "./subscription-admin";

/** "12", "12.5" or "12.50" in the currency's major units, as minor units (cents). */
export const MajorUnitsSchema = z
  .string({ error: "Enter an amount, like 12.50." })
  .trim()
  .regex(/^\d{1,7}(\.\d{1,2})?$/, "Enter an amount like 12.50, without the currency sign.")
  .transform((text) => {
    const [whole = "0", fraction = ""] = text.split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  })
  .refine((cents) => cents > 0, "Enter an amount above zero.");

export const RefundSchema = z.object({
  subscriptionId: z.string().min(1).max(64),
  paymentId: z.string({ error: "Choose a payment." }).min(1, "Choose a payment.").max(64),
  amount: MajorUnitsSchema,
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").default(""),
  requestId: RequestTokenSchema,
});

/**
 * Refunds one payment in full or in part. Within the 60-day guarantee (from the first
 * payment) it needs nothing more; after it, a written reason, kept in the audit entry.
 *
 * Exactly once: the form's one-time token is the refund's idempotency key. The provider
 * claims it in the transaction that records the refund (and sends it to Stripe as the
 * idempotency key), computing the new refunded total once; a repeat of the same request,
 * at the same time or later, records nothing and sends no second email. The email goes out
 * only when money newly moved, after the change committed.
 */
export async function refundPaymentAsAdmin(
  db: DbClient,
  actor: Actor | null,
  input: unknown,
  now: Date = new Date(),
): Promise<AdminActionResult> {
  assertSubscriptionAdmin(actor);
  const parsed = RefundSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { subscriptionId, paymentId, amount, reason, requestId } = parsed.data;
  const subscription = await subscriptionForAdmin(db, subscriptionId);
  const payment = await db.payment.findFirst({
    where: { id: paymentId, subscriptionId, status: "PAID" },
    select: {
      id: true,
      subscriptionId: true,
      amount: true,
      refundedAmount: true,
      currency: true,
      providerPaymentId: true,
      providerChargeId: true,
    },
  });
  if (!payment)
    throw new AppError("NOT_FOUND", "There is no such paid payment on this subscription.");
  const guarantee = withinGuarantee(subscription.firstPaidAt, now);
  if (!guarantee && reason.length < 3)
    return invalid({
      reason: `The ${GUARANTEE_DAYS}-day guarantee has passed: write why this payment is refunded.`,
    });
  const key = `payment.refund:${requestId}`;
  // A repeat of a refund already made is answered before the amount is checked against
  // what is now left (which that refund lowered).
  if (await wasProcessed(db, key))
    return { ok: true, changed: false, message: "Already done: this refund was made once." };
  const left = payment.amount - payment.refundedAmount;
  if (amount > left)
    return invalid({
      amount: `At most ${formatMoney(left, payment.currency)} of this payment can be refunded.`,
    });

  const provider = providerFor(db, subscription.provider, () => now);
  const { refunded } = await provider.refundPayment(payment, amount, key, {
    actorId: actor.id,
    inTransaction: (tx, newlyRefunded) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: "payment.refund",
        targetType: "Subscription",
        targetId: subscription.id,
        before: { paymentId: payment.id, refundedAmount: payment.refundedAmount },
        after: {
          paymentId: payment.id,
          amount,
          newlyRefunded,
          currency: payment.currency,
          withinGuarantee: guarantee,
          ...(reason ? { reason } : {}),
          requestId,
        },
      }),
  });
  if (refunded === 0)
    return { ok: true, changed: false, message: "Already done: this refund was made once." };
  const to = recipientOf(subscription.user);
  if (to)
    await sendRefund(to, {
      amount: refunded,
      currency: payment.currency,
      planName: subscription.plan.name,
      accessEnded: subscription.status === "CANCELED",
    });
  return {
    ok: true,
    changed: true,
    message: `Refunded ${formatMoney(refunded, payment.currency)}.${to ? " The reader has been emailed." : ""}`,
  };
}
