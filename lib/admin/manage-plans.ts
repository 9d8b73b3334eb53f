import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import type { PlanFormValues } from "./plan-fields";
import { fieldErrors } from "../forms/form-state";
import { minorToMajor, PlanSchema, type PlanInput } from "./plan-schema";
import { planSelect } from "../subscriptions/plans";

/**
 * Plans as admins manage them. A plan's price is what new subscribers pay: each
 * subscription copies `priceAmount` at checkout (lib/subscriptions/demo-checkout.ts,
 * stripe-sync.ts) and renews at that copy, so editing the price never reaches existing
 * subscribers. Retiring takes a plan off /subscribe (listOfferedPlans and findOfferedPlan
 * skip it) while its subscriptions carry on renewing.
 */

export type PlanResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

const adminPlanSelect = { ...planSelect, position: true, retiredAt: true } as const;
// planSelect includes trialDays: a trial change applies to checkouts opened after it.

function assertAdmin(actor: Actor | null): asserts actor is Actor {
  assertCan(actor, "plan:manage", "Only admins can manage plans.");
}

const RUNNING = { status: { not: "CANCELED" as const } };

/** Every plan, on sale first, with how many subscriptions are running on each. */
export async function listPlansForAdmin(db: DbClient, actor: Actor | null) {
  assertAdmin(actor);
  const plans = await db.plan.findMany({
    select: { ...adminPlanSelect, _count: { select: { subscriptions: { where: RUNNING } } } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    take: 200,
  });
  return plans
    .map(({ _count, ...plan }) => ({ ...plan, running: _count.subscriptions }))
    .sort((a, b) => Number(Boolean(a.retiredAt)) - Number(Boolean(b.retiredAt)));
}

export async function getPlanForAdmin(db: DbClient, actor: Actor | null, id: string) {
  assertAdmin(actor);
  const plan = await db.plan.findUnique({ where: { id }, select: adminPlanSelect });
  if (!plan) throw new AppError("NOT_FOUND", "There is no such plan.");
  return plan;
}

/** The stored row for an audit entry: features as a list, not JSON text. */
function snapshot(plan: Record<string, unknown> & { features: string }) {
  try {
    return { ...plan, features: JSON.parse(plan.features) as unknown };
  } catch {
    return plan;
  }
}

function toData(input: PlanInput) {
  const { price, features, ...rest } = input;
  return { ...rest, priceAmount: price, features: JSON.stringify(features) };
}

/** Creates a plan (`id` empty) or updates one. Validation problems come back by field. */
export async function savePlan(
  db: DbClient,
  actor: Actor | null,
  input: { id?: string | null; values: unknown },
): Promise<PlanResult> {
  assertAdmin(actor);
  const parsed = PlanSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const data = toData(parsed.data);
  try {
    return await db.$transaction(async (tx) => {
      const before = input.id
        ? await tx.plan.findUnique({ where: { id: input.id }, select: adminPlanSelect })
        : null;
      if (input.id && !before) throw new AppError("NOT_FOUND", "There is no such plan.");
      if (before) {
        const errors: Record<string, string> = {};
        // Renewals bill a running subscription by its plan's interval at the price it was
        // sold at; switching the interval under them would change what they pay per year.
        if (
          data.interval !== before.interval &&
          (await tx.subscription.count({ where: { planId: before.id, ...RUNNING } })) > 0
        )
          errors.interval =
            "Subscribers are billed on this interval. Create a new plan for the other one.";
        // A Stripe price has its amount and interval built in: keeping the old id would
        // charge new subscribers the old price.
        if (
          data.stripePriceId &&
          data.stripePriceId === before.stripePriceId &&
          (data.priceAmount !== before.priceAmount || data.interval !== before.interval)
        )
          errors.stripePriceId =
            "A Stripe price fixes the amount. Enter the id of a new Stripe price, or leave this empty.";
        if (Object.keys(errors).length > 0) return { ok: false as const, errors };
      }
      const plan = before
        ? await tx.plan.update({ where: { id: before.id }, data, select: { id: true } })
        : await tx.plan.create({ data: { ...data, currency: "usd" }, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: before ? "plan.update" : "plan.create",
        targetType: "Plan",
        targetId: plan.id,
        before: before ? snapshot(before) : undefined,
        after: { ...data, features: parsed.data.features },
      });
      return { ok: true as const, id: plan.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      // Which unique index refused it; the adapter reports it in `meta`, in varying shapes.
      const target = JSON.stringify((error as { meta?: unknown }).meta ?? {});
      return {
        ok: false,
        errors: target.includes("stripePriceId")
          ? { stripePriceId: "Another plan already uses this Stripe price." }
          : { slug: "Another plan already uses this slug." },
      };
    }
    throw error;
  }
}

/** Takes a plan off sale, or puts it back. Its subscribers are not touched either way. */
export async function setPlanRetired(
  db: DbClient,
  actor: Actor | null,
  input: { planId: string; retired: boolean },
  now: Date = new Date(),
): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({
      where: { id: String(input.planId) },
      select: { id: true, retiredAt: true },
    });
    if (!plan) throw new AppError("NOT_FOUND", "There is no such plan.");
    if (Boolean(plan.retiredAt) === input.retired) return { changed: false };
    const retiredAt = input.retired ? now : null;
    await tx.plan.update({ where: { id: plan.id }, data: { retiredAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.retired ? "plan.retire" : "plan.unretire",
      targetType: "Plan",
      targetId: plan.id,
      before: { retiredAt: plan.retiredAt },
      after: { retiredAt },
    });
    return { changed: true };
  });
}

/** A stored plan as the form shows it: price in major units, one feature per line. */
export function planFormValues(plan: {
  name: string;
  slug: string;
  description: string;
  priceAmount: number;
  interval: string;
  includesPrint: boolean;
  features: string;
  position: number;
  trialDays: number;
  stripePriceId: string | null;
}): PlanFormValues {
  let features: string[] = [];
  try {
    const parsed: unknown = JSON.parse(plan.features);
    if (Array.isArray(parsed)) features = parsed.map(String);
  } catch {
    // A damaged list shows as empty; saving the form writes a good one.
  }
  return {
    name: plan.name,
    slug: plan.slug,
    description: plan.description,
    price: minorToMajor(plan.priceAmount),
    interval: plan.interval,
    includesPrint: plan.includesPrint ? "true" : "",
    features: features.join("\n"),
    position: String(plan.position),
    trialDays: String(plan.trialDays),
    stripePriceId: plan.stripePriceId ?? "",
  };
}
