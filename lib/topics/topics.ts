import "server-only";
import { db } from "../db";

export type TopicView = { id: string; slug: string; name: string; description: string };

/** Topics in masthead order; a magazine has a handful, bounded anyway. */
export async function listTopics(): Promise<TopicView[]> {
  return db.topic.findMany({
    select: { id: true, slug: true, name: true, description: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    take: 50,
  });
}

export async function getTopicBySlug(slug: string): Promise<TopicView | null> {
  return db.topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
}
