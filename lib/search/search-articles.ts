import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { listCardsByIds, type ArticleCard } from "../articles/article-cards";
import { toFtsQuery } from "./fts-query";
import { HIT_END, HIT_START } from "./search-constants";
import { SEARCH_ROW_AUDIENCES, type SearchAudience } from "./search-index";

export type { SearchAudience } from "./search-index";

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
 *
 * What is matched, ranked, counted and quoted is limited to the rows of `audience`
 * (default "public": teasers only for subscriber-only articles), in every query here.
 */
export async function searchArticles(input: {
  q: string;
  page?: number;
  /** Whose search; see SearchAudience. Defaults to "public". */
  audience?: SearchAudience;
  now?: Date;
  /** Tests lower it to reach the cap with a few articles. */
  candidates?: number;
}): Promise<SearchResults> {
  const candidates = input.candidates ?? SEARCH_CANDIDATES;
  const audience = input.audience ?? "public";
  const query = input.q.trim();
  const match = toFtsQuery(query);
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), SEARCH_MAX_PAGES);
  if (!match) return { query, hits: [], page: 1, totalPages: 0, total: 0, more: false };
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  // Dates are stored as ISO text with a "+00:00" offset; compare in the same form.
  const now = (input.now ?? new Date()).toISOString().replace("Z", "+00:00");

  const ranked = await db.$queryRaw<Ranked[]>(
    rankedSearchSql({ match, candidates, now, offset, audience }),
  );
  // "pages" counts every candidate, published or not, so `more` holds even when a
  // future-dated article takes one of the places; "total" counts the published ones.
  const [counted] = await db.$queryRaw<{ total: bigint | number; pages: bigint | number }[]>`
    SELECT COUNT(DISTINCT a."id") AS total, COUNT(*) AS pages
    FROM (${searchCandidatesSql({ match, candidates, audience, score: false })}) c
    LEFT JOIN "Article" a ON a."id" = c.articleId
      AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}`;
  // snippet() re-reads each document: only for the ten shown. The ranked rowids are
  // already the audience's; the audience is checked again here because a snippet is the
  // one place the text itself leaves the index (a second guard: no test can fail without it
  // while the ranked query filters, which the search tests do check).
  const snippets = ranked.length
    ? await db.$queryRaw<{ rid: bigint | number; snippet: string }[]>`
        SELECT rowid AS rid, snippet("ArticleSearch", 4, ${HIT_START}, ${HIT_END}, '…', 28) AS snippet
        FROM "ArticleSearch"
        WHERE "ArticleSearch" MATCH ${match}
          AND rowid IN (SELECT "rowid" FROM "ArticleSearchPage"
            WHERE "rowid" IN (${Prisma.join(ranked.map((row) => row.rid))})
              AND "audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])}))`
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
 * The candidates: the `candidates` most recently indexed matching rows that `audience`
 * may use, with their article, page and bm25 score; exported so tests can EXPLAIN it.
 *
 * The audience filter sits inside the capped query, so the cap counts only rows the
 * reader may see (another audience's rows can neither take places nor be ranked). The
 * FTS table drives (CROSS JOIN) and yields its matches newest first without sorting
 * them; each is checked in "ArticleSearchPage" by rowid, so the query stops after
 * `candidates` accepted rows. bm25 is cheap; reading a column of the FTS table is not (it
 * loads the stored body), so article, page and audience come from that narrow table.
 */
export function searchCandidatesSql(input: {
  match: string;
  candidates: number;
  audience: SearchAudience;
  /** The count needs no score, and bm25 reads each row's column sizes. */
  score?: boolean;
}): Prisma.Sql {
  const { match, candidates, audience } = input;
  const score =
    input.score === false
      ? Prisma.empty
      : Prisma.sql`, bm25("ArticleSearch", 0, 0, 10.0, 4.0, 1.0, 3.0) AS score`;
  return Prisma.sql`
    SELECT "ArticleSearch".rowid AS rid, p."articleId" AS articleId, p."page" AS page${score}
    FROM "ArticleSearch" CROSS JOIN "ArticleSearchPage" p ON p."rowid" = "ArticleSearch".rowid
    WHERE "ArticleSearch" MATCH ${match}
      AND p."audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})
    ORDER BY "ArticleSearch".rowid DESC LIMIT ${candidates}`;
}

/**
 * The ranked page of hits; exported so tests can EXPLAIN it.
 *
 * CROSS JOIN keeps SQLite from starting at "Article": with a plain JOIN it walked every
 * published article by its status index and probed the candidates for each (issue 7:
 * 300–450 ms per new query at 100,000 articles, even for a word in five of them; now
 * 1–40 ms).
 */
export function rankedSearchSql(input: {
  match: string;
  candidates: number;
  now: string;
  offset: number;
  audience: SearchAudience;
}): Prisma.Sql {
  const { now, offset } = input;
  return Prisma.sql`
    WITH candidates AS (${searchCandidatesSql(input)}), best AS (
      SELECT c.rid, c.articleId, c.page, c.score,
             ROW_NUMBER() OVER (PARTITION BY c.articleId ORDER BY c.score, c.page) AS rn
      FROM candidates c
    )
    SELECT best.rid, best.articleId, best.page
    FROM best CROSS JOIN "Article" a ON a."id" = best.articleId
    WHERE best.rn = 1 AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
    ORDER BY best.score, best.rid DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}
