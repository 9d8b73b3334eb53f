import { blocksToText, splitPages, teaserBlocks } from "../articles/document-pages";
import { parseDocument, type BlockNode } from "../articles/document-schema";
import type { TransactionClient } from "../db-client";
import { lockSearchIndex } from "../db-locks";
import { databaseEngine } from "../db-engine";
import type { Edition } from "../editions/edition-routes.mjs";
import type { Visibility } from "../generated/prisma/enums";

export type IndexableArticle = {
  id: string;
  title: string;
  dek: string;
  body: string;
  visibility: Visibility;
  authorNames: string[];
};

/**
 * Whose searches may match and quote a row ("ArticleSearchPage"."audience"):
 * - ALL: a page of a public article, for everyone;
 * - TEASER: the teaser of a subscriber-only article, for readers without a subscription;
 * - SUBSCRIBERS: a full page of a subscriber-only article, for subscribers only;
 * - MEMBERS_TEASER: the teaser of an article for signed-in readers, for anonymous visitors;
 * - MEMBERS: a full page of an article for signed-in readers, for anyone signed in.
 * An article that is not public is indexed twice over (teaser, and every page in full) so
 * that each kind of reader finds it exactly once, by the text that reader may read.
 */
type SearchRowAudience = "ALL" | "TEASER" | "SUBSCRIBERS" | "MEMBERS_TEASER" | "MEMBERS";

/**
 * Whose search this is: the edition of the search page (lib/editions/edition-routes.mjs).
 * "public" matches and quotes only what anyone may read: public articles' pages and the
 * others' teasers. "member" adds the pages of articles for signed-in readers, and
 * "subscriber" matches every page of every article; their results are cached only under
 * their own edition. Search defaults to "public", so a caller that says nothing cannot leak.
 */
export type SearchAudience = Edition;

/**
 * Which rows ("ArticleSearchPage"."audience") each audience's search may use; every query
 * in lib/search/search-articles.ts filters by it. A subscriber-only article has TEASER
 * and SUBSCRIBERS rows, one for signed-in readers MEMBERS_TEASER and MEMBERS rows, and a
 * public one ALL rows, so each audience finds an article once. An allow-list: a row with
 * any other value is in no one's search.
 */
export const SEARCH_ROW_AUDIENCES = {
  public: ["ALL", "TEASER", "MEMBERS_TEASER"],
  member: ["ALL", "TEASER", "MEMBERS"],
  subscriber: ["ALL", "MEMBERS", "SUBSCRIBERS"],
} as const satisfies Record<SearchAudience, readonly SearchRowAudience[]>;

type SearchRow = {
  articleId: string;
  page: number;
  audience: SearchRowAudience;
  title: string;
  dek: string;
  body: string;
  authors: string;
};

/** Which rows an article of each visibility gets: its teaser's, and its full pages'. */
const ROW_AUDIENCES = {
  PUBLIC: { teaser: null, pages: "ALL" },
  MEMBERS: { teaser: "MEMBERS_TEASER", pages: "MEMBERS" },
  SUBSCRIBERS: { teaser: "TEASER", pages: "SUBSCRIBERS" },
} as const satisfies Record<
  Visibility,
  { teaser: SearchRowAudience | null; pages: SearchRowAudience }
>;

/**
 * Rows for the FTS table. A public article gives one row per page. An article that is
 * not public gives its teaser (what anyone may read, and so all that a search of readers
 * without access may ever match or quote) and, apart from it, one row per page in full.
 * The bench's data generator builds its rows here too, so both index alike.
 */
export function searchRowsFor(article: IndexableArticle): SearchRow[] {
  const doc = parseDocument(article.body);
  const row = (blocks: BlockNode[], page: number, audience: SearchRowAudience) => ({
    articleId: article.id,
    page,
    audience,
    title: article.title,
    dek: article.dek,
    body: blocksToText(blocks),
    authors: article.authorNames.join(", "),
  });
  const audiences = ROW_AUDIENCES[article.visibility];
  return [
    ...(audiences.teaser ? [row(teaserBlocks(doc), 1, audiences.teaser)] : []),
    ...splitPages(doc).map((blocks, index) => row(blocks, index + 1, audiences.pages)),
  ];
}

/**
 * Replaces an article's rows, every audience's; call inside the transaction that
 * publishes or edits it. On SQLite each row of the FTS table has one in
 * "ArticleSearchPage" under the same rowid (see its migrations), which says the article,
 * page and audience; PostgreSQL keeps all of it in "ArticleSearch" itself. New rows take
 * rowids above every row still indexed, so rowid order is the order pages were indexed
 * in, newest last, which search relies on.
 */
export async function indexArticle(
  tx: TransactionClient,
  article: IndexableArticle,
): Promise<void> {
  await lockSearchIndex(tx);
  await removeFromIndex(tx, article.id);
  const postgres = databaseEngine() === "postgres";
  let rowid = await highestSearchRowid(tx);
  for (const row of searchRowsFor(article)) {
    rowid += 1;
    if (postgres) {
      await tx.$executeRaw`INSERT INTO "ArticleSearch" ("rowid", "articleId", "page", "audience", "title", "dek", "body", "authors")
        VALUES (${rowid}, ${row.articleId}, ${row.page}, ${row.audience}, ${row.title}, ${row.dek}, ${row.body}, ${row.authors})`;
      continue;
    }
    await tx.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "articleId", "page", "title", "dek", "body", "authors")
      VALUES (${rowid}, ${row.articleId}, ${row.page}, ${row.title}, ${row.dek}, ${row.body}, ${row.authors})`;
    await tx.$executeRaw`INSERT INTO "ArticleSearchPage" ("rowid", "articleId", "page", "audience")
      VALUES (${rowid}, ${row.articleId}, ${row.page}, ${row.audience})`;
  }
}

/** Takes every row of the article out of the index, whichever readers they were for. */
export async function removeFromIndex(tx: TransactionClient, articleId: string): Promise<void> {
  if (databaseEngine() === "postgres") {
    await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${articleId}`;
    return;
  }
  // FTS5 cannot look rows up by an UNINDEXED column; "ArticleSearchPage" can.
  await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid IN
    (SELECT "rowid" FROM "ArticleSearchPage" WHERE "articleId" = ${articleId})`;
  await tx.$executeRaw`DELETE FROM "ArticleSearchPage" WHERE "articleId" = ${articleId}`;
}

/** The highest rowid in the index (on SQLite, FTS rows and "ArticleSearchPage" alike), or 0. */
export async function highestSearchRowid(tx: TransactionClient): Promise<number> {
  const [highest] =
    databaseEngine() === "postgres"
      ? await tx.$queryRaw<{ last: bigint | number | null }[]>`
          SELECT MAX("rowid") AS last FROM "ArticleSearch"`
      : await tx.$queryRaw<{ last: bigint | number | null }[]>`
          SELECT MAX(COALESCE((SELECT MAX(rowid) FROM "ArticleSearch"), 0),
                     COALESCE((SELECT MAX("rowid") FROM "ArticleSearchPage"), 0)) AS last`;
  return Number(highest?.last ?? 0);
}
