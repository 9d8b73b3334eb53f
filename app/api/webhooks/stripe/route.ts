import { db } from "@/lib/db";
import { stripeWebhookConfig } from "@/lib/subscriptions/stripe-client";
import { receiveStripeWebhook } from "@/lib/subscriptions/stripe-webhook-request";

export const dynamic = "force-dynamic";

/** Stripe's events (signed); see lib/subscriptions/stripe-webhooks.ts for what each does. */
export async function POST(request: Request) {
  return receiveStripeWebhook(request, { db, ...stripeWebhookConfig() });
}
