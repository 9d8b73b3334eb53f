import { Prisma } from "../generated/prisma/client";
import type { SearchSql } from "./search-articles";
import { toFtsQuery } from "./fts-query";
import { HIT_END, HIT_START, SEARCH_PAGE_SIZE } from "./search-constants";
import { SEARCH_ROW_AUDIENCES } from "./search-index";

/**
 * Search on SQLite: the FTS5 table "ArticleSearch" holds the text, and the narrow
 * "ArticleSearchPage" (same rowids) says each row's article, page and audience.
 */
export const sqliteSearchSql: SearchSql = {
  match: toFtsQuery,

  /**
   * The FTS table drives (CROSS JOIN) and yields its matches newest first without sorting
   * them; each is checked in "ArticleSearchPage" by rowid, so the query stops after
   * `candidates` accepted rows. bm25 is cheap; reading a column of the FTS table is not
   * (it loads the stored body), so article, page and audience come from that narrow table.
   */
  candidates({ match, candidates, audience, score }) {
    const scored =
      score === false
        ? Prisma.empty
        : Prisma.sql`, bm25("ArticleSearch", 0, 0, 10.0, 4.0, 1.0, 3.0) AS score`;
    return Prisma.sql`
      SELECT "ArticleSearch".rowid AS rid, p."articleId" AS "articleId", p."page" AS page${scored}
      FROM "ArticleSearch" CROSS JOIN "ArticleSearchPage" p ON p."rowid" = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ${match}
        AND p."audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})
      ORDER BY "ArticleSearch".rowid DESC LIMIT ${candidates}`;
  },

  /**
   * CROSS JOIN keeps SQLite from starting at "Article": with a plain JOIN it walked every
   * published article by its status index and probed the candidates for each (issue 7:
   * 300–450 ms per new query at 100,000 articles, even for a word in five of them; now
   * 1–40 ms). bm25 scores are negative, best lowest.
   */
  ranked(input) {
    const { now, offset } = input;
    return Prisma.sql`
      WITH candidates AS (${sqliteSearchSql.candidates(input)}), best AS (
        SELECT c.rid, c."articleId", c.page, c.score,
               ROW_NUMBER() OVER (PARTITION BY c."articleId" ORDER BY c.score, c.page) AS rn
        FROM candidates c
      )
      SELECT best.rid, best."articleId", best.page
      FROM best CROSS JOIN "Article" a ON a."id" = best."articleId"
      WHERE best.rn = 1 AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
      ORDER BY best.score, best.rid DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  },

  /** snippet() needs the row to be a MATCH of the query, and quotes the body (column 4). */
  snippets({ match, rowids, audience }) {
    return Prisma.sql`
      SELECT rowid AS rid, snippet("ArticleSearch", 4, ${HIT_START}, ${HIT_END}, '…', 28) AS snippet
      FROM "ArticleSearch"
      WHERE "ArticleSearch" MATCH ${match}
        AND rowid IN (SELECT "rowid" FROM "ArticleSearchPage"
          WHERE "rowid" IN (${Prisma.join(rowids)})
            AND "audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])}))`;
  },
};
