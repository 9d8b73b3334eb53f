import "server-only";
import { listPublishedArticles } from "../articles/list-articles";
import { getAuthorBySlug } from "./get-author";

/** An author and one page of their articles, or null for an unknown author or page. */
export async function getAuthorListing(slug: string, page: number) {
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const result = await listPublishedArticles({
    where: { authors: { some: { authorId: author.id } } },
    page,
  });
  if (page > result.totalPages) return null;
  return { author, result };
}
