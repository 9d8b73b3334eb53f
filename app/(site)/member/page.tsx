import { FrontPage } from "@/components/home/front-page";
import { pickHouseAd } from "@/lib/ads/house-ads";
import { db } from "@/lib/db";
import { getCurrentReader } from "@/lib/subscriptions/current-reader";
import { showsAds } from "@/lib/subscriptions/entitlements";

// The front page for signed-in readers (proxy.ts rewrites / here): per reader, uncached.
export const dynamic = "force-dynamic";

export default async function MemberFrontPage() {
  const reader = await getCurrentReader();
  return <FrontPage ad={showsAds(reader) ? await pickHouseAd(db, "FRONT_PAGE", "front") : null} />;
}
