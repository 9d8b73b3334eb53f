import { z } from "zod";
import type { DbClient } from "../db-client";
import { formatMoney } from "./money";

export type BillingInterval = "MONTH" | "YEAR";

export type PlanView = {
  id: string;
  slug: string;
  name: string;
  description: string;
  interval: BillingInterval;
  priceAmount: number;
  currency: string;
  includesPrint: boolean;
  features: string[];
  stripePriceId: string | null;
  /** days of free trial before the first charge (0: none) */
  trialDays: number;
};

export const planSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  interval: true,
  priceAmount: true,
  currency: true,
  includesPrint: true,
  features: true,
  stripePriceId: true,
  trialDays: true,
} as const;

const FeatureList = z.array(z.string());

type PlanRow = Omit<PlanView, "features"> & { features: string };

export function toPlanView(row: PlanRow): PlanView {
  const parsed = FeatureList.safeParse(safeJson(row.features));
  return { ...row, features: parsed.success ? parsed.data : [] };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The plans on sale, in the order admins gave them. Retired plans are not offered. */
export async function listOfferedPlans(db: DbClient): Promise<PlanView[]> {
  const rows = await db.plan.findMany({
    where: { retiredAt: null },
    orderBy: [{ position: "asc" }, { priceAmount: "asc" }],
    select: planSelect,
    take: 20,
  });
  return rows.map(toPlanView);
}

export async function findOfferedPlan(db: DbClient, slug: string): Promise<PlanView | null> {
  const row = await db.plan.findFirst({ where: { slug, retiredAt: null }, select: planSelect });
  return row ? toPlanView(row) : null;
}

export const intervalWord = (interval: BillingInterval) => (interval === "YEAR" ? "year" : "month");

/** "$120 a year" */
export const priceLabel = (plan: {
  priceAmount: number;
  currency: string;
  interval: BillingInterval;
}) => `${formatMoney(plan.priceAmount, plan.currency)} a ${intervalWord(plan.interval)}`;
