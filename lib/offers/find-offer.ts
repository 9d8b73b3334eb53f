import type { DbClient } from "../db-client";
import { describeOffer, discountOn, type OfferTerms } from "./discount";
import { normaliseCode } from "./offer-schema";

/**
 * Whether a code can be used, and what it takes off: for the offer page, the checkout
 * form and the payment page. It only reads; the redemption is claimed when a checkout
 * completes (lib/offers/redeem-offer.ts), in the same transaction as the subscription.
 */

export type OfferView = OfferTerms & {
  id: string;
  name: string;
  description: string;
  expiresAt: Date | null;
  stripePromotionCodeId: string | null;
  plans: { id: string; slug: string; name: string; retired: boolean }[];
};

export type OfferCheck = { ok: true; offer: OfferView } | { ok: false; message: string };

const offerSelect = {
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
  redemptionCount: true,
  archivedAt: true,
  stripePromotionCodeId: true,
  plans: {
    select: { plan: { select: { id: true, slug: true, name: true, retiredAt: true } } },
    take: 50,
  },
} as const;

/**
 * The offer behind `code` if it can be redeemed now: known, not archived or expired, not
 * used up, and (with `userId`) not used by this reader already. Every refusal is a sentence
 * for the reader, never an exception.
 */
export async function checkOffer(
  db: DbClient,
  input: { code: unknown; userId?: string | null; planId?: string | null },
  now: Date = new Date(),
): Promise<OfferCheck> {
  const code = normaliseCode(input.code);
  const typed = typeof input.code === "string" ? input.code.trim().slice(0, 40) : "";
  const row = code ? await db.offer.findUnique({ where: { code }, select: offerSelect }) : null;
  if (!row)
    return {
      ok: false,
      message: `There is no offer with the code “${typed}”. Check the spelling.`,
    };
  if (row.archivedAt || (row.expiresAt && row.expiresAt <= now))
    return { ok: false, message: `The offer ${row.code} has ended.` };
  if (row.maxRedemptions !== null && row.redemptionCount >= row.maxRedemptions)
    return { ok: false, message: `The offer ${row.code} has been fully redeemed.` };
  const plans = row.plans.map(({ plan }) => ({
    id: plan.id,
    slug: plan.slug,
    name: plan.name,
    retired: plan.retiredAt !== null,
  }));
  if (input.planId && !plans.some((plan) => plan.id === input.planId && !plan.retired)) {
    const names = plans.filter((p) => !p.retired).map((p) => p.name);
    return {
      ok: false,
      message: names.length
        ? `The offer ${row.code} is for ${names.join(", ")} only.`
        : `The offer ${row.code} has ended.`,
    };
  }
  if (input.userId) {
    const used = await db.offerRedemption.findUnique({
      where: { offerId_userId: { offerId: row.id, userId: input.userId } },
      select: { id: true },
    });
    if (used) return { ok: false, message: `You have already used the offer ${row.code}.` };
  }
  const terms: OfferTerms = row;
  return {
    ok: true,
    offer: {
      ...terms,
      id: row.id,
      name: row.name,
      description: describeOffer(terms),
      expiresAt: row.expiresAt,
      stripePromotionCodeId: row.stripePromotionCodeId,
      plans,
    },
  };
}

/** A plan's price with an offer: what the first discounted payment costs. */
export function offerPrice(offer: OfferTerms, price: number) {
  const discount = discountOn(offer, price);
  return { discount, amount: price - discount };
}
