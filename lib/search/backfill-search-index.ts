import { syncSearchIndexTx } from "../articles/save-article";
import type { DbClient, TransactionClient } from "../db-client";
import { databaseEngine } from "../db-engine";
import { Prisma } from "../generated/prisma/client";
import { lockSearchIndex } from "../db-locks";
import { highestSearchRowid } from "./search-index";

/**
 * How many subscriber-only articles are in the index by their teaser but not by their
 * full text, and the first rowid of theirs. The index holds published articles only, so
 * a TEASER row is a published subscriber-only article's. On SQLite this reads
 * "ArticleSearchPage" alone, which keeps it off "Article", whose rows carry whole bodies;
 * PostgreSQL keeps the audience in "ArticleSearch" itself (under an index).
 */
const articlesMissingFullRowsSql = (rows: Prisma.Sql) => Prisma.sql`
  SELECT COUNT(DISTINCT t."articleId") AS missing, MIN(t."rowid") AS "from"
  FROM ${rows} t
  WHERE t."audience" = 'TEASER'
    AND NOT EXISTS (SELECT 1 FROM ${rows} s
                    WHERE s."articleId" = t."articleId" AND s."audience" = 'SUBSCRIBERS')`;

/** The table that says each index row's article, page and audience, by engine. */
const pageRows = () =>
  databaseEngine() === "postgres" ? Prisma.sql`"ArticleSearch"` : Prisma.sql`"ArticleSearchPage"`;

/**
 * Adds the subscribers-only full-text rows (lib/search/search-index.ts) to an index built
 * before they existed. The migration that introduced them (20261206120000_search_audience)
 * could only mark the rows already there: a subscriber-only article's rows were its
 * teaser, and SQL cannot turn a stored body into page text. So after it, such articles
 * have TEASER rows and no SUBSCRIBERS rows, and subscribers' searches would not find them
 * at all. Runs at every start (scripts/prepare-db.mjs, through prisma/seed/run.ts).
 *
 * Cheap when nothing is missing: one pass over the TEASER rows (every TEASER row's
 * article should have SUBSCRIBERS rows too), nothing else. A PostgreSQL index is built
 * with audiences from its first migration, so there it finds nothing missing unless
 * rows were lost some other way; it is run all the same, to mend them.
 *
 * An article that lacks its rows is re-indexed through the code publishing uses
 * (`syncSearchIndexTx` → `indexArticle`), so rows are built one way only. That gives it
 * the newest rowids, and search ranks only the most recently indexed matches
 * (SEARCH_CANDIDATES): re-indexing just those articles would make every old
 * subscriber-only article "newer" than every public one, and a common word's results,
 * public search's included, would be all subscriber-only pieces until years of new
 * articles pushed them down. So the articles indexed after the oldest one lacking rows
 * are walked in indexing order: those lacking rows are re-indexed, and the others' rows,
 * unchanged, are moved up after them (a run of articles per UPDATE). The whole index
 * keeps its order. It is a one-time cost in proportion to the archive: on a 2-core
 * machine under load, about 15 ms per article re-indexed and 4 ms per article moved
 * (3 pages each); re-indexing every article instead cost about 12 ms each.
 *
 * One transaction: an interrupted run leaves the index as it was, and the next start
 * begins again. Returns how many articles lacked their rows (and were re-indexed) and how
 * many others' rows were moved to keep the order.
 */
export async function backfillSubscriberSearchRows(
  db: DbClient,
  options: { timeoutMs?: number } = {},
): Promise<{ missing: number; moved: number }> {
  const missingRows = async (client: Pick<DbClient, "$queryRaw">) => {
    const [found] = await client.$queryRaw<
      { missing: bigint | number; from: bigint | number | null }[]
    >(articlesMissingFullRowsSql(pageRows()));
    return { missing: Number(found?.missing ?? 0), from: Number(found?.from ?? 0) };
  };
  // Looked at outside a transaction first, so the usual start takes no lock.
  if ((await missingRows(db)).missing === 0) return { missing: 0, moved: 0 };
  return db.$transaction(
    async (tx) => {
      const { missing, from } = await missingRows(tx);
      if (missing === 0) return { missing: 0, moved: 0 };
      // An article's rows are consecutive rowids (indexArticle writes them in one go, in
      // a write transaction), so each article is one span, and spans do not interleave.
      // An aggregate FILTER is written alike on both engines (SQLite has no bool_or(),
      // PostgreSQL no MAX() of booleans), so one query serves both; `lacking` comes back
      // as a boolean from PostgreSQL and as 0 or 1 from SQLite.
      const articles = await tx.$queryRaw<
        {
          first: bigint | number;
          last: bigint | number;
          articleId: string;
          lacking: bigint | number | boolean;
        }[]
      >`
        SELECT "articleId", MIN("rowid") AS first, MAX("rowid") AS last,
               COUNT(*) FILTER (WHERE "audience" = 'TEASER') > 0
                 AND COUNT(*) FILTER (WHERE "audience" = 'SUBSCRIBERS') = 0 AS lacking
        FROM ${pageRows()} WHERE "rowid" >= ${from}
        GROUP BY "articleId" ORDER BY first`;
      let moved = 0;
      let run: { first: number; last: number } | undefined;
      for (const article of articles) {
        if (Number(article.lacking)) {
          if (run) await moveToTop(tx, run);
          run = undefined;
          await syncSearchIndexTx(tx, article.articleId);
        } else {
          moved += 1;
          run = { first: run?.first ?? Number(article.first), last: Number(article.last) };
        }
      }
      if (run) await moveToTop(tx, run);
      // So many rows rewritten in one go leave the FTS index in many small segments,
      // which FTS5 would merge only as later writes come; merge them now, as after an
      // import (scripts/bench/generate-data.ts), so searches read a settled index.
      // (PostgreSQL's GIN index merges its pending rows itself, past a size or at vacuum.)
      if (databaseEngine() === "sqlite")
        await tx.$executeRaw`INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('optimize')`;
      return { missing, moved };
    },
    { maxWait: 60_000, timeout: options.timeoutMs ?? 60 * 60_000 },
  );
}

/**
 * Moves the rows with rowids first..last, as they are, above every row in the index,
 * keeping their order. On SQLite, FTS5 re-files each row under its new rowid, and
 * "ArticleSearchPage" follows, so the two keep sharing rowids (numbers are bound as REAL,
 * which FTS5 refuses as a new rowid; hence the CASTs). PostgreSQL has the one table.
 */
async function moveToTop(tx: TransactionClient, { first, last }: { first: number; last: number }) {
  await lockSearchIndex(tx);
  const shift = (await highestSearchRowid(tx)) + 1 - first;
  if (databaseEngine() === "postgres") {
    await tx.$executeRaw`UPDATE "ArticleSearch" SET "rowid" = "rowid" + ${shift}
      WHERE "rowid" BETWEEN ${first} AND ${last}`;
    return;
  }
  await tx.$executeRaw`UPDATE "ArticleSearch" SET rowid = rowid + CAST(${shift} AS INTEGER)
    WHERE rowid BETWEEN ${first} AND ${last}`;
  await tx.$executeRaw`UPDATE "ArticleSearchPage" SET "rowid" = "rowid" + CAST(${shift} AS INTEGER)
    WHERE "rowid" BETWEEN ${first} AND ${last}`;
}
