import type { TransactionClient } from "../db-client";
import type { Visibility } from "../generated/prisma/enums";
import { indexArticle, removeFromIndex } from "../search/search-index";
import { blocksToText, countWords, splitPages } from "./document-pages";
import { parseDocument, type ArticleDocument } from "./document-schema";

/**
 * Transaction-level primitives for writing articles. They keep the derived columns
 * (page and word counts) and the search index consistent with the body and status.
 * They do not check permissions: the newsroom's actions wrap them with `can()` checks;
 * the demo seed and tests call them directly.
 */

export type ArticleInput = {
  slug: string;
  title: string;
  dek?: string;
  excerpt?: string;
  body: ArticleDocument;
  status?: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  visibility?: Visibility;
  featured?: boolean;
  topicId?: string | null;
  featuredImageId?: string | null;
  issueId?: string | null;
  issuePosition?: number | null;
  publishedAt?: Date | null;
  authorIds: string[];
  tagIds?: string[];
};

function derived(body: ArticleDocument) {
  const doc = parseDocument(body);
  const pages = splitPages(doc);
  return {
    body: JSON.stringify(doc),
    pageCount: pages.length,
    wordCount: countWords(blocksToText(pages.flat())),
  };
}

export async function createArticleTx(
  tx: TransactionClient,
  input: ArticleInput,
): Promise<{ id: string }> {
  const article = await tx.article.create({
    data: {
      slug: input.slug,
      title: input.title,
      dek: input.dek ?? "",
      excerpt: input.excerpt ?? "",
      ...derived(input.body),
      status: input.status ?? "DRAFT",
      visibility: input.visibility ?? "PUBLIC",
      featured: input.featured ?? false,
      topicId: input.topicId ?? null,
      featuredImageId: input.featuredImageId ?? null,
      issueId: input.issueId ?? null,
      issuePosition: input.issuePosition ?? null,
      publishedAt: input.publishedAt ?? null,
      authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
      tags: { create: (input.tagIds ?? []).map((tagId) => ({ tagId })) },
    },
    select: { id: true },
  });
  await syncSearchIndexTx(tx, article.id);
  return article;
}

/** Publishes at `at` (default now). Published articles are searchable in the same commit. */
export async function publishArticleTx(
  tx: TransactionClient,
  articleId: string,
  at: Date = new Date(),
) {
  await tx.article.update({
    where: { id: articleId },
    data: { status: "PUBLISHED", publishedAt: at, scheduledAt: null },
  });
  await syncSearchIndexTx(tx, articleId);
}

/** Takes an article off the site: back to draft, out of search, feed and sitemap. */
export async function unpublishArticleTx(tx: TransactionClient, articleId: string) {
  await tx.article.update({ where: { id: articleId }, data: { status: "DRAFT" } });
  await removeFromIndex(tx, articleId);
}

/** Replaces the body, keeping counts and search rows in step. */
export async function updateArticleBodyTx(
  tx: TransactionClient,
  articleId: string,
  body: ArticleDocument,
) {
  await tx.article.update({ where: { id: articleId }, data: derived(body) });
  await syncSearchIndexTx(tx, articleId);
}

/** Indexes a published article, or removes any other from the index. */
export async function syncSearchIndexTx(tx: TransactionClient, articleId: string) {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      dek: true,
      body: true,
      status: true,
      visibility: true,
      authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
    },
  });
  if (!article || article.status !== "PUBLISHED") {
    await removeFromIndex(tx, articleId);
    return;
  }
  await indexArticle(tx, {
    ...article,
    authorNames: article.authors.map((link) => link.author.name),
  });
}
