import type Stripe from "stripe";
import type { DbClient, TransactionClient } from "../db-client";
import {
  applyGiftChargeRefunded,
  applyGiftSessionCompleted,
  isGiftSession,
} from "../gifts/gift-stripe";
import { recordRefundTotal } from "./payments";
import {
  StripeChargeSchema,
  StripeCheckoutSessionSchema,
  StripeInvoiceSchema,
  toDate,
  type InvoiceSnapshot,
  type SubscriptionSnapshot,
} from "./stripe-objects";
import { runSerially, TX_OPTIONS, withTransientRetry } from "./stripe-serial";
import { applySubscriptionSnapshot, fetchSubscription, parseSubscription } from "./stripe-sync";
import { sendPaymentFailed, sendReceipt, sendRefund } from "./subscription-emails";
import { recordSubscriptionEvent } from "./subscription-events";
import {
  describeOffer,
  discountedCharges,
  discountOn,
  paymentDiscountLabel,
} from "../offers/discount";

/**
 * Applies one verified Stripe event, exactly once: the event id is stored (WebhookEvent)
 * in the same transaction as its effect, so a redelivery, even a concurrent one, finds it
 * and changes nothing. Emails go out after the commit, and only for what newly happened.
 */
export type WebhookOutcome = "applied" | "duplicate" | "ignored";

const HANDLED = new Set([
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_failed",
  "charge.refunded",
]);

type Email = () => Promise<unknown>;
type Applied = { outcome: "applied" | "ignored"; emails: Email[] };

/**
 * Facts fetched from the API when the event alone is not enough. They are fetched outside
 * any transaction (a network call must not hold SQLite's write lock), then the event is
 * applied again from the start with them.
 */
type Fetched = {
  subscription?: { snapshot: SubscriptionSnapshot; at: Date };
  /** the invoice a payment intent paid; null when it paid none */
  invoiceOfPaymentIntent?: string | null;
};

/** Thrown inside the transaction (rolling it back) to ask for a fact from the API. */
class NeedsFetch extends Error {
  constructor(
    readonly what: "subscription" | "invoiceOfPaymentIntent",
    readonly id: string,
  ) {
    super(`needs ${what} ${id}`);
  }
}

/** An effect that cannot be applied yet; thrown so Stripe delivers the event again later. */
export class RetryLater extends Error {}

export async function handleStripeEvent(
  db: DbClient,
  event: Stripe.Event,
  stripe: Stripe,
): Promise<WebhookOutcome> {
  if (!HANDLED.has(event.type)) return "ignored";
  const result = await processEvent(db, event, stripe);
  if (result === "duplicate") return result;
  await sendAll(result.emails);
  return result.outcome;
}

async function processEvent(
  db: DbClient,
  event: Stripe.Event,
  stripe: Stripe,
): Promise<Applied | "duplicate"> {
  const fetched: Fetched = {};
  for (let round = 0; round < 3; round++) {
    try {
      // Only the transaction is queued; a fetch below does not hold up other events.
      return await runSerially(() =>
        withTransientRetry(() =>
          db.$transaction(async (tx) => {
            if (await tx.webhookEvent.findUnique({ where: { id: event.id }, select: { id: true } }))
              return "duplicate" as const;
            // The event id is claimed before its effect, in the same transaction. Two servers
            // given the same event at once both pass the check above on PostgreSQL (READ
            // COMMITTED); the second then waits here on the first's uncommitted key, fails
            // with a unique violation once it commits (P2002, retried from the start by
            // withTransientRetry) and finds the event done. Nothing of its work is kept.
            await tx.webhookEvent.create({
              data: { id: event.id, provider: "stripe", type: event.type },
            });
            return applyEvent(tx, event, fetched);
          }, TX_OPTIONS),
        ),
      );
    } catch (error) {
      if (!(error instanceof NeedsFetch)) throw error;
      if (error.what === "subscription")
        fetched.subscription = await fetchSubscription(stripe, error.id);
      else fetched.invoiceOfPaymentIntent = await invoiceOfPaymentIntent(stripe, error.id);
    }
  }
  throw new Error(`Stripe event ${event.id} still needed data after fetching it.`);
}

/**
 * The effect of one event, inside its transaction. An object that does not parse throws:
 * the delivery fails with a 500 and Stripe retries it, so a shape we do not understand is
 * seen in the log instead of an event silently lost.
 */
