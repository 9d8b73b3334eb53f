import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { WINDOW_DAYS } from "./business-metrics";

const DAY_MS = 86_400_000;

/**
 * How the audience grew over the last WINDOW_DAYS days, for /admin. Each figure is one
 * indexed count over its own table (no rows loaded):
 *
 * - Newsletter sign-ups: newsletter subscriptions made in the window (a reader who signs up
 *   to two newsletters counts twice; one who left and came back counts again).
 * - Trials started: subscriptions with a free trial created in the window.
 * - Trials converted: trials that ended in the window with their first charge paid; beside
 *   them, all trials that ended in the window (converted, cancelled or unpaid).
 * - Offer redemptions: subscriptions bought with an offer in the window.
 * - Gifts bought: gifts paid for in the window; gifts redeemed: redeemed in the window.
 */
export type GrowthMetrics = {
  newsletterSignUps: number;
  trialsStarted: number;
  trialsEnded: number;
  trialsConverted: number;
  offerRedemptions: number;
  giftsBought: number;
  giftsRedeemed: number;
};

export async function growthMetrics(
  db: DbClient,
  actor: Actor | null,
  now: Date = new Date(),
): Promise<GrowthMetrics> {
  assertCan(actor, "admin:access", "Only admins can see the overview.");
  const since = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const window = { gt: since, lte: now };
  const [
    newsletterSignUps,
    trialsStarted,
    trialsEnded,
    trialsConverted,
    offerRedemptions,
    giftsBought,
    giftsRedeemed,
  ] = await Promise.all([
    db.newsletterSubscription.count({ where: { createdAt: window } }),
    db.subscription.count({ where: { createdAt: window, trialEnd: { not: null } } }),
    db.subscription.count({ where: { trialEnd: window } }),
    db.subscription.count({ where: { trialEnd: window, firstPaidAt: { not: null } } }),
    db.offerRedemption.count({ where: { createdAt: window } }),
    db.gift.count({ where: { paidAt: window } }),
    db.gift.count({ where: { redeemedAt: window } }),
  ]);
  return {
    newsletterSignUps,
    trialsStarted,
    trialsEnded,
    trialsConverted,
    offerRedemptions,
    giftsBought,
    giftsRedeemed,
  };
}
