import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOwnReceipt } from "@/lib/subscriptions/account-billing";
import { formatMoney } from "@/lib/subscriptions/money";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Receipt", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function ReceiptPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/account/receipts/${id}`);
  const payment = await getOwnReceipt(db, user.id, id).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (payment.status !== "PAID") notFound();
  const net = payment.amount - payment.refundedAmount;
  return (
    <article className="mx-auto max-w-xl border border-stone-300 bg-white p-8 font-sans">
      <p className="text-sm font-semibold tracking-widest text-red-800 uppercase">The Meridian</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">Receipt</h1>
      {payment.subscription.provider === "demo" && (
        <p className="mt-2 text-sm text-amber-900">Test mode — no real payment was taken.</p>
      )}
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-semibold">Receipt number</dt>
        <dd className="break-all">{payment.id}</dd>
        <dt className="font-semibold">Date</dt>
        <dd>{formatLongDate(payment.createdAt)}</dd>
        <dt className="font-semibold">Billed to</dt>
        <dd>
          {payment.user?.name} ({payment.user?.email})
        </dd>
        <dt className="font-semibold">For</dt>
        <dd>{payment.description}</dd>
        <dt className="font-semibold">Period</dt>
        <dd>
          {formatLongDate(payment.periodStart)} – {formatLongDate(payment.periodEnd)}
        </dd>
        {payment.cardLast4 && (
          <>
            <dt className="font-semibold">Paid with</dt>
            <dd>Card ending {payment.cardLast4}</dd>
          </>
        )}
        {payment.discountAmount > 0 && (
          <>
            <dt className="font-semibold">Price</dt>
            <dd>{formatMoney(payment.amount + payment.discountAmount, payment.currency)}</dd>
            <dt className="font-semibold">Discount</dt>
            <dd>
              −{formatMoney(payment.discountAmount, payment.currency)}
              {payment.discountLabel && ` (${payment.discountLabel})`}
            </dd>
          </>
        )}
        <dt className="font-semibold">Amount paid</dt>
        <dd>{formatMoney(payment.amount, payment.currency)}</dd>
        {payment.refundedAmount > 0 && (
          <>
            <dt className="font-semibold">Refunded</dt>
            <dd>
              {formatMoney(payment.refundedAmount, payment.currency)}
              {payment.refundedAt && ` on ${formatLongDate(payment.refundedAt)}`}
            </dd>
            <dt className="font-semibold">Net</dt>
            <dd>{formatMoney(net, payment.currency)}</dd>
          </>
        )}
      </dl>
      <p className="mt-8 text-sm">
        <Link href="/account#subscription-heading" className="underline">
          Back to your account
        </Link>
      </p>
    </article>
  );
}
