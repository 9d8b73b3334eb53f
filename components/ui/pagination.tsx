import Link from "next/link";

/**
 * Previous / numbered / next links. `hrefFor(1)` is the first page's own URL, so page 1
 * never has two addresses. Shows a window of pages around the current one.
 */
export function Pagination({
  page,
  totalPages,
  hrefFor,
  label,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  if (totalPages <= 1) return null;
  const window = new Set(
    [1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages),
  );
  const pages = [...window].sort((a, b) => a - b);
  const linkClass =
    "inline-flex min-w-10 items-center justify-center border border-stone-300 px-3 py-2 hover:border-stone-900";
  return (
    <nav aria-label={label} className="mt-12 font-sans text-sm">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              ← Previous
            </Link>
          </li>
        )}
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && pages[i - 1]! < p - 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span
                aria-current="page"
                className={`${linkClass} border-stone-900 bg-stone-900 text-white`}
              >
                <span className="sr-only">Page </span>
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} className={linkClass}>
                <span className="sr-only">Page </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              Next →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
