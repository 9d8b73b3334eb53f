import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TestModeBanner } from "@/components/subscribe/test-mode-banner";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getGiftForBuyer } from "@/lib/gifts/buyer-gift";
import { formatMoney } from "@/lib/subscriptions/money";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Thank you for your gift", robots: { index: false } };

type Props = { searchParams: Promise<{ gift?: string; t?: string }> };

/**
 * Where a gift's payment comes back to. With Stripe the webhook may land a moment after
 * the buyer does; until then the page says so and refreshes itself.
 */
export default async function GiftThanksPage({ searchParams }: Props) {
  const { gift: giftId, t } = await searchParams;
  const gift = await getGiftForBuyer(db, giftId, t).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (gift.status === "PENDING")
    return (
      <div className="mx-auto max-w-xl font-sans">
        <meta httpEquiv="refresh" content="3" />
        <h1 className="font-serif text-4xl font-bold">Confirming your payment…</h1>
        <p className="mt-4" role="status">
          This page refreshes by itself as soon as the payment is confirmed.
        </p>
      </div>
    );
  const sent = gift.status !== "PAID";
  return (
    <div className="mx-auto max-w-xl font-sans">
      {gift.provider === "demo" && <TestModeBanner />}
      <h1 className="font-serif text-4xl font-bold">Thank you for your gift</h1>
      <p className="mt-4 text-lg">
        {sent
          ? `We have emailed ${gift.recipientName} (${gift.recipientEmail}) their gift.`
          : `We will email ${gift.recipientName} (${gift.recipientEmail}) their gift on ${formatLongDate(gift.deliverOn)}.`}{" "}
        A receipt is on its way to {gift.buyerEmail}.
      </p>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-semibold">Gift</dt>
        <dd>
          {gift.plan.name} for {gift.months} months, does not renew
        </dd>
        <dt className="font-semibold">Paid</dt>
        <dd>
          {formatMoney(gift.amount, gift.currency)}
          {gift.paidAt && ` on ${formatLongDate(gift.paidAt)}`}
          {gift.cardLast4 && ` with the card ending ${gift.cardLast4}`}
        </dd>
        <dt className="font-semibold">Receipt number</dt>
        <dd>{gift.id}</dd>
      </dl>
      <p className="mt-6">
        <Link href="/subscribe/gift" className="underline">
          Give another gift
        </Link>
      </p>
    </div>
  );
}
