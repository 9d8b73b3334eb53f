import type { DbClient } from "../db-client";
import { listOfferedPlans, type PlanView } from "../subscriptions/plans";

/** The lengths a gift is sold in. */
export const GIFT_MONTHS = [3, 6, 12] as const;
export type GiftMonths = (typeof GIFT_MONTHS)[number];

export type GiftOption = {
  planId: string;
  planSlug: string;
  /** "Digital" or "Digital + Print": what the recipient gets, whatever the plan's billing */
  label: string;
  includesPrint: boolean;
  currency: string;
  prices: Record<GiftMonths, number>;
};

/**
 * The price rule: a gift costs its months at the best monthly rate we sell that kind of
 * subscription for. A yearly plan's monthly rate is its price / 12, so with the default
 * plans 12 months of Digital cost exactly the yearly price ($90) and 3 or 6 months that
 * share of it ($22.50, $45); a monthly plan's rate is its price. Rounded to the cent.
 */
export function giftPrice(
  plan: Pick<PlanView, "interval" | "priceAmount">,
  months: GiftMonths,
): number {
  return plan.interval === "YEAR"
    ? Math.round((plan.priceAmount * months) / 12)
    : plan.priceAmount * months;
}

const perMonth = (plan: PlanView) =>
  plan.interval === "YEAR" ? plan.priceAmount / 12 : plan.priceAmount;

/**
 * What can be given: one option per kind (digital, digital with print), each priced from
 * the plan on sale with the lowest monthly rate. The gift subscription is on that plan.
 */
export function giftOptionsFrom(plans: PlanView[]): GiftOption[] {
  const best = new Map<boolean, PlanView>();
  for (const plan of plans) {
    const current = best.get(plan.includesPrint);
    if (!current || perMonth(plan) < perMonth(current)) best.set(plan.includesPrint, plan);
  }
  return [false, true].flatMap((print) => {
    const plan = best.get(print);
    if (!plan) return [];
    return [
      {
        planId: plan.id,
        planSlug: plan.slug,
        label: print ? "Digital + Print" : "Digital",
        includesPrint: plan.includesPrint,
        currency: plan.currency,
        prices: {
          3: giftPrice(plan, 3),
          6: giftPrice(plan, 6),
          12: giftPrice(plan, 12),
        },
      },
    ];
  });
}

export async function listGiftOptions(db: DbClient): Promise<GiftOption[]> {
  return giftOptionsFrom(await listOfferedPlans(db));
}
