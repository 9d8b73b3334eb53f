import type Stripe from "stripe";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import { fieldErrors } from "../forms/form-state";
import { offerSchema } from "./offer-schema";
import { deactivateStripePromotionCode, ensureStripePromotionCode } from "./stripe-offers";

/**
 * Offers as admins manage them: create (terms fixed from then on), list, archive. With
 * Stripe configured, creating one also makes its Stripe coupon and promotion code.
 */

export type OfferResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

function assertAdmin(actor: Actor | null): asserts actor is Actor {
  assertCan(actor, "plan:manage", "Only admins can manage offers.");
}

export async function createOffer(
  db: DbClient,
  actor: Actor | null,
  input: { values: unknown },
  options: { stripe?: Stripe | null; now?: Date } = {},
): Promise<OfferResult> {
  assertAdmin(actor);
  const now = options.now ?? new Date();
  const parsed = offerSchema(now).safeParse(input.values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { planIds, ...terms } = parsed.data;
  const plans = await db.plan.findMany({
    where: { id: { in: planIds } },
    select: { id: true, interval: true, priceAmount: true },
  });
  if (plans.length !== new Set(planIds).size)
    return { ok: false, errors: { planIds: "One of the chosen plans no longer exists." } };
  // Stripe counts a repeating discount in months, so "the first 3 payments" must mean the
  // same number of months on every plan the offer is for.
  if (terms.duration === "REPEATING" && new Set(plans.map((p) => p.interval)).size > 1)
    return {
      ok: false,
      errors: {
        planIds:
          "A discount on several payments needs plans with the same billing interval. Choose monthly or yearly plans, or make two offers.",
      },
    };
  if (terms.kind === "AMOUNT" && plans.some((p) => (terms.amountOff ?? 0) >= p.priceAmount))
    return {
      ok: false,
      errors: { amountOff: "The amount off must be less than the price of every chosen plan." },
    };

  let id: string;
  try {
    id = await db.$transaction(async (tx) => {
      const offer = await tx.offer.create({
        data: { ...terms, plans: { create: planIds.map((planId) => ({ planId })) } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "offer.create",
        targetType: "Offer",
        targetId: offer.id,
        after: { ...terms, planIds },
      });
      return offer.id;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002")
      return { ok: false, errors: { code: "Another offer already uses this code." } };
    throw error;
  }
  if (options.stripe)
    // A failure here leaves a working offer; its first Stripe checkout makes the coupon.
    await ensureStripePromotionCode(db, options.stripe, id).catch((error: unknown) =>
      console.error(`Stripe coupon for offer ${id} not created yet:`, error),
    );
  return { ok: true, id };
}

export const OFFERS_PER_PAGE = 25;

/** Newest first, a page at a time (indexed by createdAt). */
export async function listOffersForAdmin(db: DbClient, actor: Actor | null, page = 1) {
  assertAdmin(actor);
  const [offers, total] = await Promise.all([
    db.offer.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * OFFERS_PER_PAGE,
      take: OFFERS_PER_PAGE,
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        percentOff: true,
        amountOff: true,
        duration: true,
        durationPeriods: true,
        expiresAt: true,
        maxRedemptions: true,
        redemptionCount: true,
        archivedAt: true,
        createdAt: true,
        plans: { select: { plan: { select: { name: true } } }, take: 20 },
      },
    }),
    db.offer.count(),
  ]);
  return { offers, total, pages: Math.max(1, Math.ceil(total / OFFERS_PER_PAGE)) };
}

/** Takes an offer out of use: its link and code stop working; redemptions made stand. */
export async function archiveOffer(
  db: DbClient,
  actor: Actor | null,
  offerId: unknown,
  options: { stripe?: Stripe | null; now?: Date } = {},
): Promise<{ changed: boolean; stripeError: boolean }> {
  assertAdmin(actor);
  const now = options.now ?? new Date();
  const offer =
    typeof offerId === "string"
      ? await db.offer.findUnique({
          where: { id: offerId },
          select: { id: true, stripePromotionCodeId: true },
        })
      : null;
  if (!offer) throw new AppError("NOT_FOUND", "There is no such offer.");
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: { id: offer.id, archivedAt: null },
      data: { archivedAt: now },
    });
    if (count === 1)
      await recordAudit(tx, {
        actorId: actor.id,
        action: "offer.archive",
        targetType: "Offer",
        targetId: offer.id,
        after: { archivedAt: now },
      });
    return count === 1;
  });
  if (changed && options.stripe && offer.stripePromotionCodeId)
    // Archived here whatever Stripe says; a failure is reported, not thrown, so the admin
    // sees what to do instead of an error page.
    try {
      await deactivateStripePromotionCode(options.stripe, offer.stripePromotionCodeId);
    } catch (error) {
      console.error(`Could not deactivate the Stripe promotion code of offer ${offer.id}:`, error);
      return { changed, stripeError: true };
    }
  return { changed, stripeError: false };
}
