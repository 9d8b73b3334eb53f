import type { DbClient } from "../db-client";

const DIGITAL = [
  "Every article on the site, including subscriber-only reporting",
  "24 issues a year in the digital edition",
  "Unlimited access to past issues",
  "Audio for every article",
  "No ads",
];

/**
 * The offer from the seed page, as plans. Written once, into an empty Plan table, in every
 * mode: a new magazine can sell from its first start. Admins edit them afterwards.
 */
export const DEFAULT_PLANS = [
  {
    slug: "digital-monthly",
    name: "Digital monthly",
    description: "Everything online, billed month by month.",
    interval: "MONTH",
    priceAmount: 900,
    features: DIGITAL,
    includesPrint: false,
  },
  {
    slug: "digital-yearly",
    name: "Digital yearly",
    description: "Everything online for a year: two months free against monthly.",
    interval: "YEAR",
    priceAmount: 9000,
    features: DIGITAL,
    includesPrint: false,
  },
  {
    slug: "digital-print-yearly",
    name: "Digital + Print yearly",
    description: "Everything online, and the printed magazine mailed to you 24 times a year.",
    interval: "YEAR",
    priceAmount: 14000,
    features: ["The printed magazine, 24 issues a year, mailed to you", ...DIGITAL],
    includesPrint: true,
  },
] as const;

export async function ensureDefaultPlans(db: DbClient): Promise<boolean> {
  if ((await db.plan.count()) > 0) return false;
  await db.$transaction(
    DEFAULT_PLANS.map((plan, position) =>
      db.plan.create({
        data: { ...plan, features: JSON.stringify(plan.features), position, currency: "usd" },
      }),
    ),
  );
  return true;
}
