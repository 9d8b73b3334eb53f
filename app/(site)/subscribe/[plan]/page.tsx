import type { Metadata } from "next";
import Link from "next/link";
import { AccountNeeded } from "@/components/account/account-needed";
import { notFound } from "next/navigation";
import { StartCheckoutForm } from "@/components/subscribe/checkout-forms";
import { TestModeBanner } from "@/components/subscribe/test-mode-banner";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getCurrentReader } from "@/lib/subscriptions/current-reader";
import { isTestMode } from "@/lib/subscriptions/payment-provider";
import { findOfferedPlan, priceLabel } from "@/lib/subscriptions/plans";
import { checkOffer, offerPrice } from "@/lib/offers/find-offer";
import { formatMoney } from "@/lib/subscriptions/money";
import { trialAvailable } from "@/lib/subscriptions/trials";

export const metadata: Metadata = { title: "Your subscription", robots: { index: false } };

type Props = { params: Promise<{ plan: string }>; searchParams: Promise<{ offer?: string }> };

/** The chosen plan: sign in (and come back here), give a print address, go to payment. */
export default async function ChosenPlanPage({ params, searchParams }: Props) {
  const { plan: slug } = await params;
  const plan = await findOfferedPlan(db, slug);
  if (!plan) notFound();
  const offerCode = ((await searchParams).offer ?? "").slice(0, 40);
  const here = `/subscribe/${plan.slug}${offerCode ? `?offer=${encodeURIComponent(offerCode)}` : ""}`;
  const [user, reader] = await Promise.all([getCurrentUser(), getCurrentReader()]);
  // What the reader will pay, shown before they pay: the offer from the link, the trial.
  const [offer, trial] = await Promise.all([
    offerCode ? checkOffer(db, { code: offerCode, userId: user?.id, planId: plan.id }) : null,
    user ? trialAvailable(db, user.id, plan) : plan.trialDays > 0,
  ]);
  const address = user
    ? await db.address.findUnique({
        where: { userId: user.id },
        omit: { id: true, userId: true, updatedAt: true },
      })
    : null;

  return (
    <div className="mx-auto max-w-xl font-sans">
      {isTestMode() && <TestModeBanner />}
      <p className="text-sm font-semibold tracking-widest text-red-800 uppercase">Your plan</p>
      <h1 className="mt-1 font-serif text-4xl font-bold">{plan.name}</h1>
      <p className="mt-2 text-lg">
        {priceLabel(plan)}. Cancel anytime; 60-day money-back guarantee.
      </p>
      {trial && (
        <p className="mt-2 border-l-4 border-green-700 bg-green-50 px-3 py-2">
          Starts with a {plan.trialDays}-day free trial: nothing to pay today, and nothing at all if
          you cancel before it ends.
        </p>
      )}
      {offer?.ok && (
        <p className="mt-2 border-l-4 border-green-700 bg-green-50 px-3 py-2">
          Offer {offer.offer.code}: {offer.offer.description} —{" "}
          <strong>
            {formatMoney(offerPrice(offer.offer, plan.priceAmount).amount, plan.currency)}
          </strong>{" "}
          instead of {formatMoney(plan.priceAmount, plan.currency)}
          {trial ? " when the trial ends" : " today"}.
        </p>
      )}
      <p className="mt-1 text-sm">
        <Link href="/subscribe" className="underline">
          Choose a different plan
        </Link>
      </p>
      <div className="mt-8">
        {!user ? (
          <AccountNeeded
            here={here}
            why="Your subscription belongs to an account, so you can read on any device and manage it yourself."
            className="border-2 border-stone-900 p-6"
          />
        ) : reader?.entitlement.subscriber ? (
          <p className="border-l-4 border-green-700 bg-green-50 px-3 py-2">
            You already have a subscription.{" "}
            <Link href="/account#subscription-heading" className="underline">
              Manage it on your account page
            </Link>
            .
          </p>
        ) : (
          <>
            <p className="mb-6 text-stone-700">
              Subscribing as <strong>{user.email}</strong>.
            </p>
            <StartCheckoutForm
              planSlug={plan.slug}
              offerCode={offerCode}
              offerError={offer && !offer.ok ? offer.message : undefined}
              includesPrint={plan.includesPrint}
              savedAddress={address ?? undefined}
            />
          </>
        )}
      </div>
    </div>
  );
}
