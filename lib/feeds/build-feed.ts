import "server-only";
import { Feed } from "feed";
import { cardSelect, toCard } from "../articles/article-cards";
import { articlePath } from "../articles/article-metadata";
import { publishedWhere } from "../articles/published";
import { db } from "../db";
import { siteUrl } from "../env";
import type { Visibility } from "../generated/prisma/enums";
import { mediaSrc } from "../media/media-view";

export const FEED_SIZE = 50;

/** Said after the dek of an article not everyone may read in full. */
const VISIBILITY_NOTE: Record<Visibility, string> = {
  PUBLIC: "",
  MEMBERS: " (Free with an account.)",
  SUBSCRIBERS: " (Subscribers only.)",
};

/**
 * RSS 2.0 of the latest published articles. Items carry the headline, dek and byline,
 * never body text, so articles for subscribers or signed-in readers cannot leak through
 * feed readers.
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
      description: `${card.dek}${VISIBILITY_NOTE[card.visibility]}`,
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
