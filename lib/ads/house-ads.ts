import type { DbClient } from "../db-client";
import { mediaSelect, toMediaView, type MediaView } from "../media/media-view";
import { hashString } from "../text/hash-string";

export type AdPlacement = "FRONT_PAGE" | "ARTICLE";

export type HouseAdView = {
  id: string;
  headline: string;
  body: string;
  linkUrl: string;
  linkLabel: string;
  image: MediaView | null;
};

/** Ads to choose from per placement; a house never runs many at once. */
const CANDIDATES = 20;

/**
 * One running house ad for `placement`, or null. The choice is stable for a given page
 * (`pageKey`), so a cached page and its re-render agree, and different articles show
 * different ads. Callers decide whether the reader sees ads at all (lib/subscriptions/
 * entitlements.ts showsAds).
 */
export async function pickHouseAd(
  db: DbClient,
  placement: AdPlacement,
  pageKey: string,
  now: Date = new Date(),
): Promise<HouseAdView | null> {
  const ads = await db.houseAd.findMany({
    where: {
      placement,
      active: true,
      AND: [
        { OR: [{ startsAt: null }, { startsAt: { lte: now } }] },
        { OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: CANDIDATES,
    select: {
      id: true,
      headline: true,
      body: true,
      linkUrl: true,
      linkLabel: true,
      image: { select: mediaSelect },
    },
  });
  if (ads.length === 0) return null;
  const ad = ads[hashString(pageKey) % ads.length]!;
  return { ...ad, image: toMediaView(ad.image) };
}
