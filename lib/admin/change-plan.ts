import { z } from "zod";
import { fieldErrors } from "../forms/form-state";
import { isLiveSubscription } from "../subscriptions/billing-period";
import type { Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { formatMoney } from "../subscriptions/money";
import { recordSubscriptionEvent } from "../subscriptions/subscription-events";
import { formatLongDate } from "../text/format-date";
import {
  assertSubscriptionAdmin,
  invalid,
  subscriptionForAdmin,
  type AdminActionResult,
} from "./subscription-admin";

export const ChangePlanSchema = z.object({
  subscriptionId: z.string().min(1).max(64),
  planId: z.string({ error: "Choose a plan." }).min(1, "Choose a plan.").max(64),
});

/**
 * Why this subscription's plan cannot be changed from the next period, or null when it can.
 * The subscription page asks too, to offer the form only where it can work.
 */
export function planChangeRefusal(
  subscription: {
    status: string;
    currentPeriodEnd: Date;
    cancelAtPeriodEnd: boolean;
    complimentary: boolean;
    provider: string;
  },
  now: Date,
): string | null {
  if (!isLiveSubscription(subscription, now) || subscription.cancelAtPeriodEnd)
    return "This subscription does not renew, so it has no next period.";
  if (subscription.complimentary)
    return "A complimentary subscription does not renew; give months on the plan you want instead.";
  if (subscription.provider === "stripe")
    return "This subscription is billed by Stripe: change its plan in the Stripe dashboard.";
  return null;
}

/**
 * Moves a subscription to another plan from its next period: the plan is stored as
 * `nextPlanId`, and the renewal (lib/subscriptions/renewals.ts) switches plan and price when
 * the current period ends, so the reader keeps what they paid for until then. Choosing the
 * current plan again withdraws a pending change. Setting a value is naturally idempotent: a
 * repeat finds it set and changes nothing.
 *
 * Stripe subscriptions are refused: their plan lives in Stripe (items and schedules), and
 * changing it there is not built yet; the message says where to do it.
 */
export async function changePlanFromNextPeriod(
  db: DbClient,
  actor: Actor | null,
  input: unknown,
  now: Date = new Date(),
): Promise<AdminActionResult> {
  assertSubscriptionAdmin(actor);
  const parsed = ChangePlanSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { subscriptionId, planId } = parsed.data;
  return db.$transaction(async (tx) => {
    const subscription = await subscriptionForAdmin(tx, subscriptionId);
    const refusal = planChangeRefusal(subscription, now);
    if (refusal) throw new AppError("CONFLICT", refusal);
    const plan = await tx.plan.findUnique({
      where: { id: planId },
      select: { id: true, name: true, priceAmount: true, currency: true, retiredAt: true },
    });
    if (!plan) return invalid({ planId: "Choose one of the listed plans." });
    const nextPlanId = plan.id === subscription.planId ? null : plan.id;
    if (nextPlanId === subscription.nextPlanId)
      return { ok: true, changed: false, message: "Nothing to change." };
    if (nextPlanId && plan.retiredAt)
      return invalid({ planId: "That plan is retired; choose one that is on sale." });
    await tx.subscription.update({ where: { id: subscription.id }, data: { nextPlanId } });
    const when = formatLongDate(subscription.currentPeriodEnd);
    await recordSubscriptionEvent(
      tx,
      subscription.id,
      "plan.change-scheduled",
      nextPlanId
        ? `Moves to ${plan.name} (${formatMoney(plan.priceAmount, plan.currency)}) on ${when}.`
        : "The scheduled plan change was withdrawn.",
      actor.id,
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "subscription.change-plan",
      targetType: "Subscription",
      targetId: subscription.id,
      before: { planId: subscription.planId, nextPlanId: subscription.nextPlanId },
      after: { nextPlanId },
    });
    return {
      ok: true,
      changed: true,
      message: nextPlanId
        ? `From ${when}, this subscription is on ${plan.name}.`
        : "The plan change was withdrawn; it stays on its plan.",
    };
  });
}
