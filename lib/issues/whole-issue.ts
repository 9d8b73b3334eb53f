import type { DbClient } from "../db-client";
import { figureMediaIds, splitPages } from "../articles/document-pages";
import { parseDocument, type BlockNode } from "../articles/document-schema";
import { publishedWhere } from "../articles/published";
import { mediaSelect, toMediaView, type MediaView } from "../media/media-view";
import type { Access, Visibility } from "../subscriptions/entitlements";

/**
 * "Read the whole issue": every article of an issue, in order, in full, for subscribers.
 * Everyone else gets the table of contents only. The bodies are not even loaded for them,
 * so no later change to the page can leak text by accident.
 */

export type WholeIssueEntry = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date;
  visibility: Visibility;
  authors: { slug: string; name: string }[];
  /** id of the article's section on the page, for the contents' links */
  anchor: string;
};

export type WholeIssue = {
  issue: {
    slug: string;
    title: string;
    volume: number;
    number: number;
    publishedOn: Date;
    description: string;
    hasPdf: boolean;
  };
  contents: WholeIssueEntry[];
  subscriber: boolean;
  /** The articles' text, page by page, and the images they show: subscribers only. */
  text: { bodies: Map<string, BlockNode[][]>; media: Map<string, MediaView> } | null;
};

export async function getWholeIssue(
  db: DbClient,
  /** what the page may assume of its reader: null for anyone, or an edition's access */
  access: Access,
  slug: string,
  now: Date = new Date(),
): Promise<WholeIssue | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const row = await db.magazineIssue.findFirst({
    where: { slug, published: true, publishedOn: { lte: now } },
    select: {
      slug: true,
      title: true,
      volume: true,
      number: true,
      publishedOn: true,
      description: true,
      pdfKey: true,
      articles: {
        where: publishedWhere(now),
        select: {
          id: true,
          slug: true,
          title: true,
          dek: true,
          publishedAt: true,
          visibility: true,
          authors: {
            select: { author: { select: { slug: true, name: true } } },
            orderBy: { position: "asc" },
          },
        },
        orderBy: [{ issuePosition: "asc" }, { publishedAt: "asc" }],
        take: 100,
      },
    },
  });
  if (!row) return null;
  const { pdfKey, articles, ...issue } = row;
  const contents = articles.map((article) => ({
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    publishedAt: article.publishedAt ?? now,
    visibility: article.visibility,
    authors: article.authors.map((link) => link.author),
    anchor: `article-${article.slug}`,
  }));
  const subscriber = access?.entitlement.subscriber ?? false;
  const result: WholeIssue = {
    issue: { ...issue, hasPdf: pdfKey !== null },
    contents,
    subscriber,
    text: null,
  };
  if (!subscriber) return result;

  const bodies = await db.article.findMany({
    where: { id: { in: contents.map((entry) => entry.id) } },
    select: { id: true, body: true },
  });
  const pages = new Map(bodies.map((body) => [body.id, splitPages(parseDocument(body.body))]));
  const mediaIds = [...new Set([...pages.values()].flatMap((p) => figureMediaIds(p.flat())))];
  const mediaRows = mediaIds.length
    ? await db.media.findMany({
        where: { id: { in: mediaIds } },
        select: { id: true, ...mediaSelect },
      })
    : [];
  result.text = {
    bodies: pages,
    media: new Map(mediaRows.map(({ id, ...media }) => [id, toMediaView(media)])),
  };
  return result;
}
