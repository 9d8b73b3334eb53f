import type { DbClient, TransactionClient } from "../db-client";
import { AppError } from "../errors";
import { fieldErrors } from "../forms/form-state";
import { cardSchema, demoDecline } from "../subscriptions/demo-cards";
import { getGiftForBuyer } from "./buyer-gift";
import { codeHashForGift } from "./gift-code";
import { deliverGift } from "./deliver-gifts";
import { receiptSelect, sendGiftReceipt } from "./gift-emails";

export type PayGiftResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Marks a gift paid, exactly once: PENDING → PAID by a conditional update, so a second
 * payment of the same gift (double click, retry, webhook redelivered) finds nothing to
 * claim. The code comes into being here (its hash is stored). Returns whether this call
 * was the one that paid it.
 */
export async function claimGiftPayment(
  tx: TransactionClient,
  giftId: string,
  payment: { providerPaymentId: string | null; cardLast4: string | null; paidAt: Date },
): Promise<boolean> {
  const { count } = await tx.gift.updateMany({
    where: { id: giftId, status: "PENDING" },
    data: { status: "PAID", codeHash: codeHashForGift(giftId), ...payment },
  });
  return count === 1;
}

/**
 * Pays a demo gift checkout with a test card (lib/subscriptions/demo-cards.ts). A declined
 * card leaves the gift unpaid so another card can be tried; paying twice pays once, and
 * only the first payment sends the receipt (and, for a gift dated today, the gift).
 */
export async function payDemoGift(
  db: DbClient,
  input: { giftId: unknown; token: unknown; card: Record<string, unknown> },
  now: Date = new Date(),
): Promise<PayGiftResult> {
  const gift = await getGiftForBuyer(db, input.giftId, input.token);
  if (gift.provider !== "demo") throw new AppError("NOT_FOUND", "There is no such gift.");
  if (gift.status !== "PENDING") return { ok: true };

  const parsed = cardSchema(now).safeParse(input.card);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const decline = demoDecline(parsed.data.cardNumber);
  if (decline) return { ok: false, errors: { cardNumber: decline, form: decline } };

  const paid = await db.$transaction(async (tx) => {
    const claimed = await claimGiftPayment(tx, gift.id, {
      providerPaymentId: `demo_gift_${gift.id}`,
      cardLast4: parsed.data.cardNumber.slice(-4),
      paidAt: now,
    });
    return claimed
      ? tx.gift.findUniqueOrThrow({ where: { id: gift.id }, select: receiptSelect })
      : null;
  });
  if (!paid) return { ok: true };
  // The payment is committed: a failed email is logged, never shown as a failed payment.
  await sendGiftReceipt(paid).catch((error: unknown) =>
    console.error(`Receipt for gift ${gift.id} could not be emailed:`, error),
  );
  // A gift for today goes out now rather than at the next tick.
  await deliverGift(db, gift.id, now);
  return { ok: true };
}
