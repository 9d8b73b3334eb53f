import { fieldErrors } from "../forms/form-state";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { AddressSchema } from "./address-schema";
import { isLiveSubscription, withinGuarantee } from "./billing-period";
import { providerFor } from "./payment-provider";
import { sendCancellation, sendRefund } from "./subscription-emails";

export type ManageResult =
  { ok: true; message: string } | { ok: false; errors: Record<string, string> };

/** The reader's own subscription, or a 404 for anyone else's. */
async function ownSubscription(db: DbClient, actor: CurrentUser | null, subscriptionId: unknown) {
  assertCan(actor, "account:manage", "Sign in to manage your subscription.");
  const subscription =
    typeof subscriptionId === "string"
      ? await db.subscription.findUnique({
          where: { id: subscriptionId },
          select: {
            id: true,
            userId: true,
            provider: true,
            providerSubscriptionId: true,
            status: true,
            cancelAtPeriodEnd: true,
            currentPeriodEnd: true,
            firstPaidAt: true,
            plan: { select: { name: true } },
          },
        })
      : null;
  if (!subscription || subscription.userId !== actor.id)
    throw new AppError("NOT_FOUND", "There is no such subscription on your account.");
  return { actor, subscription };
}

const live = isLiveSubscription;

/** "Cancel": no more renewals; access continues to the end of the paid period. */
export async function cancelAtPeriodEnd(
  db: DbClient,
  actorInput: CurrentUser | null,
  subscriptionId: unknown,
  now: Date = new Date(),
): Promise<ManageResult> {
  const { actor, subscription } = await ownSubscription(db, actorInput, subscriptionId);
  if (!live(subscription, now))
    return { ok: false, errors: { form: "This subscription has already ended." } };
  if (subscription.cancelAtPeriodEnd)
    return { ok: true, message: "Your subscription is already set to end; nothing changed." };
  // Two clicks at once both get past the check above; the provider changes the flag once
  // and says so through its callback, so the email goes out once.
  let changed = false;
  await providerFor(db, subscription.provider, () => now).setCancelAtPeriodEnd(
    subscription,
    true,
    actor.id,
    async () => {
      changed = true;
    },
  );
  if (changed)
    await sendCancellation(actor, {
      planName: subscription.plan.name,
      accessUntil: subscription.currentPeriodEnd,
    });
  return { ok: true, message: "Cancelled. You keep full access until the end of the paid period." };
}

/** "Resume": undo a cancellation while the paid period lasts. */
export async function resumeSubscription(
  db: DbClient,
  actorInput: CurrentUser | null,
  subscriptionId: unknown,
  now: Date = new Date(),
): Promise<ManageResult> {
  const { actor, subscription } = await ownSubscription(db, actorInput, subscriptionId);
  if (!live(subscription, now))
    return {
      ok: false,
      errors: {
        form: "This subscription has ended and cannot be resumed. Subscribe again instead.",
      },
    };
  if (!subscription.cancelAtPeriodEnd)
    return { ok: true, message: "Your subscription is already set to renew; nothing changed." };
  if (subscription.provider === "gift")
    return {
      ok: false,
      errors: {
        form: "A gift subscription ends on its date and cannot renew. Subscribe to keep reading after it.",
      },
    };
  await providerFor(db, subscription.provider, () => now).setCancelAtPeriodEnd(
    subscription,
    false,
    actor.id,
  );
  return { ok: true, message: "Resumed. Your subscription will renew as before." };
}

/**
 * "Cancel and refund" (the 60-day money-back guarantee): ends access now and refunds
 * every payment in full. Refund totals are recorded as totals, and the provider refunds
 * with one idempotency key per payment, so a repeated click never refunds twice.
 */
export async function cancelAndRefund(
  db: DbClient,
  actorInput: CurrentUser | null,
  subscriptionId: unknown,
  now: Date = new Date(),
): Promise<ManageResult> {
  const { actor, subscription } = await ownSubscription(db, actorInput, subscriptionId);
  if (subscription.status === "CANCELED")
    return { ok: false, errors: { form: "This subscription has already ended." } };
  if (!withinGuarantee(subscription.firstPaidAt, now))
    return {
      ok: false,
      errors: {
        form: "The 60-day money-back guarantee has passed for this subscription. You can still cancel; access lasts to the end of the paid period.",
      },
    };
  const payments = await db.payment.findMany({
    where: { subscriptionId: subscription.id, status: "PAID" },
    select: {
      id: true,
      amount: true,
      refundedAmount: true,
      currency: true,
      providerPaymentId: true,
      providerChargeId: true,
    },
    take: 100,
  });
  const refundable = payments.filter((payment) => payment.refundedAmount < payment.amount);
  await providerFor(db, subscription.provider, () => now).cancelNowAndRefund(
    subscription,
    refundable,
    actor.id,
  );
  const refunded = refundable.reduce((sum, p) => sum + (p.amount - p.refundedAmount), 0);
  await sendRefund(actor, {
    amount: refunded,
    currency: refundable[0]?.currency ?? "usd",
    planName: subscription.plan.name,
    accessEnded: true,
  });
  return {
    ok: true,
    message: "Your subscription has ended and your payments have been refunded in full.",
  };
}

/** The print edition's address, changed from /account. */
export async function updateAddress(
  db: DbClient,
  actor: CurrentUser | null,
  input: Record<string, unknown>,
): Promise<ManageResult> {
  assertCan(actor, "account:manage", "Sign in to change your address.");
  const parsed = AddressSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  await db.address.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, ...parsed.data },
    update: parsed.data,
  });
  return { ok: true, message: "Address saved. The next issue goes there." };
}
