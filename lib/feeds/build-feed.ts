import "server-only";
import { Feed } from "feed";
import { cardSelect, toCard } from "../articles/article-cards";
import { articlePath } from "../articles/article-metadata";
import { publishedWhere } from "../articles/published";
import { db } from "../db";
import { siteUrl } from "../env";
import { mediaSrc } from "../media/media-view";

export const FEED_SIZE = 50;

/**
 * RSS 2.0 of the latest published articles. Items carry the headline, dek and byline,
 * never body text, so subscriber-only articles cannot leak through feed readers.
 */
export async function buildRssFeed(now = new Date()): Promise<string> {
  const rows = await db.article.findMany({
    where: publishedWhere(now),
    select: cardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
  });
  const cards = rows.map(toCard);
  const feed = new Feed({
    title: "The Meridian",
    description:
      "Long-form reporting on politics, finance, foreign affairs, the environment, culture and technology.",
    id: `${siteUrl}/`,
    link: `${siteUrl}/`,
    language: "en",
    copyright: `© ${now.getUTCFullYear()} The Meridian`,
    updated: cards[0]?.publishedAt ?? now,
    feedLinks: { rss: `${siteUrl}/feed.xml` },
  });
  for (const card of cards) {
    const link = `${siteUrl}${articlePath(card.slug)}`;
    feed.addItem({
      title: card.title,
      id: link,
      link,
      description: card.subscribersOnly ? `${card.dek} (Subscribers only.)` : card.dek,
      date: card.publishedAt,
      author: card.authors.map((a) => ({ name: a.name, link: `${siteUrl}/authors/${a.slug}` })),
      category: card.topic
        ? [{ name: card.topic.name, domain: `${siteUrl}/topics/${card.topic.slug}` }]
        : [],
      ...(card.image
        ? { image: { url: `${siteUrl}${mediaSrc(card.image, 960)}`, type: "image/webp" } }
        : {}),
    });
  }
  return feed.rss2();
}
