import "server-only";
import type { MetadataRoute } from "next";
import { articlePath } from "../articles/article-metadata";
import { publishedWhere } from "../articles/published";
import { db } from "../db";
import { siteUrl } from "../env";

/** One sitemap file holds at most 50,000 addresses (sitemaps.org); articles get most of them. */
const MAX_ARTICLES = 45_000;

/** Every public page a crawler should know: published articles (all pages), topics, authors, issues. */
export async function sitemapEntries(now = new Date()): Promise<MetadataRoute.Sitemap> {
  const [articles, topics, authors, issues] = await Promise.all([
    db.article.findMany({
      where: publishedWhere(now),
      select: { slug: true, updatedAt: true, pageCount: true, visibility: true },
      orderBy: { publishedAt: "desc" },
      take: MAX_ARTICLES,
    }),
    db.topic.findMany({ select: { slug: true }, take: 100 }),
    db.author.findMany({ select: { slug: true }, take: 2_000 }),
    db.magazineIssue.findMany({
      where: { published: true, publishedOn: { lte: now } },
      select: { slug: true, publishedOn: true },
      take: 2_000,
    }),
  ]);
  const url = (path: string) => `${siteUrl}${path}`;
  return [
    { url: url("/"), changeFrequency: "hourly", priority: 1 },
    { url: url("/issues"), changeFrequency: "weekly" },
    ...topics.map((t) => ({ url: url(`/topics/${t.slug}`), changeFrequency: "daily" as const })),
    ...authors.map((a) => ({ url: url(`/authors/${a.slug}`) })),
    ...issues.map((i) => ({ url: url(`/issues/${i.slug}`), lastModified: i.publishedOn })),
    ...articles.flatMap((a) => {
      // Later pages of an article that is not public show no text to crawlers; list page 1 only.
      const pages = a.visibility === "PUBLIC" ? a.pageCount : 1;
      return Array.from({ length: pages }, (_, i) => ({
        url: url(articlePath(a.slug, i + 1)),
        lastModified: a.updatedAt,
      }));
    }),
  ];
}
