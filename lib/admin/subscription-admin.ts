import { assertCan, type Actor } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";

/** Shared by the admin's subscription actions (lib/admin/*-subscription*.ts, refund, comp). */
export type AdminActionResult =
  { ok: true; changed: boolean; message: string } | { ok: false; errors: Record<string, string> };

export function assertSubscriptionAdmin(actor: Actor | null): asserts actor is Actor {
  assertCan(actor, "subscription:manage", "Only admins can manage subscriptions.");
}

export const invalid = (errors: Record<string, string>): AdminActionResult => ({
  ok: false,
  errors,
});

/** The fields the actions read and audit; a missing row is a 404, whoever asks. */
export async function subscriptionForAdmin(db: Pick<DbClient, "subscription">, id: string) {
  const subscription = await db.subscription.findUnique({
    where: { id },
    select: {
      id: true,
      userId: true,
      provider: true,
      providerSubscriptionId: true,
      status: true,
      complimentary: true,
      cancelAtPeriodEnd: true,
      currentPeriodStart: true,
      currentPeriodEnd: true,
      firstPaidAt: true,
      planId: true,
      nextPlanId: true,
      priceAmount: true,
      currency: true,
      plan: { select: { name: true } },
      user: { select: { email: true, name: true, deletedAt: true } },
    },
  });
  if (!subscription) throw new AppError("NOT_FOUND", "There is no such subscription.");
  return subscription;
}

/** The reader as an email recipient, or null for an erased account. */
export const recipientOf = (user: { email: string; name: string; deletedAt: Date | null }) =>
  user.deletedAt ? null : { email: user.email, name: user.name };
