import { fieldErrors } from "../forms/form-state";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { siteUrl } from "../env";
import { AppError } from "../errors";
import { AddressSchema } from "./address-schema";
import { getEntitlement } from "./entitlements";
import { checkoutProvider } from "./payment-provider";
import { findOfferedPlan } from "./plans";
import { checkOffer } from "../offers/find-offer";
import { trialAvailable } from "./trials";

export type CheckoutResult =
  { ok: true; redirectTo: string } | { ok: false; errors: Record<string, string> };

/** How long a checkout page stays valid. */
const CHECKOUT_TTL_MS = 60 * 60 * 1000;

/**
 * Starts buying a plan: checks the plan is on sale and the reader does not already
 * subscribe, saves the postal address for print plans, checks an offer code typed (or
 * brought by an offer link), decides whether this checkout starts the plan's free trial,
 * records the attempt, and returns the provider's payment page. Nothing is redeemed or
 * claimed here: an abandoned checkout uses up neither the offer nor the trial.
 */
export async function startCheckout(
  db: DbClient,
  actor: CurrentUser | null,
  input: { planSlug: unknown; address?: Record<string, unknown>; offerCode?: unknown },
  now: Date = new Date(),
): Promise<CheckoutResult> {
  assertCan(actor, "account:manage", "Sign in to subscribe.");
  const plan =
    typeof input.planSlug === "string" ? await findOfferedPlan(db, input.planSlug) : null;
  if (!plan)
    return { ok: false, errors: { form: "That plan is no longer offered. Choose another." } };

  const entitlement = await getEntitlement(db, actor.id, now);
  if (entitlement.subscriber)
    return {
      ok: false,
      errors: { form: "You already have a subscription. Manage it from your account page." },
    };

  const errors: Record<string, string> = {};
  let address = null;
  if (plan.includesPrint) {
    const parsed = AddressSchema.safeParse(input.address ?? {});
    if (parsed.success) address = parsed.data;
    else Object.assign(errors, fieldErrors(parsed.error));
  }
  let offerId: string | null = null;
  if (typeof input.offerCode === "string" && input.offerCode.trim()) {
    const checked = await checkOffer(
      db,
      { code: input.offerCode, userId: actor.id, planId: plan.id },
      now,
    );
    if (checked.ok) offerId = checked.offer.id;
    else errors.offerCode = checked.message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const withTrial = await trialAvailable(db, actor.id, plan);

  const provider = checkoutProvider(db);
  const checkout = await db.$transaction(async (tx) => {
    if (address)
      await tx.address.upsert({
        where: { userId: actor.id },
        create: { userId: actor.id, ...address },
        update: address,
      });
    return tx.checkoutSession.create({
      data: {
        userId: actor.id,
        planId: plan.id,
        provider: provider.name,
        offerId,
        withTrial,
        expiresAt: new Date(now.getTime() + CHECKOUT_TTL_MS),
      },
      select: { id: true },
    });
  });

  const redirectTo = await provider.beginCheckout({
    checkoutId: checkout.id,
    user: actor,
    plan,
    trialDays: withTrial ? plan.trialDays : 0,
    offerId,
    successUrl: `${siteUrl}/subscribe/success?checkout=${checkout.id}`,
    cancelUrl: `${siteUrl}/subscribe?plan=${plan.slug}`,
  });
  return { ok: true, redirectTo };
}

/** A checkout the reader may look at or pay: their own, else NOT_FOUND. */
export async function getOwnCheckout(db: DbClient, actor: { id: string }, checkoutId: string) {
  const checkout = await db.checkoutSession.findUnique({
    where: { id: checkoutId },
    select: {
      id: true,
      userId: true,
      status: true,
      provider: true,
      expiresAt: true,
      subscriptionId: true,
      withTrial: true,
      offer: {
        select: {
          id: true,
          code: true,
          kind: true,
          percentOff: true,
          amountOff: true,
          duration: true,
          durationPeriods: true,
        },
      },
      plan: {
        select: {
          id: true,
          slug: true,
          name: true,
          priceAmount: true,
          currency: true,
          interval: true,
          includesPrint: true,
          trialDays: true,
        },
      },
    },
  });
  if (!checkout || checkout.userId !== actor.id)
    throw new AppError("NOT_FOUND", "There is no such checkout.");
  return checkout;
}
