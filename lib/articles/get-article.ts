import "server-only";
import { cache } from "react";
import { db } from "../db";
import { mediaSelect, toMediaView, type MediaView } from "../media/media-view";
import { canReadArticle, type Access, type Visibility } from "../subscriptions/entitlements";
import {
  figureMediaIds,
  readingMinutes,
  splitPages,
  teaserBlocks,
  blocksToText,
} from "./document-pages";
import { parseDocument, type BlockNode } from "./document-schema";
import { publishedWhere } from "./published";

export type ArticleView = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  seoTitle: string | null;
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  visibility: Visibility;
  /** an editor uploaded a narration (served to subscribers by /api/articles/<slug>/narration) */
  hasNarration: boolean;
  readingMinutes: number;
  pageCount: number;
  topicId: string | null;
  topic: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  issue: { slug: string; title: string; volume: number; number: number } | null;
  image: MediaView | null;
};

export type ArticlePageView = {
  article: ArticleView;
  page: number;
  /** Blocks the reader may see on this page: the whole page, or the teaser, or nothing. */
  blocks: BlockNode[];
  /** True when the reader sees less than the page holds (subscriber-only content). */
  locked: boolean;
  media: Map<string, MediaView>;
};

const articleSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  excerpt: true,
  seoTitle: true,
  seoDescription: true,
  body: true,
  visibility: true,
  publishedAt: true,
  updatedAt: true,
  wordCount: true,
  narrationKey: true,
  topicId: true,
  topic: { select: { slug: true, name: true } },
  tags: { select: { tag: { select: { slug: true, name: true } } } },
  authors: {
    select: { author: { select: { slug: true, name: true } } },
    orderBy: { position: "asc" },
  },
  issue: { select: { slug: true, title: true, volume: true, number: true, published: true } },
  featuredImage: { select: mediaSelect },
} as const;

/**
 * One page of a published article as a reader with `access` may see it, or null when there is no such
 * article or page (the caller answers 404). Subscriber-only text is cut here, on the
 * server, before anything is rendered or cached.
 */
export async function getArticlePage(input: {
  slug: string;
  page: number;
  /** what the page may assume of its reader: null for anyone, or an edition's access */
  access: Access;
  now?: Date;
}): Promise<ArticlePageView | null> {
  const row = input.now
    ? await findPublished(input.slug, input.now)
    : await findPublishedNow(input.slug);
  if (!row) return null;
  return buildPageView(row, input.page, (visibility) => canReadArticle(visibility, input.access));
}

function findPublished(slug: string, now: Date) {
  return db.article.findFirst({
    where: { slug, ...publishedWhere(now) },
    select: articleSelect,
  });
}

/**
 * Once per request: a page's metadata and its body both need the article (six queries
 * with its relations), and a per-reader page renders on every visit.
 */
const findPublishedNow = cache((slug: string) => findPublished(slug, new Date()));

/**
 * One page of any article, whatever its status, in full: the newsroom's preview. The
 * caller checks that the person may open the article.
 */
export async function getArticlePreview(
  articleId: string,
  page: number,
): Promise<ArticlePageView | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: articleSelect });
  if (!row) return null;
  return buildPageView(row, page, () => true, new Date());
}

/** Validating a long body costs milliseconds; metadata and page share one parse per request. */
const parseBody = cache(parseDocument);

type ArticleRow = NonNullable<
  Awaited<ReturnType<typeof db.article.findFirst<{ select: typeof articleSelect }>>>
>;

async function buildPageView(
  row: ArticleRow,
  page: number,
  hasFullAccess: (visibility: ArticleRow["visibility"]) => boolean,
  fallbackDate?: Date,
): Promise<ArticlePageView | null> {
  const doc = parseBody(row.body);
  const pages = splitPages(doc);
  if (page < 1 || page > pages.length) return null;

  const fullAccess = hasFullAccess(row.visibility);
  const blocks = fullAccess ? pages[page - 1]! : page === 1 ? teaserBlocks(doc) : [];

  const mediaIds = figureMediaIds(blocks);
  const mediaRows = mediaIds.length
    ? await db.media.findMany({
        where: { id: { in: mediaIds } },
        select: { id: true, ...mediaSelect },
      })
    : [];

  // The description is public everywhere (meta tags, feeds): never past the teaser.
  const description =
    row.seoDescription ||
    row.dek ||
    row.excerpt ||
    blocksToText(teaserBlocks(doc, 1)).slice(0, 200);

  return {
    article: {
      id: row.id,
      slug: row.slug,
      title: row.title,
      dek: row.dek,
      seoTitle: row.seoTitle,
      description,
      publishedAt: row.publishedAt ?? fallbackDate!,
      updatedAt: row.updatedAt,
      visibility: row.visibility,
      hasNarration: row.narrationKey !== null,
      readingMinutes: readingMinutes(row.wordCount),
      pageCount: pages.length,
      topicId: row.topicId,
      topic: row.topic,
      tags: row.tags.map((link) => link.tag),
      authors: row.authors.map((link) => link.author),
      issue: row.issue?.published ? row.issue : null,
      image: toMediaView(row.featuredImage),
    },
    page,
    blocks,
    locked: !fullAccess,
    media: new Map(mediaRows.map(({ id, ...media }) => [id, toMediaView(media)])),
  };
}

/** The current slug of a published article that used to live at `oldSlug`, if any. */
export async function findRenamedArticle(oldSlug: string, now: Date = new Date()) {
  const redirect = await db.slugRedirect.findUnique({
    where: { fromSlug: oldSlug },
    select: { article: { select: { slug: true, status: true, publishedAt: true } } },
  });
  const article = redirect?.article;
  if (!article || article.status !== "PUBLISHED" || !article.publishedAt) return null;
  return article.publishedAt <= now ? article.slug : null;
}
