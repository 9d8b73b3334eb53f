import Stripe from "stripe";
import { env } from "../env";

/**
 * The official Stripe SDK client, configured from the environment. Building one makes no
 * network call; the first request does. STRIPE_API_HOST/PORT/PROTOCOL point it elsewhere
 * (the tests' local fake Stripe); unset, it talks to api.stripe.com over HTTPS.
 */
export type StripeClientOptions = {
  secretKey?: string;
  host?: string;
  port?: number;
  protocol?: "http" | "https";
};

export function createStripeClient(options: StripeClientOptions = {}): Stripe {
  const secretKey = options.secretKey ?? env.STRIPE_SECRET_KEY;
  if (!secretKey) throw new Error("STRIPE_SECRET_KEY is not set, so Stripe cannot be used.");
  const host = options.host ?? env.STRIPE_API_HOST;
  const port = options.port ?? env.STRIPE_API_PORT;
  const protocol = options.protocol ?? env.STRIPE_API_PROTOCOL;
  // The API version is the one this SDK release is typed for (its default); webhook
  // payloads may still come in the account's older version, which stripe-objects.ts parses.
  return new Stripe(secretKey, {
    // Retries carry the same idempotency key, so a retried POST never acts twice; a 409
    // from two concurrent requests with one key is retried too.
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: "The Meridian" },
    ...(host ? { host } : {}),
    ...(port ? { port } : {}),
    ...(protocol ? { protocol } : {}),
  });
}

let shared: Stripe | undefined;

/**
 * What the webhook route needs: a client and the signing secret, or nulls when Stripe is
 * not configured. The client is built on first use, not at import.
 */
export function stripeWebhookConfig(): { stripe: Stripe | null; secret: string | null } {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return { stripe: null, secret: null };
  shared ??= createStripeClient();
  return { stripe: shared, secret: env.STRIPE_WEBHOOK_SECRET };
}
