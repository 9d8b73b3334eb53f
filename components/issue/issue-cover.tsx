import Link from "next/link";
import { Figure } from "@/components/article/figure";
import type { IssueSummary } from "@/lib/issues/issues";
import { formatLongDate } from "@/lib/text/format-date";

/** An issue's cover with its title, number and date, linking to its table of contents. */
export function IssueCover({
  issue,
  headingLevel = 3,
}: {
  issue: IssueSummary;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <article>
      <Link href={`/issues/${issue.slug}`} className="group block">
        <div className="relative">
          {issue.cover && <Figure media={issue.cover} sizes="(min-width: 1024px) 240px, 50vw" />}
          <p className="absolute top-3 left-3 bg-white/90 px-2 py-1 font-serif text-lg font-black">
            The Meridian
          </p>
        </div>
        <Heading className="mt-3 font-serif text-xl font-bold group-hover:text-red-800">
          {issue.title}
        </Heading>
      </Link>
      <p className="font-sans text-sm text-stone-600">
        Vol. {issue.volume}, No. {issue.number} ·{" "}
        <time dateTime={issue.publishedOn.toISOString()}>{formatLongDate(issue.publishedOn)}</time>
      </p>
    </article>
  );
}
