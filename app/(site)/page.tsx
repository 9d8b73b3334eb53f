import { FrontPage } from "@/components/home/front-page";
import { pickHouseAd } from "@/lib/ads/house-ads";
import { db } from "@/lib/db";

// Rendered once, then served from the cache; publishing revalidates it sooner. This is
// the anonymous reader's front page (with a house ad); proxy.ts sends signed-in readers
// to app/(site)/member/page.tsx, where subscribers get none.
export const revalidate = 300;

export default async function AnonymousFrontPage() {
  return <FrontPage ad={await pickHouseAd(db, "FRONT_PAGE", "front")} />;
}
