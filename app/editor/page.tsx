import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/ui/form-field";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { articlePath } from "@/lib/articles/article-metadata";
import { db } from "@/lib/db";
import { ARTICLE_STATUSES, listNewsroomArticles } from "@/lib/editor/list-own-articles";
import { formatLongDate } from "@/lib/text/format-date";
import { setPublicationAction } from "./actions";

export const metadata: Metadata = { title: "Newsroom", robots: { index: false } };

const STATUS_LABEL: Record<(typeof ARTICLE_STATUSES)[number], string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

type Props = {
  searchParams: Promise<{
    q?: string;
    status?: string;
    page?: string;
    notice?: string;
    error?: string;
  }>;
};

function PublicationButton({
  article,
  returnTo,
}: {
  article: { id: string; title: string; status: string };
  returnTo: string;
}) {
  const publish = article.status !== "PUBLISHED";
  return (
    <form action={setPublicationAction}>
      <input type="hidden" name="articleId" value={article.id} />
      <input type="hidden" name="publish" value={String(publish)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className="border border-stone-900 px-3 py-1 font-semibold hover:bg-stone-100"
        aria-label={`${publish ? "Publish" : "Unpublish"} “${article.title}”`}
      >
        {publish ? "Publish" : "Unpublish"}
      </button>
    </form>
  );
}

export default async function EditorHome({ searchParams }: Props) {
  const user = await requirePermission("editor:access", "/editor");
  const params = await searchParams;
  const { filter, articles, total, totalPages } = await listNewsroomArticles(db, user, params);
  const canPublish = can(user, "article:publish");
  const waitingForReview = canPublish
    ? await db.article.count({ where: { status: "IN_REVIEW" } })
    : 0;
  const hrefFor = (page: number) =>
    `/editor?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.status ? { status: filter.status } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-4xl font-bold">Newsroom</h1>
        <Link
          href="/editor/articles/new"
          className="bg-stone-900 px-4 py-2 font-sans text-sm font-semibold text-white hover:bg-red-800"
        >
          New article
        </Link>
      </div>
      <p className="mt-2 font-sans text-sm text-stone-700">
        {user.role === "WRITER"
          ? "Your articles, newest change first."
          : "Every article in the newsroom, newest change first."}
      </p>
      {canPublish && (
        <p className="mt-4 font-sans text-sm">
          <Link
            href="/editor?status=IN_REVIEW"
            className="font-semibold underline underline-offset-4"
          >
            Review queue: {waitingForReview} {waitingForReview === 1 ? "article" : "articles"}{" "}
            waiting
          </Link>
        </p>
      )}
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={params.notice?.slice(0, 300)} />
        <FormMessage message={params.error?.slice(0, 300)} />
      </div>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 font-sans text-sm">
        <div>
          <label htmlFor="editor-q" className="block font-semibold">
            Title contains
          </label>
          <input
            id="editor-q"
            name="q"
            defaultValue={filter.q}
            maxLength={100}
            className="mt-1 border border-stone-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="editor-status" className="block font-semibold">
            Status
          </label>
          <select
            id="editor-status"
            name="status"
            defaultValue={filter.status ?? ""}
            className="mt-1 border border-stone-400 px-3 py-2"
          >
            <option value="">Any status</option>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-stone-900 px-4 py-2 font-semibold text-white">
          Filter
        </button>
      </form>
      <p className="mt-6 font-sans text-sm text-stone-600" aria-live="polite">
        {total} {total === 1 ? "article" : "articles"}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full font-sans text-sm">
          <thead className="border-b-2 border-stone-900 text-left">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Title
              </th>
              <th scope="col" className="py-2 pr-4">
                Authors
              </th>
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2 pr-4">
                Last change
              </th>
              {canPublish && (
                <th scope="col" className="py-2 pr-4">
                  Publication
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} className="border-b border-stone-200">
                <td className="py-2 pr-4 font-serif text-base">
                  <Link
                    href={`/editor/articles/${article.id}`}
                    className="underline underline-offset-4"
                  >
                    {article.title}
                  </Link>
                  {article.status === "PUBLISHED" && (
                    <Link
                      href={articlePath(article.slug)}
                      className="ml-2 font-sans text-xs text-stone-600 underline"
                      aria-label={`View “${article.title}” on the site`}
                    >
                      view
                    </Link>
                  )}
                  {article.visibility !== "PUBLIC" && (
                    <span className="ml-2 text-xs text-stone-600">
                      ({article.visibility === "SUBSCRIBERS" ? "subscribers" : "signed-in readers"})
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4">{article.authors.join(", ")}</td>
                <td className="py-2 pr-4">{STATUS_LABEL[article.status]}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatLongDate(article.updatedAt)}</td>
                {canPublish && (
                  <td className="py-2 pr-4">
                    <PublicationButton article={article} returnTo={hrefFor(filter.page)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={filter.page}
        totalPages={totalPages}
        hrefFor={hrefFor}
        label="Article list pages"
      />
    </>
  );
}
