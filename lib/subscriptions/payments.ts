import type { TransactionClient } from "../db-client";
import { AppError } from "../errors";

type RefundRow = { amount: number; refundedAmount: number; status: string; currency: string };

/**
 * Sets how much of a payment has been refunded, as a running total (never a delta), so
 * applying the same refund twice (a retried webhook, a double click) changes nothing.
 * Returns the amount newly refunded: 0 when nothing changed.
 */
export async function recordRefundTotal(
  tx: TransactionClient,
  paymentId: string,
  refundedTotal: number,
  at: Date,
): Promise<number> {
  return moveRefundedTotal(tx, paymentId, () => refundedTotal, at);
}

/**
 * Moves a payment's refunded total to `decide(row as it is now)` (capped at the amount,
 * never lowered), and returns the amount newly refunded. `decide` may throw to refuse.
 *
 * Compare-and-set: the row is written only if its total is still the one read. On SQLite
 * the transaction's write lock already keeps anyone from moving it in between; on
 * PostgreSQL (READ COMMITTED) two transactions (a charge.refunded webhook on each of two
 * servers, two partial refunds by two admins) can both read the same total. Without the
 * check the second write would overwrite the first: a lost partial refund, a total moved
 * back down, or the same refund reported (and emailed) twice. With it the second one
 * waits for the first to commit, matches no row, and reads and decides again.
 */
export async function moveRefundedTotal(
  tx: TransactionClient,
  paymentId: string,
  decide: (payment: RefundRow) => number,
  at: Date,
): Promise<number> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: { amount: true, refundedAmount: true, status: true, currency: true },
    });
    const total = Math.min(decide(payment), payment.amount);
    if (total <= payment.refundedAmount) return 0;
    const { count } = await tx.payment.updateMany({
      where: { id: paymentId, refundedAmount: payment.refundedAmount },
      data: { refundedAmount: total, refundedAt: at },
    });
    if (count === 1) return total - payment.refundedAmount;
  }
  throw new AppError("CONFLICT", "This payment is being refunded elsewhere; try again.");
}