function applyEvent(
  tx: TransactionClient,
  event: Stripe.Event,
  fetched: Fetched,
): Promise<Applied> {
  const object: unknown = event.data.object;
  const at = toDate(event.created);
  switch (event.type) {
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return applySubscriptionEvent(tx, object, at, event.type);
    case "checkout.session.completed":
      // A gift is a one-off payment, not a subscription (lib/gifts/gift-stripe.ts).
      if (isGiftSession(object)) return applyGiftSessionCompleted(tx, object, at);
      return applyCheckoutCompleted(tx, object, fetched);
    case "invoice.paid":
      return applyInvoicePaid(tx, StripeInvoiceSchema.parse(object), at, fetched);
    case "invoice.payment_failed":
      return applyInvoiceFailed(tx, StripeInvoiceSchema.parse(object), at, fetched);
    case "charge.refunded":
      return applyChargeRefunded(tx, object, at, fetched);
    default:
      return Promise.resolve({ outcome: "ignored", emails: [] });
  }
}

async function applySubscriptionEvent(
  tx: TransactionClient,
  object: unknown,
  at: Date,
  type: string,
): Promise<Applied> {
  const source =
    type === "customer.subscription.created"
      ? "created"
      : type.endsWith("deleted")
        ? "deleted"
        : "updated";
  const result = await applySubscriptionSnapshot(tx, parseSubscription(object), at, source);
  const applied = result.outcome === "applied" || result.outcome === "unchanged";
  return { outcome: applied ? "applied" : "ignored", emails: [] };
}

/**
 * Our subscription for a Stripe subscription id. When we have none yet (its own event is
 * late), it is fetched from the API and created from that, marked with the fetch time so
 * the older events still on their way are then ignored.
 */
async function localSubscription(tx: TransactionClient, stripeId: string, fetched: Fetched) {
  const select = {
    id: true,
    userId: true,
    status: true,
    firstPaidAt: true,
    user: { select: { email: true, name: true, deletedAt: true } },
    plan: { select: { name: true } },
    offer: {
      select: {
        code: true,
        kind: true,
        percentOff: true,
        amountOff: true,
        duration: true,
        durationPeriods: true,
      },
    },
  } as const;
  const found = await tx.subscription.findUnique({
    where: { providerSubscriptionId: stripeId },
    select,
  });
  if (found) return found;
  if (fetched.subscription?.snapshot.id !== stripeId)
    throw new NeedsFetch("subscription", stripeId);
  const { snapshot, at } = fetched.subscription;
  const result = await applySubscriptionSnapshot(tx, snapshot, at, "fetched");
  if (result.outcome === "unresolved") return null;
  return tx.subscription.findUniqueOrThrow({ where: { id: result.subscriptionId }, select });
}

type LocalSubscription = NonNullable<Awaited<ReturnType<typeof localSubscription>>>;

/** The person to email about a subscription; nobody once they deleted their account. */
const recipient = (sub: Pick<LocalSubscription, "user">) =>
  sub.user.deletedAt ? null : { email: sub.user.email, name: sub.user.name };

async function applyCheckoutCompleted(
  tx: TransactionClient,
  object: unknown,
  fetched: Fetched,
): Promise<Applied> {
  const session = StripeCheckoutSessionSchema.parse(object);
  if (session.mode !== "subscription") return { outcome: "ignored", emails: [] };
  const checkout =
    (session.client_reference_id &&
      (await tx.checkoutSession.findUnique({ where: { id: session.client_reference_id } }))) ||
    (await tx.checkoutSession.findUnique({ where: { providerSessionId: session.id } }));
  if (!checkout) return { outcome: "ignored", emails: [] };
  const subscription = session.subscription
    ? await localSubscription(tx, session.subscription, fetched)
    : null;
  if (checkout.status === "COMPLETE" && checkout.subscriptionId === (subscription?.id ?? null))
    return { outcome: "ignored", emails: [] };
  await tx.checkoutSession.update({
    where: { id: checkout.id },
    data: {
      status: "COMPLETE",
      providerSessionId: checkout.providerSessionId ?? session.id,
      ...(subscription ? { subscriptionId: subscription.id } : {}),
    },
  });
  if (subscription) {
    await recordSubscriptionEvent(
      tx,
      subscription.id,
      "checkout.completed",
      "Paid through Stripe Checkout.",
    );
    if (checkout.offerId) await recordStripeRedemption(tx, checkout, subscription.id);
  }
  return { outcome: "applied", emails: [] };
}

