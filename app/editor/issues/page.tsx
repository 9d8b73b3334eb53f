import type { Metadata } from "next";
import Link from "next/link";
import { EntityForm } from "@/components/ui/entity-form";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { listIssuesForEditing } from "@/lib/issues/manage-issues";
import { formatLongDate } from "@/lib/text/format-date";
import { issueFields } from "./issue-fields";
import { saveIssueAction } from "./actions";

export const metadata: Metadata = { title: "Magazine issues", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function IssuesAdminPage({ searchParams }: Props) {
  await requirePermission("issue:manage", "/editor/issues");
  const { page: raw } = await searchParams;
  const { page, totalPages, issues } = await listIssuesForEditing(
    db,
    await getCurrentUser(),
    Number(raw ?? 1),
  );
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Magazine issues</h1>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="issue-list">
          <h2 id="issue-list" className="sr-only">
            All issues
          </h2>
          <ul className="divide-y divide-stone-200 font-sans">
            {issues.map((issue) => (
              <li key={issue.id} className="py-3">
                <Link
                  href={`/editor/issues/${issue.id}`}
                  className="font-serif text-xl font-bold underline-offset-4 hover:underline"
                >
                  {issue.title}
                </Link>
                <p className="text-sm text-stone-600">
                  Vol. {issue.volume}, no. {issue.number} · {formatLongDate(issue.publishedOn)} ·{" "}
                  {issue._count.articles} articles ·{" "}
                  {issue.published ? "On the site" : "Not published"}
                </p>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            totalPages={totalPages}
            hrefFor={(n) => (n > 1 ? `/editor/issues?page=${n}` : "/editor/issues")}
            label="Issue list pages"
          />
        </section>
        <section aria-labelledby="new-issue">
          <h2 id="new-issue" className="font-serif text-2xl font-bold">
            New issue
          </h2>
          <div className="mt-3">
            <EntityForm
              action={saveIssueAction}
              fields={issueFields()}
              submitLabel="Create issue"
              idPrefix="new-issue"
            />
          </div>
        </section>
      </div>
    </>
  );
}
