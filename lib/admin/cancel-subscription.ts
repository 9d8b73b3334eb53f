import { z } from "zod";
import { fieldErrors } from "../forms/form-state";
import { isLiveSubscription } from "../subscriptions/billing-period";
import type { Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { providerFor } from "../subscriptions/payment-provider";
import { sendCancellation } from "../subscriptions/subscription-emails";
import {
  assertSubscriptionAdmin,
  invalid,
  recipientOf,
  subscriptionForAdmin,
  type AdminActionResult,
} from "./subscription-admin";

export const CancelSchema = z.object({
  subscriptionId: z.string().min(1).max(64),
  when: z.enum(["now", "period-end"], { error: "Choose to cancel now or at the period's end." }),
});

/**
 * Cancels as an admin: now (access ends at once, nothing refunded; refunds are their own
 * action) or at the end of the paid period. Goes through the subscription's provider, so a
 * Stripe subscription is cancelled in Stripe and its answer applied here; the audit entry is
 * written in the transaction that records the change. A repeat finds it done and changes
 * nothing.
 */
export async function cancelSubscriptionAsAdmin(
  db: DbClient,
  actor: Actor | null,
  input: unknown,
  now: Date = new Date(),
): Promise<AdminActionResult> {
  assertSubscriptionAdmin(actor);
  const parsed = CancelSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { subscriptionId, when } = parsed.data;
  const subscription = await subscriptionForAdmin(db, subscriptionId);
  if (subscription.status === "CANCELED")
    return { ok: true, changed: false, message: "This subscription has already ended." };
  if (when === "period-end" && subscription.cancelAtPeriodEnd)
    return { ok: true, changed: false, message: "It is already set to end with its period." };
  if (when === "period-end" && !isLiveSubscription(subscription, now))
    return invalid({ form: "Its period is over; cancel it now instead." });

  const provider = providerFor(db, subscription.provider, () => now);
  const audit = (action: string) => (tx: Parameters<typeof recordAudit>[0]) =>
    recordAudit(tx, {
      actorId: actor.id,
      action,
      targetType: "Subscription",
      targetId: subscription.id,
      before: { status: subscription.status, cancelAtPeriodEnd: subscription.cancelAtPeriodEnd },
      after: when === "now" ? { status: "CANCELED" } : { cancelAtPeriodEnd: true },
    });
  try {
    if (when === "now")
      await provider.cancelNow(subscription, actor.id, audit("subscription.cancel-now"));
    else
      await provider.setCancelAtPeriodEnd(
        subscription,
        true,
        actor.id,
        audit("subscription.cancel-at-period-end"),
      );
  } catch (error) {
    // A second click that lost the race finds the subscription ended: that is success.
    if (error instanceof AppError && error.code === "CONFLICT") {
      const after = await subscriptionForAdmin(db, subscriptionId);
      if (after.status === "CANCELED" || (when === "period-end" && after.cancelAtPeriodEnd))
        return { ok: true, changed: false, message: "Already done." };
    }
    throw error;
  }
  const to = recipientOf(subscription.user);
  if (to && when === "period-end" && !subscription.complimentary)
    await sendCancellation(to, {
      planName: subscription.plan.name,
      accessUntil: subscription.currentPeriodEnd,
    });
  return {
    ok: true,
    changed: true,
    message:
      when === "now"
        ? "Cancelled now. Access has ended; nothing was refunded."
        : "Set to end with the paid period; it will not renew.",
  };
}
