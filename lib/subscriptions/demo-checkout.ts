import { fieldErrors } from "../forms/form-state";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { periodEnd } from "./billing-period";
import { getOwnCheckout } from "./checkout";
import { cardSchema, demoDecline } from "./demo-cards";
import { formatMoney } from "./money";
import { intervalWord } from "./plans";
import { recordSubscriptionEvent } from "./subscription-events";
import { sendReceipt } from "./subscription-emails";

export type DemoPayResult =
  { ok: true; subscriptionId: string } | { ok: false; errors: Record<string, string> };

/**
 * Pays a demo checkout with a test card. Declined cards leave nothing behind. Paying the
 * same checkout twice (double click, back and resubmit) creates one subscription and one
 * payment: the checkout moves from OPEN to COMPLETE exactly once, in the same transaction.
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

  const { plan } = checkout;
  const cardLast4 = parsed.data.cardNumber.slice(-4);
  const end = periodEnd(now, plan.interval);
  const outcome = await db.$transaction(async (tx) => {
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
    const subscription = await tx.subscription.create({
      data: {
        userId: actor.id,
        planId: plan.id,
        provider: "demo",
        providerSubscriptionId: `demo_sub_${checkout.id}`,
        status: "ACTIVE",
        priceAmount: plan.priceAmount,
        currency: plan.currency,
        currentPeriodStart: now,
        currentPeriodEnd: end,
        firstPaidAt: now,
      },
      select: { id: true },
    });
    const payment = await tx.payment.create({
      data: {
        subscriptionId: subscription.id,
        userId: actor.id,
        amount: plan.priceAmount,
        currency: plan.currency,
        status: "PAID",
        providerPaymentId: `demo_pay_${checkout.id}`,
        description: `${plan.name}, one ${intervalWord(plan.interval)}`,
        periodStart: now,
        periodEnd: end,
        cardLast4,
        createdAt: now,
      },
    });
    await tx.checkoutSession.update({
      where: { id: checkout.id },
      data: { subscriptionId: subscription.id },
    });
    await recordSubscriptionEvent(
      tx,
      subscription.id,
      "checkout.completed",
      `Subscribed to ${plan.name}; paid ${formatMoney(plan.priceAmount, plan.currency)} with the card ending ${cardLast4} (test mode).`,
      actor.id,
    );
    return { subscriptionId: subscription.id, payment };
  });
  if (outcome.payment) await sendReceipt(actor, outcome.payment);
  return { ok: true, subscriptionId: outcome.subscriptionId };
}
