import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TestModeBanner } from "@/components/subscribe/test-mode-banner";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOwnCheckout } from "@/lib/subscriptions/checkout";

export const metadata: Metadata = { title: "Welcome, subscriber", robots: { index: false } };

type Props = { searchParams: Promise<{ checkout?: string }> };

/**
 * Where checkout comes back to. With Stripe the webhook may land a moment after the
 * reader does; until then the page says so and refreshes itself (no JavaScript needed).
 */
export default async function SubscribeSuccessPage({ searchParams }: Props) {
  const checkoutId = (await searchParams).checkout ?? "";
  const user = await requireUser(`/subscribe/success?checkout=${encodeURIComponent(checkoutId)}`);
  const checkout = await getOwnCheckout(db, user, checkoutId).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const done = checkout.status === "COMPLETE";
  return (
    <div className="mx-auto max-w-xl font-sans">
      {checkout.provider === "demo" && <TestModeBanner />}
      {done ? (
        <>
          <h1 className="font-serif text-4xl font-bold">Welcome to The Meridian</h1>
          <p className="mt-4 text-lg">
            {checkout.withTrial && checkout.plan.trialDays > 0
              ? `Your ${checkout.plan.name} free trial has started. Every article, every issue and the audio of every story are yours to read and hear; you can cancel from your account before the trial ends and pay nothing.`
              : `Your ${checkout.plan.name} subscription is active. Every article, every issue and the audio of every story are yours to read and hear. A receipt is on its way to ${user.email}.`}
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              href="/"
              className="bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-red-800"
            >
              Start reading
            </Link>
            <Link
              href="/issues"
              className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-stone-100"
            >
              Browse the issues
            </Link>
            <Link
              href="/account"
              className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-stone-100"
            >
              Your account
            </Link>
          </div>
        </>
      ) : (
        <>
          <meta httpEquiv="refresh" content="3" />
          <h1 className="font-serif text-4xl font-bold">Confirming your payment…</h1>
          <p className="mt-4" role="status">
            We are waiting for the payment provider to confirm. This page refreshes by itself.
          </p>
        </>
      )}
    </div>
  );
}
