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
import { describeOffer, discountOn } from "@/lib/offers/discount";
import { trialEnd } from "@/lib/subscriptions/trials";
import { formatLongDate } from "@/lib/text/format-date";

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
  const { plan, offer } = checkout;
  const now = new Date();
  // As payment decides it (lib/subscriptions/demo-checkout.ts): a plan since set to 0 days has none.
  const withTrial = checkout.withTrial && plan.trialDays > 0;
  const expired = checkout.status !== "OPEN" || checkout.expiresAt <= now;
  const discount = offer ? discountOn(offer, plan.priceAmount) : 0;
  const firstCharge = formatMoney(plan.priceAmount - discount, plan.currency);
  const every = plan.interval === "YEAR" ? "year" : "month";

  return (
    <div className="mx-auto max-w-xl font-sans">
      <TestModeBanner />
      <h1 className="font-serif text-4xl font-bold">Payment</h1>
      <p className="mt-2 text-lg">
        {plan.name}: {priceLabel(plan)}
        {plan.includesPrint && ", print edition included"}.
      </p>
      {offer && discount > 0 && (
        <p className="mt-2">
          Offer {offer.code}: {describeOffer(offer, plan.currency)}.{" "}
          <strong>
            Discount −{formatMoney(discount, plan.currency)}: your first payment is {firstCharge}
          </strong>{" "}
          instead of {formatMoney(plan.priceAmount, plan.currency)}.
        </p>
      )}
      {withTrial ? (
        <p className="mt-2 text-sm text-stone-700">
          Free for {plan.trialDays} days: nothing is charged today. On{" "}
          {formatLongDate(trialEnd(now, plan.trialDays))} your card is charged {firstCharge}, then
          every {every} until you cancel. Cancel before the trial ends and you pay nothing.
        </p>
      ) : (
        <p className="mt-1 text-sm text-stone-700">
          You are charged today and then every {every} until you cancel. Cancel anytime; full refund
          within 60 days.
        </p>
      )}
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
            submitLabel={withTrial ? "Start free trial" : `Pay ${firstCharge}`}
          />
        )}
      </div>
    </div>
  );
}
