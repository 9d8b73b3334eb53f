import { blocksToText, splitPages, teaserBlocks } from "../articles/document-pages";
import { parseDocument } from "../articles/document-schema";
import type { TransactionClient } from "../db-client";

export type IndexableArticle = {
  id: string;
  title: string;
  dek: string;
  body: string;
  visibility: "PUBLIC" | "SUBSCRIBERS";
  authorNames: string[];
};

/**
 * Rows for the FTS table, one per page. A subscriber-only article contributes its teaser
 * only: what search can match and quote is exactly what anyone may read.
 */
export function searchRowsFor(article: IndexableArticle) {
  const doc = parseDocument(article.body);
  const pages = article.visibility === "SUBSCRIBERS" ? [teaserBlocks(doc)] : splitPages(doc);
  return pages.map((blocks, index) => ({
    articleId: article.id,
    page: index + 1,
    title: article.title,
    dek: article.dek,
    body: blocksToText(blocks),
    authors: article.authorNames.join(", "),
  }));
}

/**
 * Replaces an article's rows; call inside the transaction that publishes or edits it.
 * Each page is one row of the FTS table and one of "ArticleSearchPage" under the same
 * rowid (see its migration). New rows take rowids above every row still indexed, so rowid
 * order is the order pages were indexed in, newest last, which search relies on.
 */
export async function indexArticle(
  tx: TransactionClient,
  article: IndexableArticle,
): Promise<void> {
  await removeFromIndex(tx, article.id);
  const [highest] = await tx.$queryRaw<{ last: bigint | number }[]>`
    SELECT MAX(COALESCE((SELECT MAX(rowid) FROM "ArticleSearch"), 0),
               COALESCE((SELECT MAX("rowid") FROM "ArticleSearchPage"), 0)) AS last`;
  let rowid = Number(highest?.last ?? 0);
  for (const row of searchRowsFor(article)) {
    rowid += 1;
    await tx.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "articleId", "page", "title", "dek", "body", "authors")
      VALUES (${rowid}, ${row.articleId}, ${row.page}, ${row.title}, ${row.dek}, ${row.body}, ${row.authors})`;
    await tx.$executeRaw`INSERT INTO "ArticleSearchPage" ("rowid", "articleId", "page")
      VALUES (${rowid}, ${row.articleId}, ${row.page})`;
  }
}

export async function removeFromIndex(tx: TransactionClient, articleId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid IN
    (SELECT "rowid" FROM "ArticleSearchPage" WHERE "articleId" = ${articleId})`;
  await tx.$executeRaw`DELETE FROM "ArticleSearchPage" WHERE "articleId" = ${articleId}`;
}
