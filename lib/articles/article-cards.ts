import "server-only";
import { db } from "../db";
import { mediaSelect, toMediaView, type MediaView } from "../media/media-view";
import { readingMinutes } from "./document-pages";
import { publishedWhere } from "./published";
import type { Prisma } from "../generated/prisma/client";
import type { Visibility } from "../generated/prisma/enums";

/** What a list of articles shows for each one. */
export type ArticleCard = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date;
  visibility: Visibility;
  pageCount: number;
  readingMinutes: number;
  topic: { slug: string; name: string } | null;
  authors: { slug: string; name: string }[];
  image: MediaView | null;
};

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  publishedAt: true,
  visibility: true,
  pageCount: true,
  wordCount: true,
  topic: { select: { slug: true, name: true } },
  authors: {
    select: { author: { select: { slug: true, name: true } } },
    orderBy: { position: "asc" },
  },
  featuredImage: { select: mediaSelect },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    publishedAt: row.publishedAt ?? new Date(0),
    visibility: row.visibility,
    pageCount: row.pageCount,
    readingMinutes: readingMinutes(row.wordCount),
    topic: row.topic,
    authors: row.authors.map((link) => link.author),
    image: toMediaView(row.featuredImage),
  };
}

/**
 * Cards for the published articles among `ids` (e.g. search hits; others are left out),
 * keyed by id; the caller keeps its own order.
 */
export async function listCardsByIds(
  ids: string[],
  now: Date = new Date(),
): Promise<Map<string, ArticleCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db.article.findMany({
    where: { id: { in: ids }, ...publishedWhere(now) },
    select: cardSelect,
  });
  return new Map(rows.map((row) => [row.id, toCard(row)]));
}
