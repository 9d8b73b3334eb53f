import type Stripe from "stripe";
import type { DbClient } from "../db-client";
import { jsonResponse } from "../http/json-responses";
import { handleStripeEvent } from "./stripe-webhooks";

/**
 * The webhook endpoint's work, apart from the route so tests can hand it their own client
 * and secret. The signature is checked on the raw body, exactly as Stripe sent it: parsing
 * and re-serialising JSON would change the bytes that were signed.
 *
 * Answers: 400 (nothing written) for a bad signature; 200 for anything applied, already
 * applied, or of no interest; 500 when applying failed, so that Stripe delivers it again.
 */
export async function receiveStripeWebhook(
  request: Request,
  deps: { db: DbClient; stripe: Stripe | null; secret: string | null },
): Promise<Response> {
  const { db, stripe, secret } = deps;
  if (!stripe || !secret) return jsonResponse({ error: "Stripe is not configured." }, 503);

  const signature = request.headers.get("stripe-signature");
  if (!signature) return jsonResponse({ error: "Missing Stripe-Signature header." }, 400);
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, secret);
  } catch {
    return jsonResponse({ error: "Invalid signature." }, 400);
  }

  try {
    await handleStripeEvent(db, event, stripe);
    return jsonResponse({ received: true });
  } catch (error) {
    console.error(`Stripe event ${event.id} (${event.type}) failed:`, error);
    return jsonResponse({ error: "The event could not be processed." }, 500);
  }
}
