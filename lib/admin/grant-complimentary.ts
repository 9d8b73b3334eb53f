import { addMonths } from "date-fns";
import { lockUser } from "../db-locks";
import { z } from "zod";
import { fieldErrors } from "../forms/form-state";
import type { Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { claimRequest, RequestTokenSchema } from "../idempotency/processed-requests";
import { formatLongDate } from "../text/format-date";
import { recordSubscriptionEvent } from "../subscriptions/subscription-events";
import { assertSubscriptionAdmin, invalid, type AdminActionResult } from "./subscription-admin";

export const GrantComplimentarySchema = z
  .object({
    userId: z.string().min(1).max(64).optional(),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .pipe(z.email({ error: "Enter the reader's email address, like name@example.com." }))
      .optional(),
    planId: z.string({ error: "Choose a plan." }).min(1, "Choose a plan.").max(64),
    months: z.coerce
      .number({ error: "Enter a number of months from 1 to 24." })
      .int("Enter a whole number of months.")
      .min(1, "Give at least 1 month.")
      .max(24, "Give at most 24 months at a time."),
    requestId: RequestTokenSchema,
  })
  .refine((input) => input.userId || input.email, {
    message: "Enter the reader's email address.",
    path: ["email"],
  });

/**
 * Gives a reader N free months. When they already have a complimentary subscription that
 * runs, its end moves N months later; otherwise a new one starts now. It is run by the
 * local "complimentary" provider and set to cancel at period end, so the scheduler's renewal
 * step ends it rather than charging anyone. A reader who is paying is refused: free months
 * on top of a paid subscription would not stop the charges.
 *
 * The form's one-time token is claimed in the same transaction, so a double click or retry
 * adds the months once.
 */
export async function grantComplimentary(
  db: DbClient,
  actor: Actor | null,
  input: unknown,
  now: Date = new Date(),
): Promise<AdminActionResult> {
  assertSubscriptionAdmin(actor);
  const parsed = GrantComplimentarySchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { userId, email, planId, months, requestId } = parsed.data;

  const reader = await db.user.findFirst({
    where: { deletedAt: null, ...(userId ? { id: userId } : { email }) },
    select: { id: true, name: true },
  });
  if (!reader) return invalid({ email: "There is no reader with that email address." });
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: { id: true, name: true, currency: true, retiredAt: true },
  });
  if (!plan) return invalid({ planId: "Choose one of the listed plans." });

  return db.$transaction(async (tx) => {
    // Two grants, or a grant beside a checkout, must not both decide "no subscription
    // yet" on PostgreSQL: the reader's row is locked first, as checkout and gifts do.
    await lockUser(tx, reader.id);
    const first = await claimRequest(tx, {
      id: `subscription.comp:${requestId}`,
      action: "subscription.comp",
      actorId: actor.id,
      targetId: reader.id,
    });
    if (!first)
      return { ok: true, changed: false, message: "Already done: those months were given." };
    const running = await tx.subscription.findMany({
      where: {
        userId: reader.id,
        status: { in: ["ACTIVE", "TRIALING", "PAST_DUE"] },
        currentPeriodEnd: { gt: now },
      },
      orderBy: { currentPeriodEnd: "desc" },
      select: { id: true, complimentary: true, currentPeriodEnd: true, planId: true },
      take: 5,
    });
    const paid = running.find((s) => !s.complimentary);
    if (paid)
      throw new AppError(
        "CONFLICT",
        `${reader.name || "This reader"} pays for a subscription until ${formatLongDate(paid.currentPeriodEnd)}. Cancel it first to give free months instead.`,
      );
    const comp = running[0];
    if (comp) {
      const end = addMonths(comp.currentPeriodEnd, months);
      await tx.subscription.update({ where: { id: comp.id }, data: { currentPeriodEnd: end } });
      await recordSubscriptionEvent(
        tx,
        comp.id,
        "complimentary.extended",
        `${months} more free month${months === 1 ? "" : "s"}, to ${formatLongDate(end)}.`,
        actor.id,
      );
      await recordAudit(tx, {
        actorId: actor.id,
        action: "subscription.comp-extend",
        targetType: "Subscription",
        targetId: comp.id,
        before: { currentPeriodEnd: comp.currentPeriodEnd },
        after: { currentPeriodEnd: end, months },
      });
      return {
        ok: true,
        changed: true,
        message: `Extended by ${months} month${months === 1 ? "" : "s"}, to ${formatLongDate(end)}.`,
      };
    }
    if (plan.retiredAt) throw new AppError("CONFLICT", "That plan is retired; choose another.");
    const end = addMonths(now, months);
    const created = await tx.subscription.create({
      data: {
        userId: reader.id,
        planId: plan.id,
        provider: "complimentary",
        status: "ACTIVE",
        complimentary: true,
        priceAmount: 0,
        currency: plan.currency,
        currentPeriodStart: now,
        currentPeriodEnd: end,
        // The renewal step ends it at period end instead of charging.
        cancelAtPeriodEnd: true,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordSubscriptionEvent(
      tx,
      created.id,
      "complimentary.granted",
      `${months} free month${months === 1 ? "" : "s"} of ${plan.name}, to ${formatLongDate(end)}.`,
      actor.id,
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "subscription.comp-grant",
      targetType: "Subscription",
      targetId: created.id,
      after: { userId: reader.id, planId: plan.id, months, currentPeriodEnd: end },
    });
    return {
      ok: true,
      changed: true,
      message: `Gave ${months} free month${months === 1 ? "" : "s"} of ${plan.name}, to ${formatLongDate(end)}.`,
    };
  });
}
