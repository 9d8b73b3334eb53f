import type { Metadata } from "next";
import Link from "next/link";
import { AdForm } from "@/components/admin/ad-form";
import { FormMessage } from "@/components/ui/form-field";
import { listAdImageChoices, listHouseAdsForAdmin } from "@/lib/admin/manage-house-ads";
import { adDays } from "@/lib/admin/ad-schema";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { saveAdAction, toggleAdAction } from "./actions";

export const metadata: Metadata = { title: "House ads", robots: { index: false } };

type Props = { searchParams: Promise<{ notice?: string; error?: string }> };

const PLACEMENT = { FRONT_PAGE: "Front page", ARTICLE: "Articles" } as const;

function runs(ad: { startsAt: Date | null; endsAt: Date | null }) {
  const { startsOn, endsOn } = adDays(ad);
  if (!startsOn && !endsOn) return "Always";
  return `${startsOn || "now"} to ${endsOn || "no end"}`;
}

export default async function AdminAdsPage({ searchParams }: Props) {
  const admin = await requirePermission("ad:manage", "/admin/ads");
  const { notice, error } = await searchParams;
  const [ads, images] = await Promise.all([
    listHouseAdsForAdmin(db, admin),
    listAdImageChoices(db, admin),
  ]);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">House ads</h1>
      <p className="mt-2 max-w-2xl font-sans text-sm text-stone-700">
        The magazine&rsquo;s own ads, shown on the front page or in articles to readers without a
        subscription. Subscribers never see them.
      </p>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={notice?.slice(0, 200)} />
        <FormMessage message={error?.slice(0, 300)} />
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="ad-list">
          <h2 id="ad-list" className="sr-only">
            All ads
          </h2>
          <table className="w-full font-sans text-sm">
            <thead className="border-b-2 border-stone-900 text-left">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Ad
                </th>
                <th scope="col" className="py-2 pr-4">
                  Placement
                </th>
                <th scope="col" className="py-2 pr-4">
                  Runs (UTC)
                </th>
                <th scope="col" className="py-2 pr-4">
                  On or off
                </th>
              </tr>
            </thead>
            <tbody>
              {ads.map((ad) => (
                <tr key={ad.id} className="border-b border-stone-200 align-middle">
                  <td className="py-2 pr-4">
                    <Link
                      href={`/admin/ads/${ad.id}`}
                      className="font-semibold underline-offset-4 hover:underline"
                    >
                      {ad.name}
                    </Link>
                    <span className="block text-xs text-stone-600">{ad.headline}</span>
                  </td>
                  <td className="py-2 pr-4">{PLACEMENT[ad.placement]}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{runs(ad)}</td>
                  <td className="py-2 pr-4">
                    <form action={toggleAdAction} className="flex items-center gap-2">
                      <input type="hidden" name="adId" value={ad.id} />
                      <input type="hidden" name="returnTo" value="list" />
                      <input type="hidden" name="active" value={ad.active ? "false" : "true"} />
                      <span>{ad.active ? "On" : "Off"}</span>
                      <button
                        type="submit"
                        className="underline underline-offset-4"
                        aria-label={`${ad.active ? "Switch off" : "Switch on"} ${ad.name}`}
                      >
                        {ad.active ? "Switch off" : "Switch on"}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {ads.length === 0 && <p className="mt-4 font-sans text-sm">No ads yet.</p>}
        </section>
        <section aria-labelledby="new-ad">
          <h2 id="new-ad" className="font-serif text-2xl font-bold">
            New ad
          </h2>
          <div className="mt-3">
            <AdForm
              action={saveAdAction}
              initial={{ placement: "FRONT_PAGE", active: "true", linkLabel: "Learn more" }}
              images={images}
              submitLabel="Create ad"
              idPrefix="new-ad"
            />
          </div>
        </section>
      </div>
    </>
  );
}
