import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { claimRequest } from "../idempotency/processed-requests";
import { formatMoney } from "./money";
import { moveRefundedTotal, recordRefundTotal } from "./payments";
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
        // A conditional update, not read-then-write: on PostgreSQL (READ COMMITTED) two
        // clicks at once would both read the old flag and both log the change; here the
        // second waits for the first, finds the flag already set, and changes nothing.
        const { count } = await tx.subscription.updateMany({
          where: {
            id: subscription.id,
            status: { not: "CANCELED" },
            currentPeriodEnd: { gt: now },
            cancelAtPeriodEnd: !cancel,
          },
          data: { cancelAtPeriodEnd: cancel, canceledAt: cancel ? now : null },
        });
        if (count === 0) {
          const current = await tx.subscription.findUniqueOrThrow({
            where: { id: subscription.id },
            select: { status: true, currentPeriodEnd: true },
          });
          if (current.status === "CANCELED" || current.currentPeriodEnd <= now)
            throw new AppError("CONFLICT", "This subscription has already ended.");
          return;
        }
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
        // The new total is computed from the row as it is now, once per key. Two different
        // refunds of one payment at once (two admins) both count, and together never go
        // past the amount: moveRefundedTotal re-reads and re-checks if the other moved it
        // first (on PostgreSQL both could otherwise read the same total).
        const refunded = await moveRefundedTotal(
          tx,
          payment.id,
          (current) => {
            const left = current.status === "PAID" ? current.amount - current.refundedAmount : 0;
            if (amount > left)
              throw new AppError(
                "CONFLICT",
                `Only ${formatMoney(left, current.currency)} of this payment is left to refund.`,
              );
            return current.refundedAmount + amount;
          },
          now,
        );
        await recordSubscriptionEvent(
          tx,
          payment.subscriptionId,
          "refunded",
          `Refunded ${formatMoney(refunded, payment.currency)} of a ${formatMoney(payment.amount, payment.currency)} payment.`,
          actorId,
        );
        await inTransaction?.(tx, refunded);
        return { refunded };
      });
    },

    async cancelNowAndRefund(subscription, payments, actorId) {
      const now = clock();
      await db.$transaction(async (tx) => {
        // Ended first, by a conditional update: of two clicks only one matches the row and
        // goes on to refund. (Reading the status and then writing was enough on SQLite,
        // where the transaction holds the database; on PostgreSQL both clicks read "not
        // cancelled" and both refunded and emailed. Now the second waits for the first to
        // commit, matches nothing and is refused.)
        const { count } = await tx.subscription.updateMany({
          where: { id: subscription.id, status: { not: "CANCELED" } },
          data: { status: "CANCELED", cancelAtPeriodEnd: false, canceledAt: now, endedAt: now },
        });
        if (count === 0) throw new AppError("CONFLICT", "This subscription has already ended.");
        for (const payment of payments)
          await recordRefundTotal(tx, payment.id, payment.amount, now);
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
