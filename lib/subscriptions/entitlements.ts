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
  /** sees no house ads */
  adFree: boolean;
  /** when the current access ends, if the reader has any */
  accessUntil: Date | null;
};

export const NO_ENTITLEMENT: Entitlement = { subscriber: false, adFree: false, accessUntil: null };

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
    orderBy: { currentPeriodEnd: "desc" },
    select: { currentPeriodEnd: true, cancelAtPeriodEnd: true },
  });
  if (!subscription) return NO_ENTITLEMENT;
  return { subscriber: true, adFree: true, accessUntil: subscription.currentPeriodEnd };
}

/** Who is reading: null for an anonymous visitor (the cached public pages). */
export type Reader = { userId: string; entitlement: Entitlement } | null;

export async function canReadSubscriberContent(reader: Reader): Promise<boolean> {
  return reader?.entitlement.subscriber ?? false;
}

/** Whether `reader` may read the whole of an article with this visibility. */
export async function canReadArticle(
  visibility: "PUBLIC" | "SUBSCRIBERS",
  reader: Reader,
): Promise<boolean> {
  return visibility === "PUBLIC" || canReadSubscriberContent(reader);
}

/** Whether `reader` should see house ads. */
export const showsAds = (reader: Reader) => !(reader?.entitlement.adFree ?? false);
