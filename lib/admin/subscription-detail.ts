import type { Actor } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { isLiveSubscription, withinGuarantee } from "../subscriptions/billing-period";
import { formatMoney } from "../subscriptions/money";
import { postalAddressSelect } from "../subscriptions/address-schema";
import { assertSubscriptionAdmin } from "./subscription-admin";

/** How many entries of each kind the timeline reads, and shows after merging. */
export const TIMELINE_LIMIT = 100;
export const PAYMENTS_LIMIT = 50;

export type TimelineEntry = {
  id: string;
  at: Date;
  source: "event" | "payment" | "admin";
  title: string;
  detail: string;
  actorName: string | null;
};

/** Audit actions as an admin reads them in the timeline. */
const AUDIT_TITLES: Record<string, string> = {
  "subscription.comp-grant": "Complimentary months given",
  "subscription.comp-extend": "Complimentary months added",
  "subscription.change-plan": "Plan change scheduled",
  "subscription.cancel-now": "Cancelled now by an admin",
  "subscription.cancel-at-period-end": "Set to end with its period by an admin",
  "payment.refund": "Refund by an admin",
};

function auditDetail(after: string | null): string {
  if (!after) return "";
  try {
    const parsed = JSON.parse(after) as Record<string, unknown>;
    const parts: string[] = [];
    if (typeof parsed.amount === "number" && typeof parsed.currency === "string")
      parts.push(formatMoney(parsed.amount, parsed.currency));
    if (typeof parsed.months === "number") parts.push(`${parsed.months} months`);
    if (typeof parsed.reason === "string") parts.push(`Reason: ${parsed.reason}`);
    return parts.join(" · ");
  } catch {
    return "";
  }
}

/**
 * Everything /admin/subscriptions/<id> shows: the reader, plan, period, print address,
 * payments, and one timeline merged by time from the subscription's events (checkout,
 * renewals, provider webhooks), its payments and the admin actions audited against it.
 * Each source is read newest first and capped, so a long-lived subscription stays cheap.
 */
export async function getSubscriptionDetail(
  db: DbClient,
  actor: Actor | null,
  subscriptionId: string,
  now: Date = new Date(),
) {
  assertSubscriptionAdmin(actor);
  const subscription = await db.subscription.findUnique({
    where: { id: subscriptionId },
    select: {
      id: true,
      provider: true,
      status: true,
      complimentary: true,
      priceAmount: true,
      currency: true,
      currentPeriodStart: true,
      currentPeriodEnd: true,
      cancelAtPeriodEnd: true,
      canceledAt: true,
      endedAt: true,
      firstPaidAt: true,
      trialEnd: true,
      discountAmount: true,
      discountPeriodsLeft: true,
      offer: { select: { code: true } },
      createdAt: true,
      planId: true,
      plan: { select: { name: true, interval: true, includesPrint: true } },
      nextPlan: { select: { name: true, priceAmount: true, currency: true } },
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          deletedAt: true,
          address: { select: postalAddressSelect },
        },
      },
    },
  });
  if (!subscription) throw new AppError("NOT_FOUND", "There is no such subscription.");

  const [payments, events, audits, plans] = await Promise.all([
    db.payment.findMany({
      where: { subscriptionId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAYMENTS_LIMIT,
      select: {
        id: true,
        amount: true,
        refundedAmount: true,
        currency: true,
        status: true,
        description: true,
        cardLast4: true,
        failureMessage: true,
        discountAmount: true,
        discountLabel: true,
        createdAt: true,
      },
    }),
    db.subscriptionEvent.findMany({
      where: { subscriptionId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT,
      select: { id: true, kind: true, detail: true, actorId: true, createdAt: true },
    }),
    db.auditEntry.findMany({
      where: { targetType: "Subscription", targetId: subscriptionId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT,
      select: {
        id: true,
        action: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
    db.plan.findMany({
      where: { OR: [{ retiredAt: null }, { id: subscription.planId }] },
      orderBy: [{ position: "asc" }, { priceAmount: "asc" }],
      select: { id: true, name: true, priceAmount: true, currency: true, interval: true },
      take: 50,
    }),
  ]);

  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const actors = new Map(
    (
      await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    ).map((user) => [user.id, user.name]),
  );
  const timeline: TimelineEntry[] = [
    ...events.map((event) => ({
      id: `event-${event.id}`,
      at: event.createdAt,
      source: "event" as const,
      title: event.kind,
      detail: event.detail,
      actorName: event.actorId ? (actors.get(event.actorId) ?? null) : null,
    })),
    ...payments.map((payment) => ({
      id: `payment-${payment.id}`,
      at: payment.createdAt,
      source: "payment" as const,
      title: payment.status === "PAID" ? "Payment received" : "Payment failed",
      detail: `${formatMoney(payment.amount, payment.currency)} · ${payment.description}${payment.discountAmount > 0 ? ` · ${payment.discountLabel ?? "Discount"} −${formatMoney(payment.discountAmount, payment.currency)}` : ""}${payment.failureMessage ? ` · ${payment.failureMessage}` : ""}`,
      actorName: null,
    })),
    ...audits.map((entry) => ({
      id: `audit-${entry.id}`,
      at: entry.createdAt,
      source: "admin" as const,
      title: AUDIT_TITLES[entry.action] ?? entry.action,
      detail: auditDetail(entry.after),
      actorName: entry.actor?.name ?? null,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, TIMELINE_LIMIT);

  return {
    subscription: {
      ...subscription,
      guarantee: withinGuarantee(subscription.firstPaidAt, now),
      live: isLiveSubscription(subscription, now),
    },
    payments: payments.map((payment) => ({
      ...payment,
      refundable: payment.status === "PAID" ? payment.amount - payment.refundedAmount : 0,
    })),
    timeline,
    plans,
  };
}
