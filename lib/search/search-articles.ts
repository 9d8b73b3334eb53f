import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { listCardsByIds, type ArticleCard } from "../articles/article-cards";
import { toFtsQuery } from "./fts-query";
import { HIT_END, HIT_START } from "./search-constants";

export const SEARCH_PAGE_SIZE = 10;
/** Search results stop after this many pages; nobody reads result 500, and deep OFFSETs cost. */
export const SEARCH_MAX_PAGES = 20;

export type SearchHit = { article: ArticleCard; page: number; snippet: string };
export type SearchResults = {
  query: string;
  hits: SearchHit[];
  page: number;
  totalPages: number;
  total: number;
};

type Row = {
  rid: bigint | number;
  articleId: string;
  page: number;
  snippet: string;
  score: number;
};

/**
 * Ranked full-text search over published articles. Title matches weigh most, then the
 * dek, authors and body (bm25 weights). Each article appears once, on its best page.
 */
export async function searchArticles(input: {
  q: string;
  page?: number;
  now?: Date;
}): Promise<SearchResults> {
  const query = input.q.trim();
  const match = toFtsQuery(query);
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), SEARCH_MAX_PAGES);
  if (!match) return { query, hits: [], page: 1, totalPages: 0, total: 0 };
  // Dates are stored as ISO text with a "+00:00" offset; compare in the same form.
  const now = (input.now ?? new Date()).toISOString().replace("Z", "+00:00");
  const offset = (page - 1) * SEARCH_PAGE_SIZE;

  // Rank every matching page, keep each article's best, and only published articles.
  // Rank every match, but cut snippets only for the page shown: snippet() re-reads each
  // document, and a common word matches thousands of them.
  const ranked = await db.$queryRaw<Omit<Row, "snippet">[]>`
    WITH hits AS (
      SELECT s.rowid AS rid, s."articleId" AS articleId, CAST(s."page" AS INTEGER) AS page,
             bm25("ArticleSearch", 0, 0, 10.0, 4.0, 1.0, 3.0) AS score
      FROM "ArticleSearch" s
      WHERE "ArticleSearch" MATCH ${match}
    ), best AS (
      SELECT rid, articleId, page, score,
             ROW_NUMBER() OVER (PARTITION BY articleId ORDER BY score, page) AS rn
      FROM hits
    )
    SELECT best.rid AS rid, best.articleId AS articleId, best.page AS page, best.score AS score
    FROM best JOIN "Article" a ON a."id" = best.articleId
    WHERE best.rn = 1 AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
    ORDER BY best.score, a."publishedAt" DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  const snippets = ranked.length
    ? await db.$queryRaw<{ rid: bigint | number; snippet: string }[]>`
        SELECT rowid AS rid, snippet("ArticleSearch", 4, ${HIT_START}, ${HIT_END}, '…', 28) AS snippet
        FROM "ArticleSearch"
        WHERE "ArticleSearch" MATCH ${match}
          AND rowid IN (${Prisma.join(ranked.map((row) => row.rid))})`
    : [];
  const snippetByRow = new Map(snippets.map((row) => [Number(row.rid), row.snippet]));
  const rows: Row[] = ranked.map((row) => ({
    ...row,
    snippet: snippetByRow.get(Number(row.rid)) ?? "",
  }));

  const [{ total } = { total: 0 }] = await db.$queryRaw<{ total: number }[]>`
    SELECT COUNT(DISTINCT s."articleId") AS total
    FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s."articleId"
    WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}`;

  const cards = await listCardsByIds(rows.map((row) => row.articleId));
  const hits = rows.flatMap((row) => {
    const article = cards.get(row.articleId);
    return article ? [{ article, page: Number(row.page), snippet: row.snippet }] : [];
  });
  const count = Number(total);
  return {
    query,
    hits,
    page,
    total: count,
    totalPages: Math.min(SEARCH_MAX_PAGES, Math.ceil(count / SEARCH_PAGE_SIZE)),
  };
}
