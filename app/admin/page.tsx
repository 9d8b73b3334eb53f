import type { Metadata } from "next";
import Link from "next/link";
import { SubscriberChart } from "@/components/admin/subscriber-chart";
import { businessMetrics, WINDOW_DAYS, type MoneyTotal } from "@/lib/admin/business-metrics";
import { growthMetrics } from "@/lib/admin/growth-metrics";
import { adminOverview } from "@/lib/admin/overview";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/subscriptions/money";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

function Figure({ label, value, note }: { label: string; value: number | string; note?: string }) {
  return (
    <div className="border-t-4 border-stone-900 pt-2">
      <dt className="font-sans text-xs tracking-widest text-stone-600 uppercase">{label}</dt>
      <dd className="font-serif text-4xl font-bold">
        {typeof value === "number" ? value.toLocaleString("en-US") : value}
      </dd>
      {note && <dd className="font-sans text-xs text-stone-600">{note}</dd>}
    </div>
  );
}

const money = (totals: MoneyTotal[]) =>
  totals.length === 0 ? "$0" : totals.map((t) => formatMoney(t.amount, t.currency)).join(" + ");

const percent = (rate: number | null) =>
  rate === null ? "—" : `${(rate * 100).toFixed(rate > 0 && rate < 0.1 ? 1 : 0)}%`;

