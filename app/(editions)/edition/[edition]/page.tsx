import { FrontPage } from "@/components/home/front-page";
import { pickHouseAd } from "@/lib/ads/house-ads";
import { db } from "@/lib/db";
import { editionOfParams, type EditionParams } from "@/lib/editions/edition-params";
import { editionAccess, showsAds } from "@/lib/subscriptions/entitlements";

// Rendered once per edition, then served from the cache; publishing revalidates it
// sooner. The public edition carries a house ad, the subscriber edition none.
export const revalidate = 300;

export default async function FrontPageRoute({ params }: { params: EditionParams }) {
  const access = editionAccess(await editionOfParams(params));
  return <FrontPage ad={showsAds(access) ? await pickHouseAd(db, "FRONT_PAGE", "front") : null} />;
}
