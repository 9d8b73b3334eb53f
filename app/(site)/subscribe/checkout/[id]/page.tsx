import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DemoCardForm } from "@/components/subscribe/checkout-forms";
import { TestModeBanner } from "@/components/subscribe/test-mode-banner";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOwnCheckout } from "@/lib/subscriptions/checkout";
import { formatMoney } from "@/lib/subscriptions/money";
import { priceLabel } from "@/lib/subscriptions/plans";

export const metadata: Metadata = { title: "Payment (test mode)", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** The demo provider's payment page. Stripe checkouts never come here. */
export default async function DemoCheckoutPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/subscribe/checkout/${id}`);
  const checkout = await getOwnCheckout(db, user, id).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (checkout.provider !== "demo") notFound();
  if (checkout.status === "COMPLETE") redirect(`/subscribe/success?checkout=${checkout.id}`);
  const { plan } = checkout;
  const expired = checkout.status !== "OPEN" || checkout.expiresAt <= new Date();

  return (
    <div className="mx-auto max-w-xl font-sans">
      <TestModeBanner />
      <h1 className="font-serif text-4xl font-bold">Payment</h1>
      <p className="mt-2 text-lg">
        {plan.name}: {priceLabel(plan)}
        {plan.includesPrint && ", print edition included"}.
      </p>
      <p className="mt-1 text-sm text-stone-700">
        You are charged today and then every {plan.interval === "YEAR" ? "year" : "month"} until you
        cancel. Cancel anytime; full refund within 60 days.
      </p>
      <div className="mt-8">
        {expired ? (
          <p className="border-l-4 border-red-700 bg-red-50 px-3 py-2">
            This checkout has expired.{" "}
            <Link href={`/subscribe/${plan.slug}`} className="underline">
              Start again
            </Link>
            .
          </p>
        ) : (
          <DemoCardForm
            checkoutId={checkout.id}
            amountLabel={formatMoney(plan.priceAmount, plan.currency)}
          />
        )}
      </div>
    </div>
  );
}
