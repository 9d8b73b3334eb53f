import type { DbClient, TransactionClient } from "../db-client";
import type { Edition } from "../editions/edition-routes.mjs";
import type { Visibility } from "../generated/prisma/enums";

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

/** The database, or a transaction in progress: only subscriptions are read. */
type SubscriptionReader = DbClient | TransactionClient;

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
  db: SubscriptionReader,
  userId: string,
  now: Date = new Date(),
): Promise<{ entitlement: Entitlement; until: Date | null }> {
  const subscriptions = await db.subscription.findMany({
    where: { userId, ...givingAccess(now) },
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

/** The subscriptions that give access at `now`: the rule itself, for every reader alike. */
function givingAccess(now: Date) {
  const graceStart = new Date(now.getTime() - RENEWAL_GRACE_MS);
  return {
    OR: [
      // paid up (or complimentary), or past due while the provider retries the card
      {
        status: { in: ["ACTIVE" as const, "TRIALING" as const, "PAST_DUE" as const] },
        currentPeriodEnd: { gt: now },
      },
      // renewing: a short grace past the boundary
      {
        status: { in: ["ACTIVE" as const, "TRIALING" as const] },
        cancelAtPeriodEnd: false,
        currentPeriodEnd: { gt: graceStart },
      },
    ],
  };
}

/**
 * Which of `userIds` are subscribers at `now`, in one query: for work over a batch of
 * readers (newsletter recipients), by the same rule as getEntitlement.
 */
export async function subscribersAmong(
  db: SubscriptionReader,
  userIds: string[],
  now: Date = new Date(),
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.subscription.findMany({
    where: { userId: { in: userIds }, ...givingAccess(now) },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}

/** The entitlement of a reader known to be, or not to be, a subscriber (subscribersAmong). */
export const entitlementOf = (subscriber: boolean): Entitlement =>
  subscriber ? { subscriber: true, adFree: true } : NO_ENTITLEMENT;

export async function getEntitlement(
  db: SubscriptionReader,
  userId: string,
  now: Date = new Date(),
): Promise<Entitlement> {
  return (await getEntitlementWindow(db, userId, now)).entitlement;
}

/**
 * What a page may assume of whoever it is shown to: null for anyone at all (an anonymous
 * visitor), else a signed-in reader with this entitlement.
 */
export type Access = { entitlement: Entitlement } | null;

/**
 * The version of a reader page someone may be shown (lib/editions/edition-routes.mjs):
 * "public" for anonymous visitors, "member" for signed-in readers without a subscription,
 * "subscriber" (whole text, no ads). A page rendered for an edition is shared by everyone
 * given that edition, so it assumes exactly what the edition promises and nothing about
 * the person.
 */
export type { Edition };

/** The edition a signed-in reader with `entitlement` is given (anonymous visitors: "public"). */
export const editionOf = (entitlement: Entitlement): Edition =>
  entitlement.subscriber && entitlement.adFree ? "subscriber" : "member";

/** What a page rendered for `edition` may assume of its readers. */
export const editionAccess = (edition: Edition): Access => {
  if (edition === "subscriber") return { entitlement: { subscriber: true, adFree: true } };
  if (edition === "member") return { entitlement: NO_ENTITLEMENT };
  return null;
};

/** Who is reading: null for an anonymous visitor (the cached public pages). */
export type Reader = { userId: string; entitlement: Entitlement } | null;

export type { Visibility };

/**
 * Whether `reader` may read the whole of an article with this visibility: public ones
 * anybody, "signed-in readers" ones anyone signed in, subscriber-only ones subscribers.
 */
export function canReadArticle(visibility: Visibility, reader: Access): boolean {
  if (visibility === "PUBLIC") return true;
  if (visibility === "MEMBERS") return reader !== null;
  return reader?.entitlement.subscriber ?? false;
}

/** Whether `reader` should see house ads. */
export const showsAds = (reader: Access) => !(reader?.entitlement.adFree ?? false);
