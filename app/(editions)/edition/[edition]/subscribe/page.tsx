import type { Metadata } from "next";
import { PlanCard } from "@/components/subscribe/plan-card";
import Link from "next/link";
import { db } from "@/lib/db";
import { editionOfParams, type EditionParams } from "@/lib/editions/edition-params";
import { GUARANTEE_DAYS } from "@/lib/subscriptions/billing-period";
import { listOfferedPlans } from "@/lib/subscriptions/plans";

export const metadata: Metadata = {
  title: "Subscribe",
  description: "The Meridian's plans: digital monthly, digital yearly, and digital with print.",
  alternates: { canonical: "/subscribe" },
};

// The same for every reader of an edition: cached, refreshed when plans change. Subscribers
// are told where their own subscription is managed.
export const revalidate = 3600;

export default async function SubscribePage({ params }: { params: EditionParams }) {
  const edition = await editionOfParams(params);
  const plans = await listOfferedPlans(db);
  const best = plans.find((plan) => plan.slug === "digital-yearly")?.slug;
  return (
    <div className="mx-auto max-w-6xl">
      <div className="mx-auto max-w-3xl text-center">
        <h1 className="font-serif text-4xl font-bold md:text-5xl">Subscribe to The Meridian</h1>
        <p className="mt-4 font-serif text-xl text-stone-700">
          Twenty-four issues a year of reporting that takes its time, every article read aloud, the
          whole archive open to you, and no ads.
        </p>
      </div>
      {edition === "subscriber" && (
        <p
          role="status"
          className="mx-auto mt-8 max-w-3xl border-l-4 border-red-800 bg-stone-100 px-4 py-3 font-sans"
        >
          You are a subscriber: everything below is already yours. Change your plan, print address
          or billing on{" "}
          <Link href="/account" className="font-semibold underline underline-offset-4">
            your account page
          </Link>
          .
        </p>
      )}
      {plans.length === 0 ? (
        <p className="mt-10 text-center font-sans">
          No plans are on sale at the moment. Please come back soon.
        </p>
      ) : (
        <div className="mt-10 grid gap-6 md:grid-cols-3">
          {plans.map((plan) => (
            <PlanCard key={plan.id} plan={plan} highlighted={plan.slug === best} />
          ))}
        </div>
      )}
      <section
        aria-labelledby="promises-heading"
        className="mx-auto mt-12 grid max-w-4xl gap-6 border-t border-stone-300 pt-8 font-sans md:grid-cols-2"
      >
        <h2 id="promises-heading" className="sr-only">
          Our promises
        </h2>
        <div>
          <h3 className="font-serif text-xl font-bold">
            {GUARANTEE_DAYS}-day money-back guarantee
          </h3>
          <p className="mt-2 text-stone-700">
            Not for you? Within {GUARANTEE_DAYS} days of your first payment, choose “Cancel and
            refund” on your account page and we refund every payment in full, straight away.
          </p>
        </div>
        <div>
          <h3 className="font-serif text-xl font-bold">Cancel anytime</h3>
          <p className="mt-2 text-stone-700">
            One button on your account page. You keep access until the end of the period you paid
            for, and can resume until then.
          </p>
        </div>
      </section>
      <p className="mx-auto mt-8 max-w-4xl font-sans text-lg">
        Reading for someone else?{" "}
        <Link href="/subscribe/gift" className="font-semibold text-red-800 underline">
          Give The Meridian as a gift
        </Link>
        : 3, 6 or 12 months, delivered on the day you choose.
      </p>
    </div>
  );
}
