import type { CurrentUser } from "../auth/current-user";
import type { DbClient } from "../db-client";
import { env, siteUrl } from "../env";
import { fieldErrors } from "../forms/form-state";
import { AddressSchema } from "../subscriptions/address-schema";
import { createStripeClient } from "../subscriptions/stripe-client";
import { giftPageToken } from "./gift-code";
import { listGiftOptions } from "./gift-offers";
import { giftPurchaseSchema } from "./gift-schema";

export type BuyGiftResult =
  { ok: true; redirectTo: string } | { ok: false; errors: Record<string, string> };

/** Where a buyer (signed in or not) pays for a gift, and where they come back to. */
export const giftCheckoutPath = (giftId: string) =>
  `/subscribe/gift/checkout/${giftId}?t=${giftPageToken(giftId)}`;
export const giftThanksPath = (giftId: string) =>
  `/subscribe/gift/thanks?gift=${giftId}&t=${giftPageToken(giftId)}`;

/**
 * Records a gift as PENDING with its price fixed now, and returns where to pay for it:
 * Stripe Checkout (a one-off payment) or the demo provider's card page. Nothing is owed
 * and no code exists until the payment is confirmed (pay-gift.ts, gift-stripe.ts).
 * Anyone may buy a gift; a signed-in buyer's account is linked to it.
 */
export async function startGiftPurchase(
  db: DbClient,
  actor: CurrentUser | null,
  input: Record<string, unknown>,
  now: Date = new Date(),
): Promise<BuyGiftResult> {
  const parsed = giftPurchaseSchema(now).safeParse(input);
  const options = await listGiftOptions(db);
  const option = options.find((o) => o.planSlug === input.plan);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  if (!option) errors.plan = "That gift is no longer offered. Choose another.";

  let printAddress: string | null = null;
  if (option?.includesPrint) {
    const address = AddressSchema.safeParse(input.address ?? {});
    if (address.success) printAddress = JSON.stringify(address.data);
    else Object.assign(errors, fieldErrors(address.error));
  }
  if (!parsed.success || !option || Object.keys(errors).length > 0) return { ok: false, errors };

  const gift = parsed.data;
  const amount = option.prices[gift.months];
  const stripe = env.STRIPE_SECRET_KEY ? createStripeClient() : null;
  const created = await db.gift.create({
    data: {
      planId: option.planId,
      months: gift.months,
      amount,
      currency: option.currency,
      buyerId: actor?.id ?? null,
      buyerName: gift.buyerName,
      buyerEmail: gift.buyerEmail,
      recipientName: gift.recipientName,
      recipientEmail: gift.recipientEmail,
      message: gift.message,
      printAddress,
      deliverOn: gift.deliverOn,
      provider: stripe ? "stripe" : "demo",
      createdAt: now,
    },
    select: { id: true },
  });
  if (!stripe) return { ok: true, redirectTo: giftCheckoutPath(created.id) };

  const session = await stripe.checkout.sessions
    .create(
      {
        mode: "payment",
        // Cards only: a delayed method would complete the session unpaid and settle later,
        // and a gift must be paid when its checkout completes (lib/gifts/gift-stripe.ts).
        allowed_payment_method_types: ["card"],
        client_reference_id: created.id,
        customer_email: gift.buyerEmail,
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: option.currency,
              unit_amount: amount,
              product_data: {
                name: `Gift subscription: ${option.label}, ${gift.months} months, for ${gift.recipientName}`,
              },
            },
          },
        ],
        metadata: { giftId: created.id },
        payment_intent_data: { metadata: { giftId: created.id } },
        success_url: `${siteUrl}${giftThanksPath(created.id)}`,
        cancel_url: `${siteUrl}/subscribe/gift`,
      },
      { idempotencyKey: `gift-checkout-${created.id}` },
    )
    .catch((error: unknown) => {
      console.error(`Stripe refused the checkout for gift ${created.id}:`, error);
      return null;
    });
  // The unpaid gift stays PENDING, visible to admins as awaiting payment; nothing was charged.
  if (!session?.url)
    return {
      ok: false,
      errors: {
        form: "We could not reach the payment service. Nothing was charged; please try again in a minute.",
      },
    };
  await db.gift.update({ where: { id: created.id }, data: { providerSessionId: session.id } });
  return { ok: true, redirectTo: session.url };
}
