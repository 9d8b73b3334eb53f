import { z } from "zod";
import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { pageCount } from "../articles/published";
import type { Prisma } from "../generated/prisma/client";

export const ARTICLE_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "SCHEDULED",
  "PUBLISHED",
  "ARCHIVED",
] as const;
const PAGE_SIZE = 25;

const FilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/**
 * The newsroom's article list: a writer sees the articles they are an author of, editors
 * and admins see everyone's. Filterable by status and title, newest change first.
 */
export async function listNewsroomArticles(db: DbClient, actor: Actor | null, rawFilter: unknown) {
  assertCan(actor, "editor:access", "The newsroom is for writers and editors.");
  const filter = FilterSchema.parse(rawFilter ?? {});
  const where: Prisma.ArticleWhereInput = {
    ...(actor.role === "WRITER" ? { authors: { some: { author: { userId: actor.id } } } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { title: { contains: filter.q } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        visibility: true,
        updatedAt: true,
        publishedAt: true,
        authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    filter,
    total,
    totalPages: pageCount(total, PAGE_SIZE),
    articles: rows.map(({ authors, ...row }) => ({
      ...row,
      authors: authors.map((a) => a.author.name),
    })),
  };
}
