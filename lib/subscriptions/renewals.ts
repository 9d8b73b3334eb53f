import type { DbClient } from "../db-client";
import { periodEnd } from "./billing-period";
import { failsOnRenewal } from "./demo-cards";
import { intervalWord } from "./plans";
import { recordSubscriptionEvent } from "./subscription-events";
import { sendPaymentFailed, sendReceipt } from "./subscription-emails";
import { discountOn, nextCharge, paymentDiscountLabel } from "../offers/discount";
import { formatMoney } from "./money";

/** Subscriptions handled per tick; the next tick takes the rest. */
const BATCH = 100;

/**
 * The scheduler's billing step for subscriptions run here (demo and complimentary; Stripe
 * renews its own and tells us by webhook). At the end of a period: a subscription set to
 * cancel ends; any other is charged again on the card it was bought with and moves on one
 * period, or becomes PAST_DUE when the card fails. Safe to run twice at once: each period
 * end is claimed by a conditional update, and the renewal payment id is derived from it.
 *
 * A free trial (TRIALING) ends the same way: cancelled during the trial, it ends without a
 * charge; otherwise its first charge is taken now, and a declined card makes it PAST_DUE
 * like a failed renewal. Each charge takes the subscription's offer discount while
 * discounted charges are left; only a successful one uses one of them up.
 */
export async function renewDueSubscriptions(db: DbClient, now: Date = new Date()) {
  const due = await db.subscription.findMany({
    where: {
      provider: { not: "stripe" },
      status: { in: ["ACTIVE", "TRIALING"] },
      currentPeriodEnd: { lte: now },
    },
    orderBy: { currentPeriodEnd: "asc" },
    take: BATCH,
    select: {
      id: true,
      userId: true,
      provider: true,
      status: true,
      cardLast4: true,
      discountAmount: true,
      discountPeriodsLeft: true,
      offer: {
        select: {
          code: true,
          kind: true,
          percentOff: true,
          amountOff: true,
          duration: true,
          durationPeriods: true,
          // the plans it is for: a plan change keeps the discount only onto one of them
          plans: { select: { planId: true }, take: 50 },
        },
      },
      cancelAtPeriodEnd: true,
      currentPeriodEnd: true,
      priceAmount: true,
      currency: true,
      plan: { select: { name: true, interval: true } },
      // a plan change an admin scheduled for the next period (lib/admin/change-plan.ts)
      nextPlan: {
        select: { id: true, name: true, interval: true, priceAmount: true, currency: true },
      },
      user: { select: { email: true, name: true, deletedAt: true } },
      payments: {
        where: { status: "PAID" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { cardLast4: true },
      },
    },
  });
  const outcomes: { subscriptionId: string; outcome: "ended" | "renewed" | "failed" }[] = [];
  for (const subscription of due) {
    // Gifts (lib/gifts) are set to end too; the provider check holds even if that flag is lost.
    const ends =
      subscription.cancelAtPeriodEnd ||
      subscription.provider === "complimentary" ||
      subscription.provider === "gift";
    const trial = subscription.status === "TRIALING";
    const claim = {
      id: subscription.id,
      status: subscription.status,
      currentPeriodEnd: subscription.currentPeriodEnd,
    };
    if (ends || subscription.user.deletedAt) {
      const ended = await db.$transaction(async (tx) => {
        const { count } = await tx.subscription.updateMany({
          where: claim,
          data: { status: "CANCELED", endedAt: subscription.currentPeriodEnd },
        });
        if (count === 1)
          await recordSubscriptionEvent(
            tx,
            subscription.id,
            trial ? "trial.ended" : "ended",
            trial ? "The free trial ended; nothing was charged." : "The paid period ended.",
          );
        return count === 1;
      });
      if (ended) outcomes.push({ subscriptionId: subscription.id, outcome: "ended" });
      continue;
    }

    const start = subscription.currentPeriodEnd;
    // The new period is the next plan's, at that plan's price as it is now.
    const next = subscription.nextPlan;
    const plan = next ?? subscription.plan;
    const price = next
      ? { amount: next.priceAmount, currency: next.currency }
      : { amount: subscription.priceAmount, currency: subscription.currency };
    const end = periodEnd(start, plan.interval);
    const cardLast4 = subscription.cardLast4 ?? subscription.payments[0]?.cardLast4 ?? null;
    const declined = failsOnRenewal(cardLast4);
    const reason = declined ? "Your card was declined." : null;
    // The discount was worked out on the old plan's price. On a plan change it is worked
    // out again on the new price, and only if the offer is for the new plan.
    const offer = subscription.offer;
    const discountAmount = !next
      ? subscription.discountAmount
      : offer && offer.plans.some((link) => link.planId === next.id)
        ? discountOn(offer, next.priceAmount)
        : 0;
    const charge = nextCharge({
      priceAmount: price.amount,
      discountAmount,
      discountPeriodsLeft: subscription.discountPeriodsLeft,
    });
    const discountLabel =
      charge.discount === 0
        ? null
        : subscription.offer
          ? paymentDiscountLabel(subscription.offer, price.currency)
          : "Discount";
    const payment = await db.$transaction(async (tx) => {
      const { count } = await tx.subscription.updateMany({
        // Not if it was cancelled since it was read: a cancelled trial is never charged.
        where: { ...claim, cancelAtPeriodEnd: false },
        data: declined
          ? { status: "PAST_DUE" }
          : {
              status: "ACTIVE",
              currentPeriodStart: start,
              currentPeriodEnd: end,
              discountPeriodsLeft: charge.periodsLeft,
              ...(trial && { firstPaidAt: now }),
              ...(next && {
                planId: next.id,
                priceAmount: price.amount,
                currency: price.currency,
                nextPlanId: null,
                discountAmount,
              }),
            },
      });
      if (count === 0) return null;
      const row = await tx.payment.create({
        data: {
          subscriptionId: subscription.id,
          userId: subscription.userId,
          amount: charge.amount,
          currency: price.currency,
          status: declined ? "FAILED" : "PAID",
          providerPaymentId: `demo_renew_${subscription.id}_${start.getTime()}`,
          description: `${plan.name}, one ${intervalWord(plan.interval)} (${trial ? "first payment after the free trial" : "renewal"})`,
          periodStart: start,
          periodEnd: end,
          cardLast4,
          failureMessage: reason,
          discountAmount: charge.discount,
          discountLabel,
          createdAt: now,
        },
      });
      await recordSubscriptionEvent(
        tx,
        subscription.id,
        declined ? "payment.failed" : trial ? "trial.converted" : "renewed",
        declined
          ? `${trial ? "First payment after the free trial" : "Renewal payment"} declined (card ending ${cardLast4}).`
          : trial
            ? `Free trial ended; charged ${formatMoney(charge.amount, price.currency)}.`
            : "Renewed for another period.",
      );
      if (next && !declined)
        await recordSubscriptionEvent(tx, subscription.id, "plan.changed", `Now on ${next.name}.`);
      return row;
    });
    if (!payment) continue;
    if (declined) {
      await sendPaymentFailed(subscription.user, {
        amount: payment.amount,
        currency: payment.currency,
        planName: plan.name,
        reason,
      });
    } else {
      await sendReceipt(subscription.user, payment);
    }
    outcomes.push({ subscriptionId: subscription.id, outcome: declined ? "failed" : "renewed" });
  }
  return outcomes;
}
