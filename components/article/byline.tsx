import Link from "next/link";
import { Fragment } from "react";
import { formatLongDate } from "@/lib/text/format-date";

/** "Written by <author> on <Month D, YYYY>", as on every page of an article in print. */
export function Byline({
  authors,
  date,
}: {
  authors: { slug: string; name: string }[];
  date: Date;
}) {
  return (
    <p className="font-sans text-sm text-stone-700">
      Written by{" "}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 && (index === authors.length - 1 ? " and " : ", ")}
          <Link
            href={`/authors/${author.slug}`}
            className="font-semibold text-stone-900 underline decoration-stone-300 underline-offset-4 hover:decoration-red-700"
          >
            {author.name}
          </Link>
        </Fragment>
      ))}{" "}
      on <time dateTime={date.toISOString()}>{formatLongDate(date)}</time>
    </p>
  );
}
