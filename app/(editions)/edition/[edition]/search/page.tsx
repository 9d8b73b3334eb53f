import type { Metadata } from "next";
import Link from "next/link";
import { SearchSnippet } from "@/components/search/search-snippet";
import { Pagination } from "@/components/ui/pagination";
import { articlePath } from "@/lib/articles/article-metadata";
import { parsePageParam } from "@/lib/articles/published";
import { MAX_QUERY_LENGTH } from "@/lib/search/fts-query";
import { editionOfParams } from "@/lib/editions/edition-params";
import { searchArticles } from "@/lib/search/search-articles";
import { formatLongDate } from "@/lib/text/format-date";

// Rendered per query, the same for every reader of an edition: the page cache keeps one
// copy per edition and query. The subscriber edition searches subscriber-only articles'
// whole text; the public one only what anyone may read.
type Props = {
  params: Promise<{ edition: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q).trim();
  // Result pages are not for search engines; the form page is.
  return {
    title: q ? `Search: ${q.slice(0, 60)}` : "Search",
    robots: q ? { index: false } : undefined,
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  // The edition is the search: proxy.ts gives "subscriber" only to whom entitlements.ts allows.
  const audience = await editionOfParams(params);
  const query = await searchParams;
  const q = first(query.q).slice(0, MAX_QUERY_LENGTH * 5);
  const page = parsePageParam(first(query.page) || undefined) ?? 1;
  const results = q.trim() ? await searchArticles({ q, page, audience }) : null;
  const hrefFor = (p: number) =>
    `/search?${new URLSearchParams({ q: results?.query ?? q, ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <form
        action="/search"
        method="get"
        role="search"
        className="mt-6 flex flex-col gap-2 font-sans sm:flex-row sm:items-end"
      >
        <div className="flex-1">
          <label htmlFor="search-q" className="block text-sm font-semibold">
            Search articles
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="Words from a title, an author or the text"
            className="mt-1 w-full border border-stone-400 px-3 py-2 text-base"
          />
        </div>
        <button
          type="submit"
          className="bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-red-800"
        >
          Search
        </button>
      </form>
      {results && (
        <section aria-labelledby="results-heading" className="mt-10">
          <h2 id="results-heading" className="font-sans text-sm text-stone-700" aria-live="polite">
            {results.total === 0
              ? /[\p{L}\p{N}]/u.test(q)
                ? `No articles match “${results.query}”.`
                : "Type a word to search for: punctuation alone matches nothing."
              : results.more
                ? `More than ${results.total.toLocaleString("en-US")} articles match “${results.query}”; the most relevant of the recent ones come first.`
                : `${results.total} ${results.total === 1 ? "article matches" : "articles match"} “${results.query}”.`}
          </h2>
          <ol className="mt-6 space-y-8">
            {results.hits.map((hit) => (
              <li key={hit.article.id} className="border-t border-stone-300 pt-4">
                <p className="font-sans text-xs font-semibold tracking-widest text-red-800 uppercase">
                  {hit.article.topic?.name}
                </p>
                <h3 className="mt-1 font-serif text-2xl font-bold">
                  <Link
                    href={articlePath(hit.article.slug, hit.page)}
                    className="hover:text-red-800"
                  >
                    {hit.article.title}
                  </Link>
                </h3>
                <p className="mt-2 font-serif text-stone-800">
                  <SearchSnippet snippet={hit.snippet} />
                </p>
                <p className="mt-2 font-sans text-xs text-stone-600">
                  {hit.article.authors.map((a) => a.name).join(" and ")} ·{" "}
                  {formatLongDate(hit.article.publishedAt)}
                  {hit.article.pageCount > 1 &&
                    ` · found on page ${hit.page} of ${hit.article.pageCount}`}
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            page={results.page}
            totalPages={results.totalPages}
            hrefFor={hrefFor}
            label="Search result pages"
          />
        </section>
      )}
    </div>
  );
}