export default async function AdminHome() {
  const user = await requirePermission("admin:access", "/admin");
  const [overview, business, growth] = await Promise.all([
    adminOverview(db, user),
    businessMetrics(db, user),
    growthMetrics(db, user),
  ]);
  const roles = overview.usersByRole;
  const articles = overview.articlesByStatus;
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Admin</h1>
      <section aria-labelledby="business-heading" className="mt-8">
        <h2 id="business-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          Subscriptions
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-4">
          <Figure label="Active subscribers" value={business.activeTotal} />
          <Figure label="Monthly recurring revenue" value={money(business.mrr)} />
          <Figure
            label={`Churn, last ${WINDOW_DAYS} days`}
            value={percent(business.churn.rate)}
            note={`${business.churn.endedSince} of ${business.churn.activeAtStart} ended`}
          />
          <Figure
            label={`Refunds, last ${WINDOW_DAYS} days`}
            value={business.refunds.count}
            note={money(business.refunds.amounts)}
          />
          <Figure label={`New, last ${WINDOW_DAYS} days`} value={business.newSubscriptions} />
          <Figure label={`Cancelled, last ${WINDOW_DAYS} days`} value={business.cancellations} />
          <Figure label={`Ended, last ${WINDOW_DAYS} days`} value={business.ended} />
        </dl>
        <h3 className="mt-8 font-serif text-xl font-bold">Active subscribers by plan</h3>
        <table className="mt-2 font-sans text-sm">
          <thead className="border-b-2 border-stone-900 text-left">
            <tr>
              <th scope="col" className="py-1 pr-8">
                Plan
              </th>
              <th scope="col" className="py-1 text-right">
                Active
              </th>
            </tr>
          </thead>
          <tbody>
            {business.activeByPlan.map((plan) => (
              <tr key={plan.planId} className="border-b border-stone-200">
                <th scope="row" className="py-1 pr-8 text-left font-normal">
                  <Link
                    href={`/admin/plans/${plan.planId}`}
                    className="underline-offset-4 hover:underline"
                  >
                    {plan.planName}
                  </Link>
                  {plan.retired && <span className="text-stone-600"> (retired)</span>}
                </th>
                <td className="py-1 text-right">{plan.count.toLocaleString("en-US")}</td>
              </tr>
            ))}
            {business.activeByPlan.length === 0 && (
              <tr>
                <td colSpan={2} className="py-1">
                  No active subscribers yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <h3 className="mt-8 font-serif text-xl font-bold">Active subscribers, last 12 months</h3>
        <SubscriberChart points={business.monthly} />
        <details className="mt-6 max-w-3xl font-sans text-sm text-stone-700">
          <summary className="cursor-pointer font-semibold">How these figures are counted</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Active</strong>: a subscription that has started and whose access has not
              ended (cancelled ones count until their paid period ends; a failed renewal ends at the
              period&rsquo;s end). Each reader has at most one.
            </li>
            <li>
              <strong>Monthly recurring revenue</strong>: what active subscriptions pay, each at its
              own price; yearly prices count one twelfth, complimentary ones and free trials
              nothing; a subscription bought with an offer counts what it was last charged (the
              discounted price while the discount lasts).
            </li>
            <li>
              <strong>Churn</strong>: of the subscriptions active {WINDOW_DAYS} days ago, the share
              whose access has ended since. Subscriptions begun in the last {WINDOW_DAYS} days are
              left out of both numbers.
            </li>
            <li>
              <strong>Cancelled</strong>: cancellations asked for in the last {WINDOW_DAYS} days (at
              once or at period end); <strong>Ended</strong>: access that ended in them, for any
              reason. <strong>Refunds</strong>: payments refunded in them, with the amounts
              refunded.
            </li>
            <li>
              <strong>Growth</strong>: newsletter sign-ups made, trials started, trials that ended
              (and of those, converted: first charge paid), subscriptions bought with an offer, and
              gifts paid for and redeemed, each in the last {WINDOW_DAYS} days.
            </li>
          </ul>
        </details>
        <p className="mt-4 flex flex-wrap gap-4 font-sans text-sm">
          <Link href="/admin/plans" className="underline underline-offset-4">
            Plans
          </Link>
          <Link href="/admin/offers" className="underline underline-offset-4">
            Offers
          </Link>
          <Link href="/admin/gifts" className="underline underline-offset-4">
            Gifts
          </Link>
          <Link href="/admin/print" className="underline underline-offset-4">
            Print mailing list
          </Link>
          <Link href="/admin/ads" className="underline underline-offset-4">
            House ads
          </Link>
          <Link href="/admin/audit" className="underline underline-offset-4">
            Audit trail
          </Link>
        </p>
      </section>
      <section aria-labelledby="growth-heading" className="mt-8">
        <h2 id="growth-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          Growth, last {WINDOW_DAYS} days
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-4">
          <Figure label="Newsletter sign-ups" value={growth.newsletterSignUps} />
          <Figure label="Trials started" value={growth.trialsStarted} />
          <Figure
            label="Trials converted"
            value={growth.trialsConverted}
            note={`of ${growth.trialsEnded.toLocaleString("en-US")} ended`}
          />
          <Figure label="Offer redemptions" value={growth.offerRedemptions} />
          <Figure label="Gifts bought" value={growth.giftsBought} />
          <Figure label="Gifts redeemed" value={growth.giftsRedeemed} />
        </dl>
      </section>
      <section aria-labelledby="people-heading" className="mt-8">
        <h2 id="people-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          People
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-5">
          <Figure label="Readers" value={roles.READER ?? 0} />
          <Figure label="Writers" value={roles.WRITER ?? 0} />
          <Figure label="Editors" value={roles.EDITOR ?? 0} />
          <Figure label="Admins" value={roles.ADMIN ?? 0} />
          <Figure label="Disabled" value={overview.disabled} />
        </dl>
        <p className="mt-4 font-sans text-sm">
          <Link href="/admin/users" className="underline underline-offset-4">
            Manage users and roles
          </Link>
        </p>
      </section>
      <section aria-labelledby="articles-heading" className="mt-10">
        <h2 id="articles-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          Articles
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-5">
          <Figure label="Published" value={articles.PUBLISHED ?? 0} />
          <Figure label="In review" value={articles.IN_REVIEW ?? 0} />
          <Figure label="Drafts" value={articles.DRAFT ?? 0} />
          <Figure label="Scheduled" value={articles.SCHEDULED ?? 0} />
          <Figure label="Archived" value={articles.ARCHIVED ?? 0} />
        </dl>
      </section>
    </>
  );
}
