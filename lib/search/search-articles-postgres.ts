import { Prisma } from "../generated/prisma/client";
import type { SearchSql } from "./search-articles";
import { toTsQuery } from "./fts-query";
import { HIT_END, HIT_START } from "./search-constants";
import { SEARCH_ROW_AUDIENCES } from "./search-index";

/**
 * Search on PostgreSQL: one table "ArticleSearch" holds each row's text, article, page,
 * audience and a weighted tsvector "document" under a GIN index (its migration,
 * prisma/postgres/migrations/20261207100000_init). The text search configuration
 * "meridian_search" folds words as SQLite's FTS5 tokenizer does (unaccented, stemmed).
 */
const CONFIG = Prisma.sql`'meridian_search'::regconfig`;
const tsQuery = (match: string) => Prisma.sql`to_tsquery(${CONFIG}, ${match})`;
/**
 * ts_rank's weights for D, C, B, A: body, authors, dek, title. SQLite's bm25 weights
 * (1, 3, 4, 10) scaled into ts_rank's range (at most 1).
 */
const WEIGHTS = Prisma.sql`'{0.1, 0.3, 0.4, 1.0}'::float4[]`;
/**
 * As SQLite's snippet(…, 28): the 28 words around the best match (one "fragment" is what
 * centres them on it, as FTS5 does), or the body's first words when only the title or
 * dek matched. ShortWord=0 because FTS5 does not drop short words at a snippet's edges.
 */
const HEADLINE_OPTIONS = `StartSel="${HIT_START}", StopSel="${HIT_END}", MaxWords=28, MinWords=27, ShortWord=0, MaxFragments=1`;

export const postgresSearchSql: SearchSql = {
  match: toTsQuery,

  /**
   * The GIN index finds the matches (or, for a word the statistics say is common, the
   * rows are walked newest first until enough match), and the newest `candidates` are
   * kept. ts_rank reads the whole tsvector, so it is computed outside the LIMIT, for the
   * kept rows only (the planner would otherwise compute it for every match before
   * sorting). Its scores are positive, best highest.
   */
  candidates({ match, candidates, audience, score }) {
    const scored =
      score === false
        ? Prisma.empty
        : Prisma.sql`, ts_rank(${WEIGHTS}, c."document", ${tsQuery(match)}) AS score`;
    return Prisma.sql`
      SELECT c.rid, c."articleId", c.page${scored}
      FROM (
        SELECT s."rowid" AS rid, s."articleId", s."page" AS page, s."document"
        FROM "ArticleSearch" s
        WHERE s."document" @@ ${tsQuery(match)}
          AND s."audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})
        ORDER BY s."rowid" DESC LIMIT ${candidates}
      ) c`;
  },

  /**
   * ts_headline marks no cut, so '…' is put where, as with SQLite's snippet(), the quote
   * starts after the body's first word or ends before its last; a quote that runs to the
   * end keeps the body's last punctuation, which ts_headline leaves off.
   */
  snippets({ match, rowids, audience }) {
    return Prisma.sql`
      SELECT s."rowid" AS rid,
             CASE WHEN q.at > 0 AND left(s."body", q.at - 1) !~ '[[:alnum:]]' THEN '' ELSE '…' END
             || h.headline
             || CASE WHEN q.at > 0 AND q.rest !~ '[[:alnum:]]' THEN rtrim(q.rest) ELSE '…' END
               AS snippet
      FROM "ArticleSearch" s
      CROSS JOIN LATERAL (SELECT ts_headline(${CONFIG}, s."body", ${tsQuery(match)},
        ${HEADLINE_OPTIONS}) AS headline) h
      CROSS JOIN LATERAL (SELECT replace(replace(h.headline, ${HIT_START}, ''), ${HIT_END}, '')
        AS plain) p
      CROSS JOIN LATERAL (SELECT position(p.plain IN s."body") AS at,
        substr(s."body", position(p.plain IN s."body") + length(p.plain)) AS rest) q
      WHERE s."rowid" IN (${Prisma.join(rowids)})
        AND s."audience" IN (${Prisma.join(SEARCH_ROW_AUDIENCES[audience])})`;
  },
};
