import type Stripe from "stripe";
import type { TransactionClient } from "../db-client";
import { lockStripeSubscription } from "../db-locks";
import { formatLongDate } from "../text/format-date";
import { StripeSubscriptionSchema, type SubscriptionSnapshot } from "./stripe-objects";
import { recordSubscriptionEvent } from "./subscription-events";

/**
 * Applies what Stripe says about a subscription to our copy. One function for every door:
 * webhooks, and the provider's own calls (cancel, resume, refund) which apply Stripe's
 * answer at once so the account page is right before the webhook arrives.
 */

/** Where a snapshot comes from; `created` is the oldest state a subscription can have. */
export type SnapshotSource = "created" | "updated" | "deleted" | "fetched" | "local";

export type SnapshotResult =
  | { outcome: "applied" | "unchanged" | "stale"; subscriptionId: string }
  | { outcome: "unresolved" };

/**
 * Our clock, to the second like Stripe's event times. An answer the provider received now
 * is marked with it, so events created before it are ignored, while an event created in
 * the same second (equal time) is still applied.
 */
export const stripeNow = () => new Date(Math.floor(Date.now() / 1000) * 1000);

/**
 * Upserts our Subscription for `snapshot`, as of `at` (the event's creation time).
 * Older news never overwrites newer: a snapshot older than the last one applied is
 * stale; at equal time a `created` snapshot is stale, and CANCELED is never undone
 * (Stripe cannot revive a cancelled subscription either).
 */
export async function applySubscriptionSnapshot(
  tx: TransactionClient,
  snapshot: SubscriptionSnapshot,
  at: Date,
  source: SnapshotSource,
  actorId: string | null = null,
): Promise<SnapshotResult> {
  // Locked before it is read (PostgreSQL only; lib/db-locks.ts). At READ COMMITTED two
  // events for one subscription applied at once (two servers, or a webhook beside the
  // provider's own call) would both read the same providerUpdatedAt, and the older
  // snapshot could be written last, undoing the newer one. Locked, the second waits and
  // then reads what the first wrote, so the staleness check below sees it. (Two creations
  // of one subscription meet on the unique providerSubscriptionId instead: P2002, retried.)
  await lockStripeSubscription(tx, snapshot.id);
  const existing = await tx.subscription.findUnique({
    where: { providerSubscriptionId: snapshot.id },
    select: {
      id: true,
      status: true,
      cancelAtPeriodEnd: true,
      currentPeriodEnd: true,
      providerUpdatedAt: true,
    },
  });
  if (!existing) return createFromSnapshot(tx, snapshot, at, actorId);

  const last = existing.providerUpdatedAt?.getTime() ?? 0;
  const sameTime = at.getTime() === last;
  if (at.getTime() < last || (sameTime && source === "created"))
    return { outcome: "stale", subscriptionId: existing.id };
  const wasCanceled = existing.status === "CANCELED";
  if (sameTime && wasCanceled) return { outcome: "stale", subscriptionId: existing.id };

  const status = wasCanceled ? "CANCELED" : snapshot.status;
  await tx.subscription.update({
    where: { id: existing.id },
    data: {
      status,
      ...(snapshot.priceAmount === null ? {} : { priceAmount: snapshot.priceAmount }),
      currency: snapshot.currency,
      currentPeriodStart: snapshot.periodStart,
      currentPeriodEnd: snapshot.periodEnd,
      cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd,
      canceledAt: snapshot.canceledAt,
      endedAt: snapshot.endedAt,
      trialEnd: snapshot.trialEnd,
      providerUpdatedAt: at,
    },
  });

  let changed = false;
  const note = async (kind: Parameters<typeof recordSubscriptionEvent>[2], detail: string) => {
    changed = true;
    await recordSubscriptionEvent(tx, existing.id, kind, detail, actorId);
  };
  if (status !== existing.status) {
    if (status === "CANCELED") await note("canceled", "Ended in Stripe.");
    else await note("provider.updated", `Status ${existing.status} → ${status} in Stripe.`);
  }
  if (status !== "CANCELED" && snapshot.cancelAtPeriodEnd !== existing.cancelAtPeriodEnd)
    await note(
      snapshot.cancelAtPeriodEnd ? "cancel.scheduled" : "cancel.undone",
      snapshot.cancelAtPeriodEnd
        ? "Will end at the close of the paid period."
        : "Will renew again.",
    );
  if (status !== "CANCELED" && snapshot.periodEnd > existing.currentPeriodEnd)
    await note("renewed", `Paid period now runs to ${formatLongDate(snapshot.periodEnd)}.`);
  return { outcome: changed ? "applied" : "unchanged", subscriptionId: existing.id };
}

