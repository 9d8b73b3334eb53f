import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { claimRequest } from "../idempotency/processed-requests";
import { formatMoney } from "./money";
import { recordRefundTotal } from "./payments";
import type { PaymentProvider } from "./provider";
import { recordSubscriptionEvent } from "./subscription-events";

/**
 * The built-in provider: no money moves, every change is made here at once. It runs the
 * demo (no STRIPE_SECRET_KEY) and complimentary subscriptions. Its checkout is our own
 * page, marked "Test mode", at /subscribe/checkout/<id> (lib/subscriptions/demo-checkout.ts).
 */
export function createDemoProvider(
  db: DbClient,
  clock: () => Date = () => new Date(),
): PaymentProvider {
  return {
    name: "demo",

    async beginCheckout({ checkoutId }) {
      return `/subscribe/checkout/${checkoutId}`;
    },

    async setCancelAtPeriodEnd(subscription, cancel, actorId, inTransaction) {
      const now = clock();
      await db.$transaction(async (tx) => {
        const current = await tx.subscription.findUniqueOrThrow({
          where: { id: subscription.id },
          select: { status: true, cancelAtPeriodEnd: true, currentPeriodEnd: true },
        });
        if (current.status === "CANCELED" || current.currentPeriodEnd <= now)
          throw new AppError("CONFLICT", "This subscription has already ended.");
        if (current.cancelAtPeriodEnd === cancel) return;
        await tx.subscription.update({
          where: { id: subscription.id },
          data: { cancelAtPeriodEnd: cancel, canceledAt: cancel ? now : null },
        });
        await recordSubscriptionEvent(
          tx,
          subscription.id,
          cancel ? "cancel.scheduled" : "cancel.undone",
          cancel ? "Will end at the close of the paid period." : "Will renew again.",
          actorId,
        );
        await inTransaction?.(tx);
      });
    },

    async cancelNow(subscription, actorId, inTransaction) {
      const now = clock();
      await db.$transaction(async (tx) => {
        // Checked inside the transaction: of two clicks, only one ends it.
        const { count } = await tx.subscription.updateMany({
          where: { id: subscription.id, status: { not: "CANCELED" } },
          data: { status: "CANCELED", cancelAtPeriodEnd: false, canceledAt: now, endedAt: now },
        });
        if (count === 0) throw new AppError("CONFLICT", "This subscription has already ended.");
        await recordSubscriptionEvent(tx, subscription.id, "canceled", "Ended now.", actorId);
        await inTransaction?.(tx);
      });
    },

    async refundPayment(payment, amount, idempotencyKey, { actorId, inTransaction }) {
      const now = clock();
      return db.$transaction(async (tx) => {
        const first = await claimRequest(tx, {
          id: idempotencyKey,
          action: "payment.refund",
          actorId,
          targetId: payment.id,
        });
        if (!first) return { refunded: 0 };
        // The new total is computed here, from the row as it is now, once per key.
        const current = await tx.payment.findUniqueOrThrow({
          where: { id: payment.id },
          select: { amount: true, refundedAmount: true, status: true, currency: true },
        });
        const left = current.status === "PAID" ? current.amount - current.refundedAmount : 0;
        if (amount > left)
          throw new AppError(
            "CONFLICT",
            `Only ${formatMoney(left, current.currency)} of this payment is left to refund.`,
          );
        const refunded = await recordRefundTotal(
          tx,
          payment.id,
          current.refundedAmount + amount,
          now,
        );
        await recordSubscriptionEvent(
          tx,
          payment.subscriptionId,
          "refunded",
          `Refunded ${formatMoney(refunded, current.currency)} of a ${formatMoney(current.amount, current.currency)} payment.`,
          actorId,
        );
        await inTransaction?.(tx, refunded);
        return { refunded };
      });
    },

    async cancelNowAndRefund(subscription, payments, actorId) {
      const now = clock();
      await db.$transaction(async (tx) => {
        // Checked again inside the transaction: of two clicks, only one ends and refunds.
        const current = await tx.subscription.findUniqueOrThrow({
          where: { id: subscription.id },
          select: { status: true },
        });
        if (current.status === "CANCELED")
          throw new AppError("CONFLICT", "This subscription has already ended.");
        for (const payment of payments)
          await recordRefundTotal(tx, payment.id, payment.amount, now);
        await tx.subscription.update({
          where: { id: subscription.id },
          data: { status: "CANCELED", cancelAtPeriodEnd: false, canceledAt: now, endedAt: now },
        });
        await recordSubscriptionEvent(
          tx,
          subscription.id,
          "refunded",
          `Refunded ${payments.length} payment${payments.length === 1 ? "" : "s"} in full; access ended.`,
          actorId,
        );
      });
    },

    async billingPortalUrl() {
      return null;
    },
  };
}
