import { Prisma } from "../generated/prisma/client";
import type { SearchSql } from "./search-articles";
import { toFtsQuery } from "./fts-query";
import { HIT_END, HIT_START } from "./search-constants";
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
   * bm25 scores best lowest; negated, so that on both engines the best scores highest and
   * one ranked query (search-articles.ts) serves both.
   */
  candidates({ match, candidates, audience, score }) {
    const scored =
      score === false
        ? Prisma.empty
        : Prisma.sql`, -bm25("ArticleSearch", 0, 0, 10.0, 4.0, 1.0, 3.0) AS score`;
    return Prisma.sql`
      SELECT "ArticleSearch".rowid AS rid, p."articleId" AS "articleId", p."page" AS page${scored}
      FROM "ArticleSearch" CROSS JOIN "ArticleSearchPage" p ON p."rowid" = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ${match}
        AND p."audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})
      ORDER BY "ArticleSearch".rowid DESC LIMIT ${candidates}`;
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
