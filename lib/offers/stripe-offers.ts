import type Stripe from "stripe";
import type { DbClient } from "../db-client";

/**
 * An offer in Stripe: one coupon (the discount) and one promotion code (the code readers
 * type, with the offer's expiry and redemption limit), made when the admin creates the
 * offer, or on its first Stripe checkout when that failed or Stripe was configured later.
 * Idempotency keys derive from the offer, so a retry or two checkouts at once make one of
 * each; the conditional update keeps the first ids stored.
 */

/** Stripe counts repeating coupons in months; an offer counts payments of its plans. */
const MONTHS_PER_PERIOD = { MONTH: 1, YEAR: 12 } as const;

export async function ensureStripePromotionCode(
  db: DbClient,
  stripe: Stripe,
  offerId: string,
): Promise<string> {
  const offer = await db.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      percentOff: true,
      amountOff: true,
      duration: true,
      durationPeriods: true,
      expiresAt: true,
      maxRedemptions: true,
      stripeCouponId: true,
      stripePromotionCodeId: true,
      plans: { select: { plan: { select: { interval: true, currency: true } } }, take: 1 },
    },
  });
  if (offer.stripePromotionCodeId) return offer.stripePromotionCodeId;
  const plan = offer.plans[0]?.plan;
  // REPEATING offers are for plans of one interval (lib/offers/manage-offers.ts), so one
  // month count fits every plan the offer is for.
  const months = (offer.durationPeriods ?? 1) * MONTHS_PER_PERIOD[plan?.interval ?? "MONTH"];
  const coupon =
    offer.stripeCouponId ??
    (
      await stripe.coupons.create(
        {
          name: offer.name.slice(0, 40),
          ...(offer.kind === "PERCENT"
            ? { percent_off: offer.percentOff ?? 0 }
            : { amount_off: offer.amountOff ?? 0, currency: plan?.currency ?? "usd" }),
          duration:
            offer.duration === "ONCE"
              ? "once"
              : offer.duration === "REPEATING"
                ? "repeating"
                : "forever",
          ...(offer.duration === "REPEATING" ? { duration_in_months: months } : {}),
          metadata: { offerId: offer.id },
        },
        { idempotencyKey: `coupon-${offer.id}` },
      )
    ).id;
  await db.offer.updateMany({
    where: { id: offer.id, stripeCouponId: null },
    data: { stripeCouponId: coupon },
  });
  const promotion = await stripe.promotionCodes.create(
    {
      promotion: { type: "coupon", coupon },
      code: offer.code,
      ...(offer.expiresAt ? { expires_at: Math.floor(offer.expiresAt.getTime() / 1000) } : {}),
      ...(offer.maxRedemptions ? { max_redemptions: offer.maxRedemptions } : {}),
      metadata: { offerId: offer.id },
    },
    { idempotencyKey: `promotion-code-${offer.id}` },
  );
  await db.offer.updateMany({
    where: { id: offer.id, stripePromotionCodeId: null },
    data: { stripePromotionCodeId: promotion.id },
  });
  const stored = await db.offer.findUniqueOrThrow({
    where: { id: offer.id },
    select: { stripePromotionCodeId: true },
  });
  return stored.stripePromotionCodeId ?? promotion.id;
}

/** Archiving an offer switches its promotion code off, so Stripe refuses it too. */
export async function deactivateStripePromotionCode(stripe: Stripe, promotionCodeId: string) {
  await stripe.promotionCodes.update(promotionCodeId, { active: false });
}
