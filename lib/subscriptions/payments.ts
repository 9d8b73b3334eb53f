import type { TransactionClient } from "../db-client";

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
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { amount: true, refundedAmount: true },
  });
  const total = Math.min(refundedTotal, payment.amount);
  if (total <= payment.refundedAmount) return 0;
  await tx.payment.update({
    where: { id: paymentId },
    data: { refundedAmount: total, refundedAt: at },
  });
  return total - payment.refundedAmount;
}
