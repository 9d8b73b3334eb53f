import type { ReactNode } from "react";
import { ArticleGrid } from "@/components/article/article-card";
import { Pagination } from "@/components/ui/pagination";
import type { ArticleCard } from "@/lib/articles/article-cards";
import type { Paginated } from "@/lib/articles/list-articles";

/** A header and a paginated grid: the shape shared by author and topic pages. */
export function ListingPage({
  header,
  result,
  hrefFor,
  label,
}: {
  header: ReactNode;
  result: Paginated<ArticleCard>;
  hrefFor: (page: number) => string;
  label: string;
}) {
  return (
    <>
      {header}
      {result.items.length === 0 ? (
        <p className="font-sans text-stone-600">Nothing published here yet.</p>
      ) : (
        <ArticleGrid cards={result.items} />
      )}
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        hrefFor={hrefFor}
        label={label}
      />
    </>
  );
}
