import { randomUUID } from "node:crypto";
import { databaseEngine } from "@/lib/db-engine";
import { toTsQuery } from "@/lib/search/fts-query";
import type { Actor, Role } from "@/lib/auth/permissions";
import { createDraft } from "@/lib/articles/newsroom";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_ROW_AUDIENCES, type SearchAudience } from "@/lib/search/search-index";

/** Builders and probes for the newsroom (article workflow) integration tests. */

export const tag = () => randomUUID().slice(0, 8);

export type NewsroomUser = Actor & { name: string; email: string };

/** A user without a password (the newsroom functions take the actor directly). */
export async function newsroomUser(role: Role, name?: string): Promise<NewsroomUser> {
  const t = tag();
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${t}@example.com`,
      name: name ?? `${role[0]}${role.slice(1).toLowerCase()} ${t}`,
      role,
    },
    select: { id: true, name: true, email: true, role: true },
  });
  return user;
}

/** The author profile of a newsroom user (made by createDraft on first use). */
export async function authorIdOf(user: { id: string }): Promise<string> {
  const author = await db.author.findUniqueOrThrow({
    where: { userId: user.id },
    select: { id: true },
  });
  return author.id;
}

/** A new draft by `user`; returns its id and author id. */
export async function draftBy(user: NewsroomUser, title = `A draft ${tag()}`) {
  const { id } = await createDraft(db, user, { title });
  return { id, authorId: await authorIdOf(user) };
}

type Json = Record<string, unknown>;

export const text = (value: string, marks?: Json[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});

export const paragraph = (...content: Json[]) => ({
  type: "paragraph",
  ...(content.length ? { content } : {}),
});

export const doc = (...content: Json[]) => ({ type: "doc", content });

/** A one-paragraph body per entry, with page breaks between the entries. */
export const pagesDoc = (...pages: string[]) =>
  doc(
    ...pages.flatMap((page, i) =>
      i === 0 ? [paragraph(text(page))] : [{ type: "pageBreak" }, paragraph(text(page))],
    ),
  );

/** Everything about an article the newsroom functions may change, for before/after checks. */
export async function articleState(id: string) {
  const row = await db.article.findUniqueOrThrow({
    where: { id },
    select: {
      slug: true,
      title: true,
      dek: true,
      excerpt: true,
      body: true,
      status: true,
      visibility: true,
      version: true,
      publishedAt: true,
      scheduledAt: true,
      updatedAt: true,
      topicId: true,
      featuredImageId: true,
      authors: { select: { authorId: true, position: true }, orderBy: { position: "asc" } },
      tags: { select: { tagId: true }, orderBy: { tagId: "asc" } },
    },
  });
  const [revisions, redirects, audit, search] = await Promise.all([
    db.articleRevision.count({ where: { articleId: id } }),
    db.slugRedirect.findMany({
      where: { articleId: id },
      select: { fromSlug: true },
      orderBy: { fromSlug: "asc" },
    }),
    db.auditEntry.count({ where: { targetType: "Article", targetId: id } }),
    searchRows(id),
  ]);
  return { ...row, revisions, redirects: redirects.map((r) => r.fromSlug), audit, search };
}

export type SearchRow = { page: number; title: string; dek: string; body: string; authors: string };

/** The article's rows in the FTS table that `audience`'s search may use, by page. */
export async function searchRows(
  articleId: string,
  audience: SearchAudience = "public",
): Promise<SearchRow[]> {
  // PostgreSQL keeps the index in one table (decision 007).
  const rows =
    databaseEngine() === "postgres"
      ? await db.$queryRaw<SearchRow[]>`
    SELECT "page", "title", "dek", "body", "authors" FROM "ArticleSearch"
    WHERE "articleId" = ${articleId}
      AND "audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})
    ORDER BY "page"`
      : await db.$queryRaw<SearchRow[]>`
    SELECT f."page", f."title", f."dek", f."body", f."authors"
    FROM "ArticleSearch" f JOIN "ArticleSearchPage" p ON p."rowid" = f.rowid
    WHERE p."articleId" = ${articleId}
      AND p."audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})
    ORDER BY p."page"`;
  return rows.map((row) => ({ ...row, page: Number(row.page) }));
}

/** Whether a full-text query finds the article in `audience`'s search. */
export async function searchFinds(
  articleId: string,
  query: string,
  audience: SearchAudience = "public",
): Promise<boolean> {
  const rows =
    databaseEngine() === "postgres"
      ? await db.$queryRaw<{ articleId: string }[]>`
    SELECT "articleId" FROM "ArticleSearch"
    WHERE "document" @@ to_tsquery('meridian_search', ${toTsQuery(query) ?? ""})
      AND "audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})`
      : await db.$queryRaw<{ articleId: string }[]>`
    SELECT p."articleId" FROM "ArticleSearch"
    JOIN "ArticleSearchPage" p ON p."rowid" = "ArticleSearch".rowid
    WHERE "ArticleSearch" MATCH ${query}
      AND p."audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})`;
  return rows.some((row) => row.articleId === articleId);
}

/** The save payload for the article as it stands, with `changes` applied. */
export async function saveInput(
  id: string,
  changes: { version?: number; body?: unknown; fields?: Json } = {},
) {
  const row = await db.article.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      dek: true,
      slug: true,
      excerpt: true,
      body: true,
      version: true,
      visibility: true,
      topicId: true,
      featuredImageId: true,
      issueId: true,
      authors: { select: { authorId: true }, orderBy: { position: "asc" } },
      tags: { select: { tagId: true } },
    },
  });
  return {
    version: changes.version ?? row.version,
    body: changes.body ?? (JSON.parse(row.body) as unknown),
    fields: {
      title: row.title,
      dek: row.dek,
      slug: row.slug,
      excerpt: row.excerpt,
      seoTitle: "",
      seoDescription: "",
      visibility: row.visibility,
      topicId: row.topicId,
      featuredImageId: row.featuredImageId,
      issueId: row.issueId,
      authorIds: row.authors.map((a) => a.authorId),
      tagIds: row.tags.map((t) => t.tagId),
      ...changes.fields,
    },
  };
}

/** The AppError a promise rejects with; fails the test if it resolves or throws another error. */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    (value) => new Error(`expected a rejection, got ${JSON.stringify(value)}`),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

/** Audit entries about an article, oldest first, with their JSON parsed. */
export async function auditFor(articleId: string) {
  const rows = await db.auditEntry.findMany({
    where: { targetType: "Article", targetId: articleId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { actorId: true, action: true, before: true, after: true },
  });
  return rows.map((row) => ({
    ...row,
    before: row.before ? (JSON.parse(row.before) as unknown) : null,
    after: row.after ? (JSON.parse(row.after) as unknown) : null,
  }));
}
