import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { GiftCardForm } from "@/components/gifts/gift-card-form";
import { TestModeBanner } from "@/components/subscribe/test-mode-banner";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { giftThanksPath } from "@/lib/gifts/buy-gift";
import { getGiftForBuyer } from "@/lib/gifts/buyer-gift";
import { formatMoney } from "@/lib/subscriptions/money";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = {
  title: "Pay for your gift (test mode)",
  robots: { index: false },
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ t?: string }> };

/** The demo provider's payment page for a gift. Stripe gifts never come here. */
export default async function GiftCheckoutPage({ params, searchParams }: Props) {
  const [{ id }, { t }] = await Promise.all([params, searchParams]);
  const gift = await getGiftForBuyer(db, id, t).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (gift.provider !== "demo") notFound();
  if (gift.status !== "PENDING") redirect(giftThanksPath(gift.id));
  const amount = formatMoney(gift.amount, gift.currency);
  return (
    <div className="mx-auto max-w-xl font-sans">
      <TestModeBanner />
      <h1 className="font-serif text-4xl font-bold">Pay for your gift</h1>
      <p className="mt-2 text-lg">
        {gift.plan.name} for {gift.months} months, for {gift.recipientName}: {amount}, paid once.
      </p>
      <p className="mt-1 text-sm text-stone-700">
        We email {gift.recipientEmail}{" "}
        {gift.deliverOn > new Date()
          ? `on ${formatLongDate(gift.deliverOn)}`
          : "as soon as you have paid"}
        . The gift does not renew.
      </p>
      <div className="mt-8">
        <GiftCardForm giftId={gift.id} token={t ?? ""} amountLabel={amount} />
      </div>
    </div>
  );
}
