import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { providerFor } from "./payment-provider";
import { GUARANTEE_DAYS, withinGuarantee } from "./billing-period";
import type { BillingInterval } from "./plans";
import { postalAddressSelect } from "./address-schema";
import { describeOffer, nextCharge } from "../offers/discount";

export type AccountSubscription = {
  id: string;
  planName: string;
  interval: BillingInterval;
  includesPrint: boolean;
  status: "INCOMPLETE" | "TRIALING" | "ACTIVE" | "PAST_DUE" | "CANCELED";
  complimentary: boolean;
  /** Stripe subscriptions get a link to Stripe's Customer Portal for card changes */
  cardChangeable: boolean;
  priceAmount: number;
  currency: string;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  endedAt: Date | null;
  /** true while the paid period lasts */
  live: boolean;
  /** the guarantee's last moment, while it lasts */
  refundableUntil: Date | null;
  /** end of the free trial, while the subscription is in it */
  trialEnd: Date | null;
  /** what the next charge will be: the price less an offer's discount while it lasts */
  nextChargeAmount: number;
  /** the offer the subscription was bought with, e.g. "SPRING20: 20% off the first payment" */
  offerLabel: string | null;
  /** a gift subscription (lib/gifts): who gave it; it ends on its date and never renews */
  gift: { from: string } | null;
};

/** Payments shown on the account page; older ones are on the receipts. */
export const PAYMENT_HISTORY_LIMIT = 24;

/**
 * What /account shows about money: the newest subscription (live or ended), its recent
 * payments, and the print address.
 */
export async function getAccountBilling(db: DbClient, userId: string, now: Date = new Date()) {
  const [row, address] = await Promise.all([
    db.subscription.findFirst({
      where: { userId, status: { not: "INCOMPLETE" } },
      orderBy: [{ createdAt: "desc" }],
      select: {
        id: true,
        status: true,
        complimentary: true,
        provider: true,
        priceAmount: true,
        currency: true,
        currentPeriodEnd: true,
        cancelAtPeriodEnd: true,
        endedAt: true,
        firstPaidAt: true,
        trialEnd: true,
        discountAmount: true,
        discountPeriodsLeft: true,
        offer: {
          select: {
            code: true,
            kind: true,
            percentOff: true,
            amountOff: true,
            duration: true,
            durationPeriods: true,
          },
        },
        plan: { select: { name: true, interval: true, includesPrint: true } },
        gift: { select: { buyerName: true } },
      },
    }),
    db.address.findUnique({
      where: { userId },
      select: postalAddressSelect,
    }),
  ]);
  const payments = await db.payment.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: PAYMENT_HISTORY_LIMIT,
    select: {
      id: true,
      amount: true,
      currency: true,
      status: true,
      refundedAmount: true,
      description: true,
      discountAmount: true,
      discountLabel: true,
      createdAt: true,
    },
  });
  let subscription: AccountSubscription | null = null;
  if (row) {
    const live = row.status !== "CANCELED" && row.currentPeriodEnd > now;
    subscription = {
      id: row.id,
      planName: row.plan.name,
      interval: row.plan.interval,
      includesPrint: row.plan.includesPrint,
      status: row.status,
      complimentary: row.complimentary,
      cardChangeable: live && row.provider === "stripe",
      priceAmount: row.priceAmount,
      currency: row.currency,
      currentPeriodEnd: row.currentPeriodEnd,
      cancelAtPeriodEnd: row.cancelAtPeriodEnd,
      endedAt: row.endedAt,
      live,
      refundableUntil:
        row.status !== "CANCELED" && withinGuarantee(row.firstPaidAt, now)
          ? new Date(row.firstPaidAt!.getTime() + GUARANTEE_DAYS * 86_400_000)
          : null,
      trialEnd: row.status === "TRIALING" ? row.trialEnd : null,
      nextChargeAmount: nextCharge(row).amount,
      offerLabel: row.offer ? `${row.offer.code}: ${describeOffer(row.offer, row.currency)}` : null,
      gift: row.provider === "gift" ? { from: row.gift?.buyerName ?? "a reader" } : null,
    };
  }
  return { subscription, payments, address };
}

/** One of the reader's own payments, for its receipt page. */
export async function getOwnReceipt(db: DbClient, userId: string, paymentId: string) {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: {
      id: true,
      userId: true,
      amount: true,
      currency: true,
      status: true,
      refundedAmount: true,
      refundedAt: true,
      description: true,
      periodStart: true,
      periodEnd: true,
      cardLast4: true,
      failureMessage: true,
      discountAmount: true,
      discountLabel: true,
      createdAt: true,
      subscription: { select: { provider: true } },
      user: { select: { name: true, email: true } },
    },
  });
  if (!payment || payment.userId !== userId)
    throw new AppError("NOT_FOUND", "There is no such receipt.");
  return payment;
}

/**
 * Stripe's Customer Portal for the reader's card, or null when they have no live Stripe
 * subscription (the demo provider has no portal).
 */
export async function billingPortalUrl(
  db: DbClient,
  userId: string,
  returnUrl: string,
  now = new Date(),
) {
  const billing = await getAccountBilling(db, userId, now);
  if (!billing.subscription?.cardChangeable) return null;
  return providerFor(db, "stripe").billingPortalUrl(userId, returnUrl);
}
