import "server-only";
import { listPublishedArticles } from "../articles/list-articles";
import { getTopicBySlug } from "./topics";

/** A topic and one page of its articles, or null for an unknown topic or page. */
export async function getTopicListing(slug: string, page: number) {
  const topic = await getTopicBySlug(slug);
  if (!topic) return null;
  const result = await listPublishedArticles({ where: { topicId: topic.id }, page });
  if (page > result.totalPages) return null;
  return { topic, result };
}
