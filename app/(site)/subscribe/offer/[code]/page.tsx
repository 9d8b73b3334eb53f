import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { checkOffer, offerPrice } from "@/lib/offers/find-offer";
import { formatMoney } from "@/lib/subscriptions/money";
import { listOfferedPlans, priceLabel } from "@/lib/subscriptions/plans";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "An offer for you", robots: { index: false } };

type Props = { params: Promise<{ code: string }> };

/**
 * Where an offer's shareable link lands: the discount and the plans it is for, each leading
 * to that plan's checkout with the code filled in. Rendered per request (never an edition
 * page): whether the offer still works, and for whom, changes by the minute.
 */
export default async function OfferPage({ params }: Props) {
  const { code } = await params;
  const user = await getCurrentUser();
  const checked = await checkOffer(db, { code, userId: user?.id });
  if (!checked.ok)
    return (
      <div className="mx-auto max-w-xl font-sans">
        <h1 className="font-serif text-4xl font-bold">This offer is not available</h1>
        <p role="alert" className="mt-4 border-l-4 border-red-700 bg-red-50 px-3 py-2">
          {checked.message}
        </p>
        <p className="mt-6">
          <Link href="/subscribe" className="font-semibold text-red-800 underline">
            See the plans at their usual price
          </Link>
        </p>
      </div>
    );
  const { offer } = checked;
  const forOffer = new Set(offer.plans.map((plan) => plan.id));
  const plans = (await listOfferedPlans(db)).filter((plan) => forOffer.has(plan.id));
  return (
    <div className="mx-auto max-w-2xl font-sans">
      <p className="text-sm font-semibold tracking-widest text-red-800 uppercase">
        Offer {offer.code}
      </p>
      <h1 className="mt-1 font-serif text-4xl font-bold">{offer.name}</h1>
      <p className="mt-2 text-lg">
        {offer.description.charAt(0).toUpperCase() + offer.description.slice(1)}
        {offer.expiresAt &&
          `, for subscriptions started by ${formatLongDate(new Date(offer.expiresAt.getTime() - 1))}`}
        .
      </p>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {plans.map((plan) => {
          const { amount } = offerPrice(offer, plan.priceAmount);
          return (
            <li key={plan.id} className="border-2 border-stone-900 p-6">
              <h2 className="font-serif text-2xl font-bold">{plan.name}</h2>
              <p className="mt-2">
                <span className="text-3xl font-bold">{formatMoney(amount, plan.currency)}</span>{" "}
                <span className="text-stone-600">
                  instead of <s>{formatMoney(plan.priceAmount, plan.currency)}</s>
                </span>
              </p>
              <p className="mt-1 text-sm text-stone-700">
                Then {priceLabel(plan)}
                {plan.trialDays > 0 && `; starts with a ${plan.trialDays}-day free trial`}.
              </p>
              <Link
                href={`/subscribe/${plan.slug}?offer=${encodeURIComponent(offer.code)}`}
                className="mt-4 inline-block bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-red-800"
              >
                Choose {plan.name}
                <span className="sr-only"> with offer {offer.code}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {plans.length === 0 && (
        <p className="mt-6">
          The plans of this offer are no longer sold.{" "}
          <Link href="/subscribe" className="underline">
            See the plans
          </Link>
          .
        </p>
      )}
    </div>
  );
}
