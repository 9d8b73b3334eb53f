import { createHash } from "node:crypto";
import Stripe from "stripe";
import type { DbClient, TransactionClient } from "../db-client";
import { lockStripeSubscription } from "../db-locks";
import { AppError } from "../errors";
import { claimRequest, wasProcessed } from "../idempotency/processed-requests";
import { formatMoney } from "./money";
import { moveRefundedTotal, recordRefundTotal } from "./payments";
import type { PlanView } from "./plans";
import type { PaymentProvider, RefundablePayment, SubscriptionRef } from "./provider";
import { refundTarget, type SubscriptionSnapshot } from "./stripe-objects";
import { runSerially, TX_OPTIONS, withTransientRetry } from "./stripe-serial";
import { applySubscriptionSnapshot, parseSubscription, stripeNow } from "./stripe-sync";
import { recordSubscriptionEvent } from "./subscription-events";
import { ensureStripePromotionCode } from "../offers/stripe-offers";

/**
 * Payments through Stripe: Checkout in subscription mode, the Customer Portal for cards,
 * and cancellations and refunds made through the API. What Stripe answers is applied to
 * our database at once, through the same function the webhooks use, so the account page
 * is right immediately and the webhook that follows changes nothing.
 */
export function createStripeProvider(db: DbClient, stripe: Stripe): PaymentProvider {
  /**
   * The reader's Stripe customer, created on their first checkout and reused after. Two
   * checkouts started at once send the same idempotency key, so Stripe answers both with
   * one customer; the conditional update keeps the first stored one if keys ever differ.
   */
  async function customerFor(user: { id: string; email: string; name: string }) {
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { stripeCustomerId: true },
    });
    if (stored.stripeCustomerId) return stored.stripeCustomerId;
    const params = { email: user.email, name: user.name, metadata: { userId: user.id } };
    // Stripe refuses a key reused with other parameters (a name changed in between), so the
    // parameters are part of the key.
    const digest = createHash("sha256").update(JSON.stringify(params)).digest("hex").slice(0, 16);
    const customer = await stripe.customers.create(params, {
      idempotencyKey: `customer-${user.id}-${digest}`,
    });
    const claimed = await db.user.updateMany({
      where: { id: user.id, stripeCustomerId: null },
      data: { stripeCustomerId: customer.id },
    });
    if (claimed.count === 1) return customer.id;
    const winner = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { stripeCustomerId: true },
    });
    return winner.stripeCustomerId ?? customer.id;
  }

  /** Applies Stripe's answers in one transaction, queued with the webhooks. */
  function applyLocally<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return runSerially(() => withTransientRetry(() => db.$transaction(work, TX_OPTIONS)));
  }

  /** The charge or payment intent that paid an invoice, asked of Stripe when we lack it. */
  async function paymentRefOf(payment: RefundablePayment): Promise<string> {
    if (payment.providerChargeId) return payment.providerChargeId;
    const list = await stripe.invoicePayments.list({
      invoice: payment.providerPaymentId,
      limit: 10,
    });
    const paid = list.data.find((p) => p.status === "paid") ?? list.data[0];
    const ref = paid?.payment.payment_intent ?? paid?.payment.charge;
    if (!ref) throw new Error(`Stripe has no payment for invoice ${payment.providerPaymentId}.`);
    return typeof ref === "string" ? ref : ref.id;
  }

  /** Refunds what is left of a payment. One key per payment: a retry never refunds twice. */
  async function refundInFull(payment: RefundablePayment): Promise<{ ref: string } | null> {
    const ref = await paymentRefOf(payment);
    try {
      const refund = await stripe.refunds.create(
        {
          ...refundTarget(ref),
          reason: "requested_by_customer",
          metadata: { paymentId: payment.id },
        },
        { idempotencyKey: `refund-${payment.id}` },
      );
      return refund.status === "failed" || refund.status === "canceled" ? null : { ref };
    } catch (error) {
      // Stripe forgets idempotency keys after a day; a later retry hears this instead.
      if (isStripeError(error, "charge_already_refunded")) return { ref };
      throw error;
    }
  }

  async function cancelInStripe(subscription: SubscriptionRef, stripeId: string) {
    try {
      return await stripe.subscriptions.cancel(
        stripeId,
        {},
        {
          idempotencyKey: `cancel-${subscription.id}`,
        },
      );
    } catch (error) {
      // Cancelling twice is an error at Stripe; already cancelled is what we wanted.
      if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
      const current = await stripe.subscriptions.retrieve(stripeId);
      if (current.status !== "canceled") throw error;
      return current;
    }
  }

  return {
    name: "stripe",

    async beginCheckout({ checkoutId, user, plan, trialDays, offerId, successUrl, cancelUrl }) {
      const customer = await customerFor(user);
      const metadata = { userId: user.id, planId: plan.id, checkoutId };
      // The offer's promotion code is applied for the reader (they typed it or followed its
      // link already); Stripe then discounts the first invoice(s), after any trial.
      const promotionCode = offerId ? await ensureStripePromotionCode(db, stripe, offerId) : null;
      const session = await stripe.checkout.sessions.create(
        {
          mode: "subscription",
          customer,
          client_reference_id: checkoutId,
          line_items: [lineItem(plan)],
          subscription_data: {
            metadata,
            ...(trialDays ? { trial_period_days: trialDays } : {}),
          },
          ...(promotionCode ? { discounts: [{ promotion_code: promotionCode }] } : {}),
          metadata,
          success_url: successUrl,
          cancel_url: cancelUrl,
        },
        { idempotencyKey: `checkout-${checkoutId}` },
      );
      if (!session.url) throw new Error("Stripe returned a checkout session without a URL.");
      await db.checkoutSession.update({
        where: { id: checkoutId },
        data: { providerSessionId: session.id },
      });
      return session.url;
    },

    async setCancelAtPeriodEnd(subscription, cancel, actorId, inTransaction) {
      const stripeId = stripeIdOf(subscription);
      const at = stripeNow();
      const updated = await stripe.subscriptions
        .update(stripeId, { cancel_at_period_end: cancel })
        .catch(asConflict);
      const snapshot = parseSubscription(updated);
      await applyLocally(async (tx) => {
        // Read under the row's lock, so of two clicks at once only the first finds the flag
        // unchanged, and the caller's own rows and emails follow one change only.
        await lockStripeSubscription(tx, stripeId);
        const before = await tx.subscription.findUnique({
          where: { providerSubscriptionId: stripeId },
          select: { cancelAtPeriodEnd: true },
        });
        await applySubscriptionSnapshot(tx, snapshot, at, "local", actorId);
        if (before?.cancelAtPeriodEnd !== cancel) await inTransaction?.(tx);
      });
    },

    async cancelNow(subscription, actorId, inTransaction) {
      const stripeId = stripeIdOf(subscription);
      const at = stripeNow();
      const snapshot = parseSubscription(await cancelInStripe(subscription, stripeId));
      await applyLocally(async (tx) => {
        await applySubscriptionSnapshot(tx, snapshot, at, "local", actorId);
        await inTransaction?.(tx);
      });
    },

    async refundPayment(payment, amount, idempotencyKey, { actorId, inTransaction }) {
      // A repeat of a request already carried out does not reach Stripe at all (Stripe keeps
      // idempotency keys for a day only).
      if (await wasProcessed(db, idempotencyKey)) return { refunded: 0 };
      const ref = await paymentRefOf(payment);
      const refund = await stripe.refunds
        .create(
          {
            ...refundTarget(ref),
            amount,
            reason: "requested_by_customer",
            metadata: { paymentId: payment.id },
          },
          // Derived from the admin's request: a double click or retry is the same refund.
          { idempotencyKey },
        )
        .catch((error: unknown) => {
          if (error instanceof Stripe.errors.StripeInvalidRequestError)
            throw new AppError("CONFLICT", `Stripe refused the refund: ${error.message}`);
          throw error;
        });
      if (refund.status === "failed" || refund.status === "canceled")
        throw new AppError("CONFLICT", "Stripe could not make this refund.");
      const at = stripeNow();
      return applyLocally(async (tx) => {
        const first = await claimRequest(tx, {
          id: idempotencyKey,
          action: "payment.refund",
          actorId,
          targetId: payment.id,
        });
        if (!first) return { refunded: 0 };
        // Added to the total as stored now, so two different partial refunds at once both
        // count. Not read here and written later: on PostgreSQL two servers could read the
        // same total and the second write would drop the first refund; moveRefundedTotal
        // writes only over the total it read, else reads again. The charge.refunded webhook
        // later sets Stripe's own total, which corrects any drift (totals, not deltas).
        const refunded = await moveRefundedTotal(
          tx,
          payment.id,
          (current) => current.refundedAmount + refund.amount,
          at,
        );
        if (!payment.providerChargeId)
          await tx.payment.updateMany({
            where: { id: payment.id, providerChargeId: null },
            data: { providerChargeId: ref },
          });
        if (refunded > 0)
          await recordSubscriptionEvent(
            tx,
            payment.subscriptionId,
            "refunded",
            `Refunded ${formatMoney(refunded, payment.currency)} through Stripe.`,
            actorId,
          );
        await inTransaction?.(tx, refunded);
        return { refunded };
      });
    },

    async cancelNowAndRefund(subscription, payments, actorId) {
      const stripeId = stripeIdOf(subscription);
      const at = stripeNow();
      const refunded: Array<{ payment: RefundablePayment; ref: string }> = [];
      let snapshot: SubscriptionSnapshot | null = null;
      let failure: unknown = null;
      try {
        for (const payment of payments) {
          if (payment.refundedAmount >= payment.amount) continue;
          const done = await refundInFull(payment);
          if (done) refunded.push({ payment, ref: done.ref });
        }
        snapshot = parseSubscription(await cancelInStripe(subscription, stripeId));
      } catch (error) {
        failure = error;
      }
      // Whatever Stripe did before a failure is recorded, so the page shows the truth; the
      // retry then repeats nothing (same idempotency keys, refund totals not deltas).
      await applyLocally(async (tx) => {
        // Counted by what is new here, so a retried call does not log the refund twice.
        let newlyRefunded = 0;
        for (const { payment, ref } of refunded) {
          if ((await recordRefundTotal(tx, payment.id, payment.amount, at)) > 0) newlyRefunded++;
          if (!payment.providerChargeId)
            await tx.payment.updateMany({
              where: { id: payment.id, providerChargeId: null },
              data: { providerChargeId: ref },
            });
        }
        if (snapshot) await applySubscriptionSnapshot(tx, snapshot, at, "local", actorId);
        if (newlyRefunded > 0)
          await recordSubscriptionEvent(
            tx,
            subscription.id,
            "refunded",
            `Refunded ${newlyRefunded} payment${newlyRefunded === 1 ? "" : "s"} in full through Stripe.`,
            actorId,
          );
      });
      if (failure) throw failure;
    },

    async billingPortalUrl(userId, returnUrl) {
      const user = await db.user.findUnique({
        where: { id: userId },
        select: { stripeCustomerId: true },
      });
      if (!user?.stripeCustomerId) return null;
      const session = await stripe.billingPortal.sessions.create({
        customer: user.stripeCustomerId,
        return_url: returnUrl,
      });
      return session.url;
    },
  };
}

/** The plan's Stripe price when an admin set one, else the price described inline. */
function lineItem(plan: PlanView): Stripe.Checkout.SessionCreateParams.LineItem {
  if (plan.stripePriceId) return { price: plan.stripePriceId, quantity: 1 };
  return {
    quantity: 1,
    price_data: {
      currency: plan.currency,
      unit_amount: plan.priceAmount,
      recurring: { interval: plan.interval === "YEAR" ? "year" : "month" },
      product_data: { name: plan.name },
    },
  };
}

function stripeIdOf(subscription: SubscriptionRef): string {
  if (subscription.provider !== "stripe" || !subscription.providerSubscriptionId)
    throw new Error(`Subscription ${subscription.id} is not billed by Stripe.`);
  return subscription.providerSubscriptionId;
}

function isStripeError(error: unknown, code: string): boolean {
  return error instanceof Stripe.errors.StripeError && error.code === code;
}

/** Stripe refusing a change (the subscription ended meanwhile) is the reader's conflict. */
function asConflict(error: unknown): never {
  if (error instanceof Stripe.errors.StripeInvalidRequestError)
    throw new AppError("CONFLICT", "Stripe could not change this subscription; it may have ended.");
  throw error;
}
