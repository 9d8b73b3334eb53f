import "server-only";
import { db } from "../db";
import { cardSelect, toCard, type ArticleCard } from "./article-cards";
import { pageCount, publishedWhere } from "./published";
import type { Prisma } from "../generated/prisma/client";

export type Paginated<T> = { items: T[]; page: number; totalPages: number; total: number };

export const LIST_PAGE_SIZE = 12;

/** Newest-first published articles matching `where`, one page at a time. */
export async function listPublishedArticles(options: {
  where?: Prisma.ArticleWhereInput;
  page?: number;
  pageSize?: number;
  now?: Date;
}): Promise<Paginated<ArticleCard>> {
  const pageSize = options.pageSize ?? LIST_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const where: Prisma.ArticleWhereInput = { ...publishedWhere(options.now), ...options.where };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: cardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { items: rows.map(toCard), page, total, totalPages: pageCount(total, pageSize) };
}

/** The front page's lead: the newest article marked featured, else the newest of all. */
export async function getFeaturedArticle(now = new Date()): Promise<ArticleCard | null> {
  const row =
    (await db.article.findFirst({
      where: { ...publishedWhere(now), featured: true },
      select: cardSelect,
      orderBy: { publishedAt: "desc" },
    })) ??
    (await db.article.findFirst({
      where: publishedWhere(now),
      select: cardSelect,
      orderBy: { publishedAt: "desc" },
    }));
  return row ? toCard(row) : null;
}

/** Up to `take` other articles on the same topic, else the newest articles. */
export async function listRelatedArticles(
  article: { id: string; topicId: string | null },
  take = 3,
  now = new Date(),
) {
  const rows = await db.article.findMany({
    where: {
      ...publishedWhere(now),
      id: { not: article.id },
      ...(article.topicId ? { topicId: article.topicId } : {}),
    },
    select: cardSelect,
    orderBy: { publishedAt: "desc" },
    take,
  });
  return rows.map(toCard);
}
