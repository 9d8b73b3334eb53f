import Link from "next/link";
import { IssueCover } from "@/components/issue/issue-cover";
import type { IssueSummary } from "@/lib/issues/issues";

/** The archive: one year's covers, with links to every year that has issues. */
export function IssueArchive({
  year,
  years,
  issues,
}: {
  year: number;
  years: number[];
  issues: IssueSummary[];
}) {
  return (
    <>
      <header className="mb-8 border-b-4 border-stone-900 pb-6">
        <h1 className="font-serif text-5xl font-bold">Past issues</h1>
        <p className="mt-3 font-serif text-lg text-stone-700">
          Twenty-four issues a year. Every table of contents is open to all; subscribers read every
          page.
        </p>
      </header>
      <nav aria-label="Years" className="mb-8 font-sans text-sm">
        <ul className="flex flex-wrap gap-2">
          {years.map((y) => (
            <li key={y}>
              {y === year ? (
                <span
                  aria-current="page"
                  className="inline-block bg-stone-900 px-3 py-1.5 text-white"
                >
                  {y}
                </span>
              ) : (
                <Link
                  href={`/issues/year/${y}`}
                  className="inline-block border border-stone-300 px-3 py-1.5 hover:border-stone-900"
                >
                  {y}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="year-heading">
        <h2
          id="year-heading"
          className="mb-6 font-sans text-sm font-bold tracking-widest uppercase"
        >
          {year}
        </h2>
        {issues.length === 0 ? (
          <p className="font-sans text-stone-600">No issues were published in {year}.</p>
        ) : (
          <div className="grid grid-cols-2 gap-8 md:grid-cols-4">
            {issues.map((issue) => (
              <IssueCover key={issue.slug} issue={issue} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
