import type { Metadata } from "next";
import { OfferForm } from "@/components/admin/offer-form";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";
import { Pagination } from "@/components/ui/pagination";
import { listPlansForAdmin } from "@/lib/admin/manage-plans";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { describeOffer } from "@/lib/offers/discount";
import { parsePageParam } from "@/lib/articles/published";
import { listOffersForAdmin } from "@/lib/offers/manage-offers";
import { priceLabel } from "@/lib/subscriptions/plans";
import { formatLongDate } from "@/lib/text/format-date";
import { archiveOfferAction, createOfferAction } from "./actions";

export const metadata: Metadata = { title: "Offers", robots: { index: false } };

type Props = { searchParams: Promise<{ notice?: string; error?: string; page?: string }> };

function state(offer: { archivedAt: Date | null; expiresAt: Date | null }, now: Date) {
  if (offer.archivedAt) return "Archived";
  if (offer.expiresAt && offer.expiresAt <= now) return "Expired";
  return "Active";
}

export default async function AdminOffersPage({ searchParams }: Props) {
  const admin = await requirePermission("plan:manage", "/admin/offers");
  const { notice, error, page: pageParam } = await searchParams;
  // parsePageParam: whole numbers up to six digits, so a huge page cannot overflow the offset.
  const page = parsePageParam(pageParam) ?? 1;
  const [{ offers, pages }, plans] = await Promise.all([
    listOffersForAdmin(db, admin, page),
    listPlansForAdmin(db, admin),
  ]);
  const now = new Date();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Offers</h1>
      <p className="mt-2 max-w-2xl font-sans text-sm text-stone-700">
        Discounts readers get from a link (/subscribe/offer/&lt;code&gt;) or by typing the code at
        checkout. Each reader can use an offer once; a use counts when their payment goes through.
        An offer&rsquo;s terms cannot change once created: archive it and make a new one.
      </p>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={notice?.slice(0, 200)} />
        <FormMessage message={error?.slice(0, 300)} />
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="offer-list">
          <h2 id="offer-list" className="sr-only">
            All offers
          </h2>
          <table className="w-full font-sans text-sm">
            <thead className="border-b-2 border-stone-900 text-left">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Offer
                </th>
                <th scope="col" className="py-2 pr-4">
                  Discount
                </th>
                <th scope="col" className="py-2 pr-4">
                  Used
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {offers.map((offer) => (
                <tr key={offer.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4">
                    <span className="font-semibold">{offer.code}</span>
                    <span className="block">{offer.name}</span>
                    <span className="block text-xs break-all text-stone-600">
                      {siteUrl}/subscribe/offer/{offer.code}
                    </span>
                    <span className="block text-xs text-stone-600">
                      {offer.plans.map(({ plan }) => plan.name).join(", ")}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{describeOffer(offer)}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {offer.redemptionCount.toLocaleString("en-US")}
                    {offer.maxRedemptions !== null &&
                      ` of ${offer.maxRedemptions.toLocaleString("en-US")}`}
                  </td>
                  <td className="py-2 pr-4">
                    {state(offer, now)}
                    {offer.expiresAt && !offer.archivedAt && (
                      <span className="block text-xs text-stone-600">
                        until {formatLongDate(new Date(offer.expiresAt.getTime() - 1))}
                      </span>
                    )}
                  </td>
                  <td className="py-2">
                    {!offer.archivedAt && (
                      <form action={archiveOfferAction}>
                        <input type="hidden" name="offerId" value={offer.id} />
                        <SubmitButton variant="secondary">
                          Archive<span className="sr-only"> {offer.code}</span>
                        </SubmitButton>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {offers.length === 0 && <p className="mt-4 font-sans text-sm">No offers yet.</p>}
          <Pagination
            page={page}
            totalPages={pages}
            hrefFor={(p) => (p === 1 ? "/admin/offers" : `/admin/offers?page=${p}`)}
            label="Pages of offers"
          />
        </section>
        <section aria-labelledby="new-offer">
          <h2 id="new-offer" className="font-serif text-2xl font-bold">
            New offer
          </h2>
          <div className="mt-3">
            <OfferForm
              action={createOfferAction}
              plans={plans
                .filter((plan) => !plan.retiredAt)
                .map((plan) => ({ id: plan.id, name: plan.name, price: priceLabel(plan) }))}
            />
          </div>
        </section>
      </div>
    </>
  );
}
