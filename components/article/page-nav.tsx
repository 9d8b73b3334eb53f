import { Pagination } from "@/components/ui/pagination";
import { articlePath } from "@/lib/articles/article-metadata";

/** Page navigation of a multi-page article: numbered pages with previous and next. */
export function PageNav({
  slug,
  page,
  pageCount,
  hrefFor = (p) => articlePath(slug, p),
}: {
  slug: string;
  page: number;
  pageCount: number;
  /** Where page n lives; the newsroom preview points these at itself. */
  hrefFor?: (page: number) => string;
}) {
  return <Pagination page={page} totalPages={pageCount} hrefFor={hrefFor} label="Article pages" />;
}
