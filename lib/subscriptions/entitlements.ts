import type { DbClient } from "../db-client";

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

export async function getEntitlement(
  db: DbClient,
  userId: string,
  now: Date = new Date(),
): Promise<Entitlement> {
  const graceStart = new Date(now.getTime() - RENEWAL_GRACE_MS);
  const subscription = await db.subscription.findFirst({
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
    select: { id: true },
  });
  return subscription ? { subscriber: true, adFree: true } : NO_ENTITLEMENT;
}

/** Who is reading: null for an anonymous visitor (the cached public pages). */
export type Reader = { userId: string; entitlement: Entitlement } | null;

/** Whether `reader` may read the whole of an article with this visibility. */
export const canReadArticle = (visibility: "PUBLIC" | "SUBSCRIBERS", reader: Reader) =>
  visibility === "PUBLIC" || (reader?.entitlement.subscriber ?? false);

/** Whether `reader` should see house ads. */
export const showsAds = (reader: Reader) => !(reader?.entitlement.adFree ?? false);
