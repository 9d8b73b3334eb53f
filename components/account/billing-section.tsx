import Link from "next/link";
import {
  AddressForm,
  CancelAndRefund,
  CancelSubscription,
  ResumeSubscription,
} from "@/components/account/subscription-panel";
import type { getAccountBilling } from "@/lib/subscriptions/account-billing";
import { formatMoney } from "@/lib/subscriptions/money";
import { intervalWord } from "@/lib/subscriptions/plans";
import { formatLongDate } from "@/lib/text/format-date";

type Billing = Awaited<ReturnType<typeof getAccountBilling>>;

const STATUS: Record<string, string> = {
  ACTIVE: "Active",
  TRIALING: "Trial",
  PAST_DUE: "Payment failed",
  CANCELED: "Ended",
  INCOMPLETE: "Awaiting payment",
};

/** The subscription part of /account: plan, status, renewal, actions, payments, address. */
export function BillingSection({ billing }: { billing: Billing }) {
  const { subscription, payments, address } = billing;
  const refundable = payments
    .filter((p) => p.status === "PAID")
    .reduce((sum, p) => sum + p.amount - p.refundedAmount, 0);
  return (
    <section
      aria-labelledby="subscription-heading"
      className="border-t border-stone-300 py-8 font-sans"
    >
      <h2 id="subscription-heading" className="mb-4 font-serif text-2xl font-bold">
        Subscription
      </h2>
      {!subscription ? (
        <p>
          You do not subscribe yet.{" "}
          <Link href="/subscribe" className="font-semibold text-red-800 underline">
            See the plans
          </Link>
        </p>
      ) : (
        <>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="font-semibold">Plan</dt>
            <dd>
              {subscription.planName}
              {subscription.complimentary && !subscription.gift && " (complimentary)"}
            </dd>
            {subscription.gift && (
              <>
                <dt className="font-semibold">Gift</dt>
                <dd>
                  Gift from {subscription.gift.from}, {subscription.live ? "ends on" : "ended on"}{" "}
                  {formatLongDate(subscription.endedAt ?? subscription.currentPeriodEnd)}, does not
                  renew
                </dd>
              </>
            )}
            {subscription.trialEnd && (
              <>
                <dt className="font-semibold">Free trial</dt>
                <dd>
                  {subscription.cancelAtPeriodEnd
                    ? `Ends on ${formatLongDate(subscription.trialEnd)}; you will not be charged.`
                    : `Until ${formatLongDate(subscription.trialEnd)}. Cancel before then and you pay nothing.`}
                </dd>
              </>
            )}
            {subscription.offerLabel && (
              <>
                <dt className="font-semibold">Offer</dt>
                <dd>{subscription.offerLabel}</dd>
              </>
            )}
            <dt className="font-semibold">Status</dt>
            <dd>
              {subscription.live && subscription.cancelAtPeriodEnd && !subscription.gift
                ? "Cancelled — access continues until the end of the period"
                : (STATUS[subscription.status] ?? subscription.status)}
            </dd>
            {subscription.live &&
              !subscription.cancelAtPeriodEnd &&
              !subscription.complimentary && (
                <>
                  <dt className="font-semibold">
                    {subscription.trialEnd ? "First payment" : "Next renewal"}
                  </dt>
                  <dd>
                    {formatLongDate(subscription.currentPeriodEnd)},{" "}
                    {formatMoney(subscription.nextChargeAmount, subscription.currency)} for{" "}
                    {subscription.trialEnd ? "a" : "another"} {intervalWord(subscription.interval)}
                    {subscription.nextChargeAmount < subscription.priceAmount &&
                      ` (offer price; usually ${formatMoney(subscription.priceAmount, subscription.currency)})`}
                  </dd>
                </>
              )}
            {subscription.live &&
              (subscription.cancelAtPeriodEnd || subscription.complimentary) && (
                <>
                  <dt className="font-semibold">Access until</dt>
                  <dd>{formatLongDate(subscription.currentPeriodEnd)}</dd>
                </>
              )}
            {!subscription.live && subscription.endedAt && (
              <>
                <dt className="font-semibold">Ended</dt>
                <dd>{formatLongDate(subscription.endedAt)}</dd>
              </>
            )}
          </dl>
          {/* A gift has nothing to cancel, resume, refund or pay with. */}
          {subscription.live && !subscription.gift && (
            <div className="mt-6 space-y-4">
              {subscription.cancelAtPeriodEnd ? (
                <ResumeSubscription subscriptionId={subscription.id} />
              ) : (
                !subscription.complimentary && (
                  <CancelSubscription
                    subscriptionId={subscription.id}
                    accessUntil={formatLongDate(subscription.currentPeriodEnd)}
                  />
                )
              )}
              {subscription.refundableUntil && refundable > 0 && (
                <div>
                  <p className="text-sm text-stone-700">
                    Money-back guarantee: until {formatLongDate(subscription.refundableUntil)} you
                    can end your subscription and get every payment back.
                  </p>
                  <CancelAndRefund
                    subscriptionId={subscription.id}
                    amountLabel={formatMoney(refundable, subscription.currency)}
                  />
                </div>
              )}
              {subscription.cardChangeable && (
                <a href="/account/billing-portal" className="inline-block underline">
                  Change your card or billing details
                </a>
              )}
            </div>
          )}
          {!subscription.live && (
            <p className="mt-4">
              <Link href="/subscribe" className="font-semibold text-red-800 underline">
                Subscribe again
              </Link>
            </p>
          )}
        </>
      )}

      {payments.length > 0 && (
        <>
          <h3 className="mt-8 mb-2 font-serif text-xl font-bold">Payment history</h3>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-400">
                  <th scope="col" className="py-2 pr-4">
                    Date
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Description
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Amount
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Status
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Receipt</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {payments.map((payment) => (
                  <tr key={payment.id} className="border-b border-stone-200">
                    <td className="py-2 pr-4 whitespace-nowrap">
                      {formatLongDate(payment.createdAt)}
                    </td>
                    <td className="py-2 pr-4">
                      {payment.description}
                      {payment.discountAmount > 0 && (
                        <span className="block text-xs text-stone-600">
                          {payment.discountLabel ?? "Discount"}: −
                          {formatMoney(payment.discountAmount, payment.currency)}
                        </span>
                      )}
                    </td>
                    <td className="py-2 pr-4 text-right whitespace-nowrap">
                      {formatMoney(payment.amount, payment.currency)}
                    </td>
                    <td className="py-2 pr-4">
                      {payment.status === "FAILED"
                        ? "Failed"
                        : payment.refundedAmount >= payment.amount
                          ? "Refunded"
                          : payment.refundedAmount > 0
                            ? `Partly refunded (${formatMoney(payment.refundedAmount, payment.currency)})`
                            : "Paid"}
                    </td>
                    <td className="py-2">
                      {payment.status === "PAID" && (
                        <Link href={`/account/receipts/${payment.id}`} className="underline">
                          Receipt
                          <span className="sr-only"> for {formatLongDate(payment.createdAt)}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {(subscription?.includesPrint || address) && (
        <div className="mt-8">
          <AddressForm address={address} />
        </div>
      )}
    </section>
  );
}