async function applyInvoicePaid(
  tx: TransactionClient,
  invoice: InvoiceSnapshot,
  at: Date,
  fetched: Fetched,
): Promise<Applied> {
  // Invoices outside a subscription, and $0 ones (trials), are not payments we show.
  if (!invoice.subscriptionId || invoice.amountPaid === 0)
    return { outcome: "ignored", emails: [] };
  const subscription = await localSubscription(tx, invoice.subscriptionId, fetched);
  if (!subscription) return { outcome: "ignored", emails: [] };
  const existing = await tx.payment.findUnique({
    where: { providerPaymentId: invoice.id },
    select: { status: true, providerChargeId: true },
  });
  if (existing?.status === "PAID") return { outcome: "ignored", emails: [] };

  const paidAt = invoice.paidAt ?? at;
  const fields = {
    amount: invoice.amountPaid,
    currency: invoice.currency,
    status: "PAID" as const,
    providerChargeId: existing?.providerChargeId ?? invoice.chargeRef,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    description: invoice.description ?? subscription.plan.name,
    failureMessage: null,
    discountAmount: invoice.discountAmount,
    discountLabel:
      invoice.discountAmount === 0
        ? null
        : subscription.offer
          ? paymentDiscountLabel(subscription.offer, invoice.currency)
          : "Discount",
  };
  const payment = await tx.payment.upsert({
    where: { providerPaymentId: invoice.id },
    create: {
      ...fields,
      subscriptionId: subscription.id,
      userId: subscription.userId,
      providerPaymentId: invoice.id,
      createdAt: paidAt,
    },
    update: fields,
    select: {
      id: true,
      amount: true,
      currency: true,
      description: true,
      cardLast4: true,
      createdAt: true,
      discountAmount: true,
      discountLabel: true,
    },
  });
  // The guarantee runs from the first payment, whichever invoice event arrives first. A
  // conditional update rather than the value read above: on PostgreSQL two invoices' events
  // applied at once on two servers both read the old value, and the later payment's write
  // could land last and move the start of the guarantee forward.
  if (!subscription.firstPaidAt || paidAt < subscription.firstPaidAt)
    await tx.subscription.updateMany({
      where: {
        id: subscription.id,
        OR: [{ firstPaidAt: null }, { firstPaidAt: { gt: paidAt } }],
      },
      data: { firstPaidAt: paidAt },
    });
  await recordSubscriptionEvent(
    tx,
    subscription.id,
    "payment.succeeded",
    `Invoice ${invoice.id} paid.`,
  );
  const to = recipient(subscription);
  return { outcome: "applied", emails: to ? [() => sendReceipt(to, payment)] : [] };
}

async function applyInvoiceFailed(
  tx: TransactionClient,
  invoice: InvoiceSnapshot,
  at: Date,
  fetched: Fetched,
): Promise<Applied> {
  if (!invoice.subscriptionId || invoice.amountDue === 0) return { outcome: "ignored", emails: [] };
  const subscription = await localSubscription(tx, invoice.subscriptionId, fetched);
  if (!subscription) return { outcome: "ignored", emails: [] };
  const existing = await tx.payment.findUnique({
    where: { providerPaymentId: invoice.id },
    select: { status: true },
  });
  // A failure reported after the invoice was paid (retries race) must not undo the payment,
  // and a second failed attempt is not news to the reader.
  if (existing) return { outcome: "ignored", emails: [] };
  await tx.payment.create({
    data: {
      subscriptionId: subscription.id,
      userId: subscription.userId,
      amount: invoice.amountDue,
      currency: invoice.currency,
      status: "FAILED",
      providerPaymentId: invoice.id,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      description: invoice.description ?? subscription.plan.name,
      failureMessage: invoice.failureMessage,
      createdAt: at,
    },
  });
  await recordSubscriptionEvent(
    tx,
    subscription.id,
    "payment.failed",
    `Invoice ${invoice.id} was not paid.`,
  );
  const to = recipient(subscription);
  const details = {
    amount: invoice.amountDue,
    currency: invoice.currency,
    planName: subscription.plan.name,
    reason: invoice.failureMessage,
  };
  return { outcome: "applied", emails: to ? [() => sendPaymentFailed(to, details)] : [] };
}

