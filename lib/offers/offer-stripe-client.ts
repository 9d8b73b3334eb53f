import type Stripe from "stripe";
import { env } from "../env";
import { createStripeClient } from "../subscriptions/stripe-client";

/** Stripe when it is configured (offers then get coupons), else null: the demo needs none. */
export function offerStripeClient(): Stripe | null {
  return env.STRIPE_SECRET_KEY ? createStripeClient() : null;
}
