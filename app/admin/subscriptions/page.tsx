import type { Metadata } from "next";
import Link from "next/link";
import { GrantComplimentaryForm } from "@/components/admin/subscription-actions";
import { FormMessage } from "@/components/ui/form-field";
import {
  filterQuery,
  parseSubscriptionFilters,
  STATUS_LABEL,
  SUBSCRIPTION_STATUSES,
  type SubscriptionFilters,
} from "@/lib/admin/subscription-filters";
import { listSubscriptions, subscriptionPlanOptions } from "@/lib/admin/subscription-list";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/subscriptions/money";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Subscriptions", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORT_LABEL = { started: "Started", "period-end": "Period end", name: "Reader name" };

const href = (filters: SubscriptionFilters, extra: Record<string, string> = {}) => {
  const query = filterQuery(filters, extra);
  return query ? `/admin/subscriptions?${query}` : "/admin/subscriptions";
};

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value.slice(0, 400) : undefined;

function Select(props: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      <select
        id={props.id}
        name={props.name}
        defaultValue={props.value ?? ""}
        className="mt-1 border border-stone-400 bg-white px-2 py-2"
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function AdminSubscriptionsPage({ searchParams }: Props) {
  const admin = await requirePermission("subscription:manage", "/admin/subscriptions");
  const params = await searchParams;
  const { filters, errors } = parseSubscriptionFilters(params);
  const [list, plans] = await Promise.all([
    listSubscriptions(db, admin, {
      filters,
      after: single(params.after),
      before: single(params.before),
    }),
    subscriptionPlanOptions(db, admin),
  ]);
  const errorText = Object.values(errors).join(" ");
  const exportQuery = filterQuery(filters);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Subscriptions</h1>
      <form
        method="get"
        role="search"
        aria-label="Filter subscriptions"
        className="mt-6 flex flex-wrap items-end gap-3 font-sans text-sm"
      >
        <div>
          <label htmlFor="subs-q" className="block font-semibold">
            Name or email
          </label>
          <input
            id="subs-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={100}
            className="mt-1 w-full border border-stone-400 px-3 py-2 sm:w-64"
          />
        </div>
        <Select
          id="subs-status"
          name="status"
          label="Status"
          value={filters.status}
          options={[
            ["", "Any status"],
            ...SUBSCRIPTION_STATUSES.map((s): [string, string] => [s, STATUS_LABEL[s]]),
          ]}
        />
        <Select
          id="subs-plan"
          name="plan"
          label="Plan"
          value={filters.plan}
          options={[["", "Any plan"], ...plans.map((p): [string, string] => [p.id, p.label])]}
        />
        <Select
          id="subs-print"
          name="print"
          label="Print"
          value={filters.print}
          options={[
            ["", "Print or not"],
            ["yes", "With print"],
            ["no", "Digital only"],
          ]}
        />
        <div>
          <label htmlFor="subs-from" className="block font-semibold">
            Started from
          </label>
          <input
            id="subs-from"
            name="from"
            type="date"
            defaultValue={filters.from}
            className="mt-1 border border-stone-400 px-2 py-1.5"
          />
        </div>
        <div>
          <label htmlFor="subs-to" className="block font-semibold">
            Started to
          </label>
          <input
            id="subs-to"
            name="to"
            type="date"
            defaultValue={filters.to}
            className="mt-1 border border-stone-400 px-2 py-1.5"
          />
        </div>
        <Select
          id="subs-sort"
          name="sort"
          label="Sort by"
          value={filters.sort}
          options={Object.entries(SORT_LABEL)}
        />
        <Select
          id="subs-dir"
          name="dir"
          label="Order"
          value={filters.dir}
          options={[
            ["asc", "Ascending"],
            ["desc", "Descending"],
          ]}
        />
        <button type="submit" className="bg-stone-900 px-4 py-2 font-semibold text-white">
          Apply
        </button>
        <Link href="/admin/subscriptions" className="py-2 underline underline-offset-4">
          Clear
        </Link>
      </form>
      <div className="mt-4 max-w-2xl">
        <FormMessage message={errorText || undefined} />
      </div>
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3 font-sans text-sm">
        <p className="text-stone-600" aria-live="polite">
          {list.total.toLocaleString("en-US")} {list.total === 1 ? "subscription" : "subscriptions"}
          {filters.q ? ` matching “${filters.q}”` : ""}
        </p>
        <a
          href={`/admin/subscriptions/export${exportQuery ? `?${exportQuery}` : ""}`}
          className="underline underline-offset-4"
          download
        >
          Export these as CSV
        </a>
      </div>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full font-sans text-sm">
          <thead className="border-b-2 border-stone-900 text-left">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Reader
              </th>
              <th scope="col" className="py-2 pr-4">
                Plan
              </th>
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2 pr-4">
                Print
              </th>
              <th scope="col" className="py-2 pr-4">
                Started
              </th>
              <th scope="col" className="py-2 pr-4">
                Period ends
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                Price
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-4">
                  <Link
                    href={`/admin/subscriptions/${row.id}`}
                    className="font-semibold underline underline-offset-4"
                  >
                    {row.readerName || "(deleted account)"}
                  </Link>
                  <div className="break-all text-stone-600">{row.readerEmail}</div>
                </td>
                <td className="py-2 pr-4">
                  {row.planName}
                  {row.complimentary && <span className="text-stone-600"> (complimentary)</span>}
                </td>
                <td className="py-2 pr-4">
                  {STATUS_LABEL[row.status]}
                  {row.cancelAtPeriodEnd && row.status !== "CANCELED" && (
                    <span className="block text-stone-600">ends at period end</span>
                  )}
                </td>
                <td className="py-2 pr-4">{row.includesPrint ? "Yes" : "No"}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatLongDate(row.startedAt)}</td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {formatLongDate(row.currentPeriodEnd)}
                </td>
                <td className="py-2 pr-4 text-right whitespace-nowrap">
                  {formatMoney(row.priceAmount, row.currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 && (
          <p className="mt-4 font-sans text-sm">No subscriptions match these filters.</p>
        )}
      </div>
      {(list.previous || list.next) && (
        <nav aria-label="Subscription list pages" className="mt-8 font-sans text-sm">
          <ul className="flex flex-wrap gap-3">
            {list.previous && (
              <li>
                <Link
                  href={href(filters)}
                  className="inline-block border border-stone-300 px-3 py-2 hover:border-stone-900"
                >
                  First page
                </Link>
              </li>
            )}
            {list.previous && (
              <li>
                <Link
                  href={href(filters, { before: list.previous })}
                  rel="prev"
                  className="inline-block border border-stone-300 px-3 py-2 hover:border-stone-900"
                >
                  ← Previous
                </Link>
              </li>
            )}
            {list.next && (
              <li>
                <Link
                  href={href(filters, { after: list.next })}
                  rel="next"
                  className="inline-block border border-stone-300 px-3 py-2 hover:border-stone-900"
                >
                  Next →
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <section aria-labelledby="comp-heading" className="mt-12 max-w-md">
        <h2 id="comp-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          Give a complimentary subscription
        </h2>
        <div className="mt-4">
          <GrantComplimentaryForm plans={plans.filter((p) => !p.retired)} />
        </div>
      </section>
    </>
  );
}
