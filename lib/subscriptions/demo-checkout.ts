import { fieldErrors } from "../forms/form-state";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { lockUser } from "../db-locks";
import { AppError } from "../errors";
import { periodEnd } from "./billing-period";
import { getEntitlement } from "./entitlements";
import { getOwnCheckout } from "./checkout";
import { cardSchema, demoDecline } from "./demo-cards";
import { formatMoney } from "./money";
import { intervalWord } from "./plans";
import { recordSubscriptionEvent } from "./subscription-events";
import { sendReceipt } from "./subscription-emails";
import { claimTrial, trialEnd } from "./trials";
import {
  describeOffer,
  discountedCharges,
  discountOn,
  nextCharge,
  paymentDiscountLabel,
} from "../offers/discount";
import { redeemOffer } from "../offers/redeem-offer";
import { formatLongDate } from "../text/format-date";

export type DemoPayResult =
  { ok: true; subscriptionId: string } | { ok: false; errors: Record<string, string> };

/**
 * Pays a demo checkout with a test card. Declined cards leave nothing behind. Paying the
 * same checkout twice (double click, back and resubmit) creates one subscription and one
 * payment: the checkout moves from OPEN to COMPLETE exactly once, in the same transaction.
 * A trial checkout takes the card (kept on the subscription) and charges nothing until the
 * trial ends (lib/subscriptions/renewals.ts); an offer is redeemed in the same transaction.
 */
export async function payDemoCheckout(
  db: DbClient,
  actor: CurrentUser | null,
  input: { checkoutId: string; card: Record<string, unknown> },
  now: Date = new Date(),
): Promise<DemoPayResult> {
  assertCan(actor, "account:manage", "Sign in to subscribe.");
  const checkout = await getOwnCheckout(db, actor, input.checkoutId);
  if (checkout.provider !== "demo") throw new AppError("NOT_FOUND", "There is no such checkout.");
  if (checkout.status === "COMPLETE" && checkout.subscriptionId)
    return { ok: true, subscriptionId: checkout.subscriptionId };
  if (checkout.status !== "OPEN" || checkout.expiresAt <= now)
    return {
      ok: false,
      errors: { form: "This checkout has expired. Choose your plan again to start a new one." },
    };

  const parsed = cardSchema(now).safeParse(input.card);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const decline = demoDecline(parsed.data.cardNumber);
  if (decline) return { ok: false, errors: { cardNumber: decline, form: decline } };

  const { plan, offer } = checkout;
  const cardLast4 = parsed.data.cardNumber.slice(-4);
  // The trial was decided when the checkout opened; a plan since set to 0 days has none.
  const trialEnds = checkout.withTrial && plan.trialDays > 0 ? trialEnd(now, plan.trialDays) : null;
  const end = trialEnds ?? periodEnd(now, plan.interval);
  // The discount is fixed now; the first charge (today, or when the trial ends) takes it.
  const discount = offer ? discountOn(offer, plan.priceAmount) : 0;
  const terms = {
    offerId: offer?.id ?? null,
    discountAmount: discount,
    discountPeriodsLeft: offer ? discountedCharges(offer) : null,
  };
  const charge = trialEnds ? null : nextCharge({ priceAmount: plan.priceAmount, ...terms });
  const label = offer && discount > 0 ? paymentDiscountLabel(offer, plan.currency) : null;
  let outcome;
  try {
    outcome = await db.$transaction(async (tx) => {
      // The reader's row is locked first (PostgreSQL only; lib/db-locks.ts). Two checkouts
      // for two plans (two tabs) each claim their own checkout row, so nothing below would
      // otherwise make the second wait: at READ COMMITTED both would find no subscription
      // and both charge. Locked, the second waits for the first to commit and then sees its
      // subscription. SQLite's one writer already serializes them.
      await lockUser(tx, actor.id);
      const claimed = await tx.checkoutSession.updateMany({
        where: { id: checkout.id, status: "OPEN" },
        data: { status: "COMPLETE" },
      });
      if (claimed.count === 0) {
        // Another submission of this checkout won the race; answer with its subscription.
        const done = await tx.checkoutSession.findUniqueOrThrow({
          where: { id: checkout.id },
          select: { subscriptionId: true },
        });
        return { subscriptionId: done.subscriptionId!, payment: null };
      }
      // Checked again here, not only when the checkout opened: two checkouts opened in two
      // tabs (for two plans) must not both be paid.
      if ((await getEntitlement(tx, actor.id, now)).subscriber)
        throw new AppError(
          "CONFLICT",
          "You already have a subscription (perhaps from another tab). Nothing was charged; manage it from your account page.",
        );
      const subscription = await tx.subscription.create({
        data: {
          userId: actor.id,
          planId: plan.id,
          provider: "demo",
          providerSubscriptionId: `demo_sub_${checkout.id}`,
          status: trialEnds ? "TRIALING" : "ACTIVE",
          priceAmount: plan.priceAmount,
          currency: plan.currency,
          currentPeriodStart: now,
          currentPeriodEnd: end,
          trialEnd: trialEnds,
          firstPaidAt: trialEnds ? null : now,
          cardLast4,
          ...terms,
          ...(charge && { discountPeriodsLeft: charge.periodsLeft }),
        },
        select: { id: true },
      });
      if (trialEnds) await claimTrial(tx, actor.id, now);
      if (offer)
        await redeemOffer(
          tx,
          { offerId: offer.id, userId: actor.id, subscriptionId: subscription.id },
          now,
        );
      const payment = charge
        ? await tx.payment.create({
            data: {
              subscriptionId: subscription.id,
              userId: actor.id,
              amount: charge.amount,
              currency: plan.currency,
              status: "PAID",
              providerPaymentId: `demo_pay_${checkout.id}`,
              description: `${plan.name}, one ${intervalWord(plan.interval)}`,
              periodStart: now,
              periodEnd: end,
              cardLast4,
              discountAmount: charge.discount,
              discountLabel: charge.discount > 0 ? label : null,
              createdAt: now,
            },
          })
        : null;
      await tx.checkoutSession.update({
        where: { id: checkout.id },
        data: { subscriptionId: subscription.id },
      });
      await recordSubscriptionEvent(
        tx,
        subscription.id,
        trialEnds ? "trial.started" : "checkout.completed",
        trialEnds
          ? `Started a ${plan.trialDays}-day free trial of ${plan.name}, until ${formatLongDate(trialEnds)}; the card ending ${cardLast4} is charged then unless cancelled (test mode).`
          : `Subscribed to ${plan.name}; paid ${formatMoney(charge!.amount, plan.currency)} with the card ending ${cardLast4} (test mode).`,
        actor.id,
      );
      if (offer)
        await recordSubscriptionEvent(
          tx,
          subscription.id,
          "offer.redeemed",
          `Offer ${offer.code}: ${describeOffer(offer, plan.currency)} (${formatMoney(discount, plan.currency)} off each discounted payment).`,
          actor.id,
        );
      return { subscriptionId: subscription.id, payment };
    });
  } catch (error) {
    // Another checkout took the trial, the offer or the subscription itself meanwhile:
    // nothing was written.
    if (error instanceof AppError && error.code === "CONFLICT")
      return { ok: false, errors: { form: error.message } };
    throw error;
  }
  if (outcome.payment) await sendReceipt(actor, outcome.payment);
  return { ok: true, subscriptionId: outcome.subscriptionId };
}
