import type { DbClient } from "../db-client";
import type { Edition } from "../editions/edition-routes.mjs";

/**
 * The one place that decides what a reader's subscription gives them. Every surface that
 * could show subscriber-only text (article pages and their RSC payloads, whole-issue view,
 * issue PDF, audio, feed, search snippets, metadata) asks here, on the server.
 *
 * The clock is a parameter: tests move time by passing `now`.
 */
export type Entitlement = {
  /** may read subscriber-only articles, issues, PDFs and audio */
  subscriber: boolean;
  /** sees no house ads (every plan is ad-free today; kept apart because the offer lists it apart) */
  adFree: boolean;
};

const NO_ENTITLEMENT: Entitlement = { subscriber: false, adFree: false };

/**
 * A renewing subscription keeps access for this long after its period ends, while the
 * renewal payment is being taken (the demo scheduler, or Stripe's invoice webhook, can
 * arrive a little after the boundary). A subscription cancelled at period end gets none.
 */
export const RENEWAL_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * What `userId`'s subscriptions give them at `now`, and until when that answer holds
 * without anything being written: the end of the paid period (plus the renewal grace
 * while it renews). null when nothing would change by itself.
 */
export async function getEntitlementWindow(
  db: DbClient,
  userId: string,
  now: Date = new Date(),
): Promise<{ entitlement: Entitlement; until: Date | null }> {
  const graceStart = new Date(now.getTime() - RENEWAL_GRACE_MS);
  const subscriptions = await db.subscription.findMany({
    where: {
      userId,
      OR: [
        // paid up (or complimentary), or past due while the provider retries the card
        { status: { in: ["ACTIVE", "TRIALING", "PAST_DUE"] }, currentPeriodEnd: { gt: now } },
        // renewing: a short grace past the boundary
        {
          status: { in: ["ACTIVE", "TRIALING"] },
          cancelAtPeriodEnd: false,
          currentPeriodEnd: { gt: graceStart },
        },
      ],
    },
    select: { status: true, cancelAtPeriodEnd: true, currentPeriodEnd: true },
  });
  if (subscriptions.length === 0) return { entitlement: NO_ENTITLEMENT, until: null };
  const ends = subscriptions.map(({ status, cancelAtPeriodEnd, currentPeriodEnd }) =>
    status !== "PAST_DUE" && !cancelAtPeriodEnd
      ? currentPeriodEnd.getTime() + RENEWAL_GRACE_MS
      : currentPeriodEnd.getTime(),
  );
  return { entitlement: { subscriber: true, adFree: true }, until: new Date(Math.max(...ends)) };
}

export async function getEntitlement(
  db: DbClient,
  userId: string,
  now: Date = new Date(),
): Promise<Entitlement> {
  return (await getEntitlementWindow(db, userId, now)).entitlement;
}

/** What a page may assume of whoever it is shown to. */
export type Access = { entitlement: Entitlement } | null;

/**
 * The version of a reader page someone may be shown (lib/editions/edition-routes.mjs):
 * "subscriber" (whole text, no ads) or "public" (teaser, ads). A page rendered for an
 * edition is shared by everyone given that edition, so it assumes exactly what the
 * edition promises and nothing about the person.
 */
export type { Edition };

/** The edition a reader with `entitlement` is given. */
export const editionOf = (entitlement: Entitlement): Edition =>
  entitlement.subscriber && entitlement.adFree ? "subscriber" : "public";

/** What a page rendered for `edition` may assume of its readers. */
export const editionAccess = (edition: Edition): Access =>
  edition === "subscriber" ? { entitlement: { subscriber: true, adFree: true } } : null;

/** Who is reading: null for an anonymous visitor (the cached public pages). */
export type Reader = { userId: string; entitlement: Entitlement } | null;

/** Whether `reader` may read the whole of an article with this visibility. */
export const canReadArticle = (visibility: "PUBLIC" | "SUBSCRIBERS", reader: Access) =>
  visibility === "PUBLIC" || (reader?.entitlement.subscriber ?? false);

/** Whether `reader` should see house ads. */
export const showsAds = (reader: Access) => !(reader?.entitlement.adFree ?? false);