async function createFromSnapshot(
  tx: TransactionClient,
  snapshot: SubscriptionSnapshot,
  at: Date,
  actorId: string | null,
): Promise<SnapshotResult> {
  // Our checkout puts userId and planId in the subscription's metadata; a subscription made
  // some other way (the dashboard) is matched by its customer and price instead.
  const user =
    (snapshot.metadata.userId &&
      (await tx.user.findUnique({
        where: { id: snapshot.metadata.userId },
        select: { id: true },
      }))) ||
    (await tx.user.findUnique({
      where: { stripeCustomerId: snapshot.customerId },
      select: { id: true },
    }));
  const plan =
    (snapshot.metadata.planId &&
      (await tx.plan.findUnique({
        where: { id: snapshot.metadata.planId },
        select: { id: true, priceAmount: true },
      }))) ||
    (await tx.plan.findUnique({
      where: { stripePriceId: snapshot.priceId },
      select: { id: true, priceAmount: true },
    }));
  if (!user || !plan) return { outcome: "unresolved" };

  const created = await tx.subscription.create({
    data: {
      userId: user.id,
      planId: plan.id,
      provider: "stripe",
      providerSubscriptionId: snapshot.id,
      status: snapshot.status,
      priceAmount: snapshot.priceAmount ?? plan.priceAmount,
      currency: snapshot.currency,
      currentPeriodStart: snapshot.periodStart,
      currentPeriodEnd: snapshot.periodEnd,
      cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd,
      canceledAt: snapshot.canceledAt,
      endedAt: snapshot.endedAt,
      trialEnd: snapshot.trialEnd,
      providerUpdatedAt: at,
    },
    select: { id: true },
  });
  // Stripe has given this reader a trial: it is their one trial (lib/subscriptions/trials.ts).
  if (snapshot.trialEnd)
    await tx.user.updateMany({
      where: { id: user.id, trialUsedAt: null },
      data: { trialUsedAt: at },
    });
  if (snapshot.metadata.checkoutId)
    await tx.checkoutSession.updateMany({
      where: { id: snapshot.metadata.checkoutId, userId: user.id, subscriptionId: null },
      data: { subscriptionId: created.id },
    });
  await recordSubscriptionEvent(
    tx,
    created.id,
    "provider.updated",
    `Subscription created in Stripe (${snapshot.status}).`,
    actorId,
  );
  if (snapshot.status === "CANCELED")
    await recordSubscriptionEvent(tx, created.id, "canceled", "Ended in Stripe.", actorId);
  return { outcome: "applied", subscriptionId: created.id };
}

/** Parses a subscription object from the API or an event, whatever its API version. */
export function parseSubscription(object: unknown): SubscriptionSnapshot {
  return StripeSubscriptionSchema.parse(object);
}

/** The subscription as Stripe has it now, with the time to mark it applied at. */
export async function fetchSubscription(
  stripe: Stripe,
  id: string,
): Promise<{ snapshot: SubscriptionSnapshot; at: Date }> {
  const at = stripeNow();
  return { snapshot: parseSubscription(await stripe.subscriptions.retrieve(id)), at };
}