async function applyChargeRefunded(
  tx: TransactionClient,
  object: unknown,
  at: Date,
  fetched: Fetched,
): Promise<Applied> {
  const charge = StripeChargeSchema.parse(object);
  // A gift's payment has no invoice: it is the gift's own business.
  const gift = await applyGiftChargeRefunded(tx, charge, at);
  if (gift) return gift;
  const refs = [charge.id, charge.payment_intent].filter((ref): ref is string => Boolean(ref));
  let payment = await tx.payment.findFirst({
    where: {
      OR: [
        { providerChargeId: { in: refs } },
        ...(charge.invoice ? [{ providerPaymentId: charge.invoice }] : []),
      ],
    },
    select: { id: true },
  });
  if (!payment) {
    // Newer API versions link a charge to its invoice only through the invoice's payments.
    let invoiceId = charge.invoice ?? null;
    if (!invoiceId && charge.payment_intent) {
      if (fetched.invoiceOfPaymentIntent === undefined)
        throw new NeedsFetch("invoiceOfPaymentIntent", charge.payment_intent);
      invoiceId = fetched.invoiceOfPaymentIntent;
    }
    // A charge for no invoice is not a subscription payment of ours.
    if (!invoiceId) return { outcome: "ignored", emails: [] };
    payment = await tx.payment.findUnique({
      where: { providerPaymentId: invoiceId },
      select: { id: true },
    });
    // The invoice's own event is late: fail, so that Stripe delivers this one again later.
    if (!payment)
      throw new RetryLater(`Refund of ${charge.id} arrived before invoice ${invoiceId}.`);
  }

  const refunded = await recordRefundTotal(tx, payment.id, charge.amount_refunded, at);
  const row = await tx.payment.findUniqueOrThrow({
    where: { id: payment.id },
    select: {
      currency: true,
      providerChargeId: true,
      subscription: {
        select: {
          id: true,
          status: true,
          user: { select: { email: true, name: true, deletedAt: true } },
          plan: { select: { name: true } },
        },
      },
    },
  });
  if (!row.providerChargeId)
    await tx.payment.update({ where: { id: payment.id }, data: { providerChargeId: charge.id } });
  if (refunded === 0) return { outcome: "ignored", emails: [] };
  const subscription = row.subscription;
  await recordSubscriptionEvent(
    tx,
    subscription.id,
    "refunded",
    `Refunded ${refunded} (${row.currency}) in Stripe.`,
  );
  const to = recipient(subscription);
  const details = {
    amount: refunded,
    currency: row.currency,
    planName: subscription.plan.name,
    accessEnded: subscription.status === "CANCELED",
  };
  return { outcome: "applied", emails: to ? [() => sendRefund(to, details)] : [] };
}

/**
 * A Stripe checkout that carried an offer: Stripe applied (and limited) the promotion code,
 * so here the redemption is only recorded, once per subscription and per reader.
 */
async function recordStripeRedemption(
  tx: TransactionClient,
  checkout: { offerId: string | null; userId: string },
  subscriptionId: string,
) {
  if (!checkout.offerId) return;
  const offer = await tx.offer.findUnique({
    where: { id: checkout.offerId },
    select: {
      id: true,
      code: true,
      kind: true,
      percentOff: true,
      amountOff: true,
      duration: true,
      durationPeriods: true,
    },
  });
  if (!offer) return;
  const existing = await tx.offerRedemption.findFirst({
    where: {
      OR: [{ subscriptionId }, { offerId: offer.id, userId: checkout.userId }],
    },
    select: { id: true },
  });
  if (existing) return;
  const sub = await tx.subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    select: { priceAmount: true, status: true },
  });
  // Discounted invoices still to come: all of them after a trial, else all but the one paid.
  const charges = discountedCharges(offer);
  await tx.offerRedemption.create({
    data: { offerId: offer.id, userId: checkout.userId, subscriptionId },
  });
  await tx.offer.update({
    where: { id: offer.id },
    data: { redemptionCount: { increment: 1 } },
  });
  await tx.subscription.update({
    where: { id: subscriptionId },
    data: {
      offerId: offer.id,
      discountAmount: discountOn(offer, sub.priceAmount),
      discountPeriodsLeft:
        charges === null || sub.status === "TRIALING" ? charges : Math.max(0, charges - 1),
    },
  });
  await recordSubscriptionEvent(
    tx,
    subscriptionId,
    "offer.redeemed",
    `Offer ${offer.code}: ${describeOffer(offer)} (applied by Stripe).`,
  );
}

async function invoiceOfPaymentIntent(
  stripe: Stripe,
  paymentIntent: string,
): Promise<string | null> {
  const list = await stripe.invoicePayments.list({
    payment: { type: "payment_intent", payment_intent: paymentIntent },
    limit: 1,
  });
  const invoice = list.data[0]?.invoice;
  if (!invoice) return null;
  return typeof invoice === "string" ? invoice : invoice.id;
}

/** The event is committed; a failed email is logged, never turned into a redelivery. */
async function sendAll(emails: Email[]) {
  for (const send of emails)
    await send().catch((error: unknown) => console.error("Stripe webhook email failed:", error));
}
