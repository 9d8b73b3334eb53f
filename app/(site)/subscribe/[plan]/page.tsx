import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartCheckoutForm } from "@/components/subscribe/checkout-forms";
import { TestModeBanner } from "@/components/subscribe/test-mode-banner";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getCurrentReader } from "@/lib/subscriptions/current-reader";
import { isTestMode } from "@/lib/subscriptions/payment-provider";
import { findOfferedPlan, priceLabel } from "@/lib/subscriptions/plans";

export const metadata: Metadata = { title: "Your subscription", robots: { index: false } };

type Props = { params: Promise<{ plan: string }> };

/** The chosen plan: sign in (and come back here), give a print address, go to payment. */
export default async function ChosenPlanPage({ params }: Props) {
  const { plan: slug } = await params;
  const plan = await findOfferedPlan(db, slug);
  if (!plan) notFound();
  const here = `/subscribe/${plan.slug}`;
  const [user, reader] = await Promise.all([getCurrentUser(), getCurrentReader()]);
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
      <p className="mt-1 text-sm">
        <Link href="/subscribe" className="underline">
          Choose a different plan
        </Link>
      </p>
      <div className="mt-8">
        {!user ? (
          <section aria-labelledby="account-needed" className="border-2 border-stone-900 p-6">
            <h2 id="account-needed" className="font-serif text-2xl font-bold">
              First, your account
            </h2>
            <p className="mt-2 text-stone-700">
              Your subscription belongs to an account, so you can read on any device and manage it
              yourself. You come straight back here afterwards.
            </p>
            <div className="mt-4 flex flex-wrap gap-3">
              <Link
                href={`/signup?from=${encodeURIComponent(here)}`}
                className="bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-red-800"
              >
                Create an account
              </Link>
              <Link
                href={`/signin?from=${encodeURIComponent(here)}`}
                className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-stone-100"
              >
                Sign in
              </Link>
            </div>
          </section>
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
              includesPrint={plan.includesPrint}
              savedAddress={address ?? undefined}
            />
          </>
        )}
      </div>
    </div>
  );
}
