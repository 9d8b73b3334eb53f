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

export interface PaymentProvider {
  readonly name: ProviderName;
  /** Where to send the reader to pay for the checkout `checkoutId`. */
  beginCheckout(input: {
    checkoutId: string;
    user: { id: string; email: string; name: string };
    plan: PlanView;
    successUrl: string;
    cancelUrl: string;
  }): Promise<string>;
  /** Stop renewing at the end of the paid period, or undo that. */
  setCancelAtPeriodEnd(
    subscription: SubscriptionRef,
    cancel: boolean,
    actorId: string | null,
  ): Promise<void>;
  /** End the subscription now and refund these payments in full (the guarantee). */
  cancelNowAndRefund(
    subscription: SubscriptionRef,
    payments: RefundablePayment[],
    actorId: string | null,
  ): Promise<void>;
  /** A page where the reader changes their card, or null when the provider has none. */
  billingPortalUrl(userId: string, returnUrl: string): Promise<string | null>;
}
