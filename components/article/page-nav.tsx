import { Pagination } from "@/components/ui/pagination";
import { articlePath } from "@/lib/articles/article-metadata";

/** Page navigation of a multi-page article: numbered pages with previous and next. */
export function PageNav({
  slug,
  page,
  pageCount,
}: {
  slug: string;
  page: number;
  pageCount: number;
}) {
  return (
    <Pagination
      page={page}
      totalPages={pageCount}
      hrefFor={(p) => articlePath(slug, p)}
      label="Article pages"
    />
  );
}
