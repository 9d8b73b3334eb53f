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

/** Replaces an article's rows; call inside the transaction that publishes or edits it. */
export async function indexArticle(
  tx: TransactionClient,
  article: IndexableArticle,
): Promise<void> {
  await removeFromIndex(tx, article.id);
  for (const row of searchRowsFor(article)) {
    await tx.$executeRaw`INSERT INTO "ArticleSearch" ("articleId", "page", "title", "dek", "body", "authors")
      VALUES (${row.articleId}, ${row.page}, ${row.title}, ${row.dek}, ${row.body}, ${row.authors})`;
  }
}

export async function removeFromIndex(tx: TransactionClient, articleId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${articleId}`;
}
