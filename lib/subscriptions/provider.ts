import type { TransactionClient } from "../db-client";
import type { PlanView } from "./plans";

/**
 * What the app asks of a payment provider. Two implement it: Stripe (when
 * STRIPE_SECRET_KEY is set) and the built-in demo provider; nothing outside
 * lib/subscriptions knows which one is in use.
 */
export type ProviderName = "demo" | "stripe";

export type SubscriptionRef = {
  id: string;
  userId: string;
  provider: string;
  providerSubscriptionId: string | null;
};

export type RefundablePayment = {
  id: string;
  amount: number;
  refundedAmount: number;
  currency: string;
  providerPaymentId: string;
  providerChargeId: string | null;
};

/**
 * Runs inside the transaction that records a change the provider made, so the caller's own
 * rows (an admin's audit entry) commit together with it. Not called when nothing changed.
 */
export type InTransaction = (tx: TransactionClient) => Promise<void>;

export interface PaymentProvider {
  readonly name: ProviderName;
  /** Where to send the reader to pay for the checkout `checkoutId`. */
  beginCheckout(input: {
    checkoutId: string;
    user: { id: string; email: string; name: string };
    plan: PlanView;
    /** free days before the first charge (0: none), decided when the checkout was opened */
    trialDays?: number;
    /** an offer to apply to the first charge(s); checked by the caller */
    offerId?: string | null;
    successUrl: string;
    cancelUrl: string;
  }): Promise<string>;
  /** Stop renewing at the end of the paid period, or undo that. */
  setCancelAtPeriodEnd(
    subscription: SubscriptionRef,
    cancel: boolean,
    actorId: string | null,
    inTransaction?: InTransaction,
  ): Promise<void>;
  /** End the subscription now, without refunding anything (an admin's "cancel now"). */
  cancelNow(
    subscription: SubscriptionRef,
    actorId: string | null,
    inTransaction?: InTransaction,
  ): Promise<void>;
  /**
   * Refund `amount` (minor units, at most what is left) of one payment. `idempotencyKey`
   * comes from the request (lib/idempotency): the same key never refunds twice, here or at
   * the provider. Returns the amount newly recorded as refunded (0 for a repeat).
   * `inTransaction` is told that amount, in the transaction that records the refund.
   */
  refundPayment(
    payment: RefundablePayment & { subscriptionId: string },
    amount: number,
    idempotencyKey: string,
    options: {
      actorId: string | null;
      inTransaction?: (tx: TransactionClient, refunded: number) => Promise<void>;
    },
  ): Promise<{ refunded: number }>;
  /** End the subscription now and refund these payments in full (the guarantee). */
  cancelNowAndRefund(
    subscription: SubscriptionRef,
    payments: RefundablePayment[],
    actorId: string | null,
  ): Promise<void>;
  /** A page where the reader changes their card, or null when the provider has none. */
  billingPortalUrl(userId: string, returnUrl: string): Promise<string | null>;
}
