import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEntries, listAuditKinds, type AuditRow } from "@/lib/admin/audit-log";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Audit trail", robots: { index: false } };

type Props = { searchParams: Promise<{ email?: string; kind?: string; page?: string }> };

const when = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

/** Where an admin can look at the record an entry is about, when it has a page. */
const RECORD_PAGES: Record<string, (id: string) => string> = {
  Plan: (id) => `/admin/plans/${id}`,
  HouseAd: (id) => `/admin/ads/${id}`,
  Subscription: (id) => `/admin/subscriptions/${id}`,
  Article: (id) => `/editor/articles/${id}`,
  MagazineIssue: (id) => `/editor/issues/${id}`,
};

function auditHref(filters: { email: string; kind: string }, page: number) {
  const params = new URLSearchParams({
    ...(filters.email ? { email: filters.email } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  }).toString();
  return params ? `/admin/audit?${params}` : "/admin/audit";
}

function Changes({ row }: { row: AuditRow }) {
  if (row.changes.length === 0) return <span className="text-stone-500">—</span>;
  return (
    <details>
      <summary className="cursor-pointer underline underline-offset-4">
        {row.changes.length} {row.changes.length === 1 ? "field" : "fields"}
      </summary>
      <table className="mt-2 text-xs">
        <thead>
          <tr className="text-left">
            <th scope="col" className="pr-3">
              Field
            </th>
            <th scope="col" className="pr-3">
              Before
            </th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {row.changes.map((change) => (
            <tr key={change.field} className="align-top">
              <th scope="row" className="pr-3 text-left font-semibold">
                {change.field}
              </th>
              <td className="pr-3">
                <pre className="max-w-xs break-all whitespace-pre-wrap">{change.before ?? "—"}</pre>
              </td>
              <td>
                <pre className="max-w-xs break-all whitespace-pre-wrap">{change.after ?? "—"}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export default async function AuditPage({ searchParams }: Props) {
  const admin = await requirePermission("audit:read", "/admin/audit");
  const params = await searchParams;
  const [{ rows, filters, total, totalPages }, kinds] = await Promise.all([
    listAuditEntries(db, admin, params),
    listAuditKinds(db, admin),
  ]);
  const families = [...new Set(kinds.map((kind) => kind.split(".")[0]!))].filter((family) =>
    kinds.some((kind) => kind.startsWith(`${family}.`)),
  );
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Audit trail</h1>
      <p className="mt-2 max-w-2xl font-sans text-sm text-stone-700">
        Every admin and editor action, newest first. Entries cannot be changed or deleted. Times are
        UTC.
      </p>
      <form
        method="get"
        role="search"
        className="mt-6 flex flex-wrap items-end gap-3 font-sans text-sm"
      >
        <div>
          <label htmlFor="audit-email" className="block font-semibold">
            Person (email)
          </label>
          <input
            id="audit-email"
            name="email"
            type="email"
            defaultValue={filters.email}
            maxLength={200}
            className="mt-1 w-full border border-stone-400 px-3 py-2 sm:w-72"
          />
        </div>
        <div>
          <label htmlFor="audit-kind" className="block font-semibold">
            Kind
          </label>
          <select
            id="audit-kind"
            name="kind"
            defaultValue={filters.kind}
            className="mt-1 border border-stone-400 bg-white px-3 py-2"
          >
            <option value="">All kinds</option>
            <optgroup label="Families">
              {families.map((family) => (
                <option key={family} value={`${family}.*`}>
                  All {family} actions
                </option>
              ))}
            </optgroup>
            <optgroup label="Actions">
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="bg-stone-900 px-4 py-2 font-semibold text-white">
          Filter
        </button>
        {(filters.email || filters.kind) && (
          <Link href="/admin/audit" className="py-2 underline underline-offset-4">
            Clear filters
          </Link>
        )}
      </form>
      <p className="mt-6 font-sans text-sm text-stone-600" aria-live="polite">
        {total.toLocaleString("en-US")} {total === 1 ? "entry" : "entries"}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full font-sans text-sm">
          <thead className="border-b-2 border-stone-900 text-left">
            <tr>
              <th scope="col" className="py-2 pr-4">
                When
              </th>
              <th scope="col" className="py-2 pr-4">
                Who
              </th>
              <th scope="col" className="py-2 pr-4">
                What
              </th>
              <th scope="col" className="py-2 pr-4">
                Record
              </th>
              <th scope="col" className="py-2 pr-4">
                Before and after
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const href = RECORD_PAGES[row.targetType]?.(row.targetId);
              return (
                <tr key={row.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={row.createdAt.toISOString()}>{when.format(row.createdAt)}</time>
                  </td>
                  <td className="py-2 pr-4 break-all">
                    {row.actor
                      ? row.actor.deleted
                        ? "A deleted account"
                        : `${row.actor.name} (${row.actor.email})`
                      : "The system"}
                  </td>
                  <td className="py-2 pr-4">
                    <code>{row.action}</code>
                  </td>
                  <td className="py-2 pr-4 break-all">
                    {row.targetType}{" "}
                    {href ? (
                      <Link href={href} className="underline underline-offset-4">
                        {row.targetId}
                      </Link>
                    ) : (
                      row.targetId
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    <Changes row={row} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="mt-4 font-sans text-sm">No entries match.</p>}
      </div>
      <Pagination
        page={Math.min(filters.page, Math.max(totalPages, 1))}
        totalPages={totalPages}
        hrefFor={(n) => auditHref(filters, n)}
        label="Audit trail pages"
      />
    </>
  );
}
