import { formatMoney } from "../subscriptions/money";

/**
 * The arithmetic of offers, shared by the demo provider's charges, the checkout pages and
 * the admin. No database here: every function works on the few fields it needs.
 */

export type OfferTerms = {
  code: string;
  kind: "PERCENT" | "AMOUNT";
  percentOff: number | null;
  amountOff: number | null;
  duration: "ONCE" | "REPEATING" | "FOREVER";
  durationPeriods: number | null;
};

/**
 * What the offer takes off one charge of `price` (minor units). Percentages round to the
 * nearest cent, as Stripe's coupons do; an amount off never exceeds the price, so no charge
 * is ever negative.
 */
export function discountOn(terms: OfferTerms, price: number): number {
  const off =
    terms.kind === "PERCENT"
      ? Math.round((price * (terms.percentOff ?? 0)) / 100)
      : (terms.amountOff ?? 0);
  return Math.max(0, Math.min(price, off));
}

/** How many charges are discounted: null for every one (FOREVER). */
export function discountedCharges(terms: Pick<OfferTerms, "duration" | "durationPeriods">) {
  if (terms.duration === "ONCE") return 1;
  if (terms.duration === "REPEATING") return terms.durationPeriods ?? 1;
  return null;
}

/** "20% off" / "$10 off" */
export function amountLabel(terms: OfferTerms, currency = "usd"): string {
  return terms.kind === "PERCENT"
    ? `${terms.percentOff}% off`
    : `${formatMoney(terms.amountOff ?? 0, currency)} off`;
}

/** "the first payment" / "the first 3 payments" / "every payment" */
export function durationLabel(terms: Pick<OfferTerms, "duration" | "durationPeriods">): string {
  const charges = discountedCharges(terms);
  if (charges === null) return "every payment";
  return charges === 1 ? "the first payment" : `the first ${charges} payments`;
}

/** "20% off the first payment", for the offer page, checkout and admin. */
export function describeOffer(terms: OfferTerms, currency = "usd"): string {
  return `${amountLabel(terms, currency)} ${durationLabel(terms)}`;
}

/** What a payment's receipt says it was discounted for: "Offer SPRING20 (20% off)". */
export function paymentDiscountLabel(terms: OfferTerms, currency = "usd"): string {
  return `Offer ${terms.code} (${amountLabel(terms, currency)})`;
}

/**
 * A subscription's next charge: its price less the discount while discounted charges are
 * left (`periodsLeft` null with a discount: every charge). Used by the demo provider when it
 * charges, and by /account to say what the next charge will be.
 */
export function nextCharge(subscription: {
  priceAmount: number;
  discountAmount: number;
  discountPeriodsLeft: number | null;
}): { amount: number; discount: number; periodsLeft: number | null } {
  const { priceAmount, discountAmount, discountPeriodsLeft } = subscription;
  const applies = discountAmount > 0 && (discountPeriodsLeft === null || discountPeriodsLeft > 0);
  if (!applies) return { amount: priceAmount, discount: 0, periodsLeft: discountPeriodsLeft };
  const discount = Math.min(priceAmount, discountAmount);
  return {
    amount: priceAmount - discount,
    discount,
    periodsLeft: discountPeriodsLeft === null ? null : discountPeriodsLeft - 1,
  };
}
