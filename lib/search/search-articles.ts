import "server-only";
import { db } from "../db";
import { databaseEngine } from "../db-engine";
import { Prisma } from "../generated/prisma/client";
import { listCardsByIds, type ArticleCard } from "../articles/article-cards";
import { postgresSearchSql } from "./search-articles-postgres";
import { sqliteSearchSql } from "./search-articles-sqlite";
import { SEARCH_PAGE_SIZE } from "./search-constants";
import type { SearchAudience } from "./search-index";

export type { SearchAudience } from "./search-index";
export { SEARCH_PAGE_SIZE } from "./search-constants";

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

type CandidatesInput = {
  /** The engine's query text, from `searchMatch`. */
  match: string;
  candidates: number;
  audience: SearchAudience;
  /** The count needs no score, and scoring reads each row's words. */
  score?: boolean;
};
type RankedInput = CandidatesInput & { now: Date; offset: number };

/**
 * The SQL each engine speaks for search: SQLite's FTS5 (search-articles-sqlite.ts) or
 * PostgreSQL's tsvector (search-articles-postgres.ts). Both return the same columns and
 * follow the same rules, described at the functions below.
 */
export type SearchSql = {
  match: (q: string) => string | null;
  /** Columns rid, articleId, page and (unless `score` is false) score, best highest. */
  candidates: (input: CandidatesInput) => Prisma.Sql;
  snippets: (input: {
    match: string;
    rowids: (bigint | number)[];
    audience: SearchAudience;
  }) => Prisma.Sql;
};

const engineSql = (): SearchSql =>
  databaseEngine() === "postgres" ? postgresSearchSql : sqliteSearchSql;

type Ranked = { rid: bigint | number; articleId: string; page: bigint | number };

/**
 * Ranked full-text search over published articles. Title matches weigh most, then the
 * dek, authors and body. Each article appears once, on its best page. Only published
 * articles are indexed (lib/search/search-index.ts), but one can carry a future date, so
 * the candidates are checked against "Article" (a covering index).
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
  const sql = engineSql();
  const candidates = input.candidates ?? SEARCH_CANDIDATES;
  const audience = input.audience ?? "public";
  const query = input.q.trim();
  const match = sql.match(query);
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), SEARCH_MAX_PAGES);
  if (!match) return { query, hits: [], page: 1, totalPages: 0, total: 0, more: false };
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const now = input.now ?? new Date();

  const ranked = await db.$queryRaw<Ranked[]>(
    rankedSearchSql({ match, candidates, now, offset, audience }),
  );
  // "pages" counts every candidate, published or not, so `more` holds even when a
  // future-dated article takes one of the places; "total" counts the published ones.
  const [counted] = await db.$queryRaw<{ total: bigint | number; pages: bigint | number }[]>`
    SELECT COUNT(DISTINCT a."id") AS total, COUNT(*) AS pages
    FROM (${sql.candidates({ match, candidates, audience, score: false })}) c
    LEFT JOIN "Article" a ON a."id" = c."articleId"
      AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}`;
  // A snippet re-reads each document: only for the ten shown. The ranked rowids are
  // already the audience's; the audience is checked again there because a snippet is the
  // one place the text itself leaves the index (a second guard: no test can fail without it
  // while the ranked query filters, which the search tests do check).
  const snippets = ranked.length
    ? await db.$queryRaw<{ rid: bigint | number; snippet: string }[]>(
        sql.snippets({ match, rowids: ranked.map((row) => row.rid), audience }),
      )
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

/** What a reader typed as this engine's query text (null when no word is left); for tests. */
export const searchMatch = (q: string) => engineSql().match(q);

/**
 * The candidates: the `candidates` most recently indexed matching rows that `audience`
 * may use, with their article, page and score; exported so tests can EXPLAIN it.
 *
 * The audience filter sits inside the capped query, so the cap counts only rows the
 * reader may see (another audience's rows can neither take places nor be ranked).
 */
export const searchCandidatesSql = (input: CandidatesInput) => engineSql().candidates(input);

/**
 * The ranked page of hits: each article's best candidate page, if the article is
 * published by `now`, best first; exported so tests can EXPLAIN it. One query for both
 * engines (each engine's candidates score best highest).
 *
 * CROSS JOIN, with the join's condition in WHERE, keeps SQLite from starting at "Article":
 * with a plain JOIN it walked every published article by its status index and probed the
 * candidates for each (issue 7: 300–450 ms per new query at 100,000 articles, even for a
 * word in five of them; now 1–40 ms). To PostgreSQL it is the same inner join, and it
 * looks each candidate's article up by id.
 */
export function rankedSearchSql(input: RankedInput): Prisma.Sql {
  const { now, offset } = input;
  return Prisma.sql`
    WITH candidates AS (${searchCandidatesSql(input)}), best AS (
      SELECT c.rid, c."articleId", c.page, c.score,
             ROW_NUMBER() OVER (PARTITION BY c."articleId" ORDER BY c.score DESC, c.page) AS rn
      FROM candidates c
    )
    SELECT best.rid, best."articleId", best.page
    FROM best CROSS JOIN "Article" a
    WHERE a."id" = best."articleId"
      AND best.rn = 1 AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
    ORDER BY best.score DESC, best.rid DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}
