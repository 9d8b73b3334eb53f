import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { listCardsByIds, type ArticleCard } from "../articles/article-cards";
import { toFtsQuery } from "./fts-query";
import { HIT_END, HIT_START } from "./search-constants";

export const SEARCH_PAGE_SIZE = 10;
/** Search results stop after this many pages; nobody reads result 500, and deep OFFSETs cost. */
export const SEARCH_MAX_PAGES = 20;
/**
 * A query is ranked among at most this many matching pages, the most recently indexed
 * ones. Rare words match fewer and are ranked in full; a common word would otherwise cost
 * time in proportion to the archive (issue 7: it took seconds at 10,000 articles), and
 * among thousands of matches the recent ones are the ones a magazine's readers look for.
 */
export const SEARCH_CANDIDATES = 2000;

export type SearchHit = { article: ArticleCard; page: number; snippet: string };
export type SearchResults = {
  query: string;
  hits: SearchHit[];
  page: number;
  totalPages: number;
  /** Articles matching, counted among the candidates. */
  total: number;
  /** True when the query matched more pages than SEARCH_CANDIDATES: total is a lower bound. */
  more: boolean;
};

type Ranked = { rid: bigint | number; articleId: string; page: bigint | number };

/**
 * Ranked full-text search over published articles. Title matches weigh most, then the
 * dek, authors and body (bm25 weights). Each article appears once, on its best page.
 * Only published articles are indexed (lib/search/search-index.ts), but one can carry a
 * future date, so the candidates are checked against "Article" (a covering index).
 */
export async function searchArticles(input: {
  q: string;
  page?: number;
  now?: Date;
  /** Tests lower it to reach the cap with a few articles. */
  candidates?: number;
}): Promise<SearchResults> {
  const candidates = input.candidates ?? SEARCH_CANDIDATES;
  const query = input.q.trim();
  const match = toFtsQuery(query);
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), SEARCH_MAX_PAGES);
  if (!match) return { query, hits: [], page: 1, totalPages: 0, total: 0, more: false };
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  // Dates are stored as ISO text with a "+00:00" offset; compare in the same form.
  const now = (input.now ?? new Date()).toISOString().replace("Z", "+00:00");

  const ranked = await db.$queryRaw<Ranked[]>(rankedSearchSql({ match, candidates, now, offset }));
  // "pages" counts every candidate, published or not, so `more` holds even when a
  // future-dated article takes one of the places; "total" counts the published ones.
  const [counted] = await db.$queryRaw<{ total: bigint | number; pages: bigint | number }[]>`
    SELECT COUNT(DISTINCT a."id") AS total, COUNT(*) AS pages
    FROM (SELECT rowid AS rid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
          ORDER BY rowid DESC LIMIT ${candidates}) c
    JOIN "ArticleSearchPage" p ON p."rowid" = c.rid
    LEFT JOIN "Article" a ON a."id" = p."articleId"
      AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}`;
  // snippet() re-reads each document: only for the ten shown.
  const snippets = ranked.length
    ? await db.$queryRaw<{ rid: bigint | number; snippet: string }[]>`
        SELECT rowid AS rid, snippet("ArticleSearch", 4, ${HIT_START}, ${HIT_END}, '…', 28) AS snippet
        FROM "ArticleSearch"
        WHERE "ArticleSearch" MATCH ${match}
          AND rowid IN (${Prisma.join(ranked.map((row) => row.rid))})`
    : [];
  const snippetByRow = new Map(snippets.map((row) => [Number(row.rid), row.snippet]));

  const cards = await listCardsByIds(
    ranked.map((row) => row.articleId),
    input.now,
  );
  const hits = ranked.flatMap((row) => {
    const article = cards.get(row.articleId);
    return article
      ? [{ article, page: Number(row.page), snippet: snippetByRow.get(Number(row.rid)) ?? "" }]
      : [];
  });
  const total = Number(counted?.total ?? 0);
  return {
    query,
    hits,
    page,
    total,
    more: Number(counted?.pages ?? 0) >= candidates,
    totalPages: Math.min(SEARCH_MAX_PAGES, Math.ceil(total / SEARCH_PAGE_SIZE)),
  };
}

/**
 * The ranked page of hits; exported so tests can EXPLAIN it.
 *
 * bm25 is cheap; reading a column of the FTS table is not (it loads the stored body),
 * so article and page come from "ArticleSearchPage" by rowid. CROSS JOIN keeps SQLite
 * from starting at "Article": with a plain JOIN it walked every published article by
 * its status index and probed the candidates for each (issue 7: 300–450 ms per new
 * query at 100,000 articles, even for a word in five of them; now 1–40 ms).
 */
export function rankedSearchSql(input: {
  match: string;
  candidates: number;
  now: string;
  offset: number;
}): Prisma.Sql {
  const { match, candidates, now, offset } = input;
  return Prisma.sql`
    WITH candidates AS (
      SELECT rowid AS rid, bm25("ArticleSearch", 0, 0, 10.0, 4.0, 1.0, 3.0) AS score
      FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
      ORDER BY rowid DESC LIMIT ${candidates}
    ), best AS (
      SELECT c.rid, p."articleId" AS articleId, p."page" AS page, c.score,
             ROW_NUMBER() OVER (PARTITION BY p."articleId" ORDER BY c.score, p."page") AS rn
      FROM candidates c JOIN "ArticleSearchPage" p ON p."rowid" = c.rid
    )
    SELECT best.rid, best.articleId, best.page
    FROM best CROSS JOIN "Article" a ON a."id" = best.articleId
    WHERE best.rn = 1 AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
    ORDER BY best.score, best.rid DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}
