import { randomUUID } from "node:crypto";
import { markdownToDocument } from "@/lib/articles/markdown-to-doc";
import { createArticleTx, type ArticleInput } from "@/lib/articles/save-article";
import { db } from "@/lib/db";

/** Test data builders: each call makes its own rows with unique slugs. */

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createTopic(overrides: { slug?: string; name?: string } = {}) {
  const slug = overrides.slug ?? unique("topic");
  return db.topic.create({
    data: { slug, name: overrides.name ?? slug, description: "" },
    select: { id: true, slug: true },
  });
}

export async function createAuthor(overrides: { slug?: string; name?: string } = {}) {
  const slug = overrides.slug ?? unique("author");
  return db.author.create({
    data: { slug, name: overrides.name ?? `Author ${slug}`, bio: "" },
    select: { id: true, slug: true, name: true },
  });
}

export async function createArticle(
  overrides: Partial<Omit<ArticleInput, "body" | "authorIds">> & {
    markdown?: string;
    authorIds?: string[];
  } = {},
) {
  const authorIds = overrides.authorIds ?? [(await createAuthor()).id];
  const { markdown, ...rest } = overrides;
  const input: ArticleInput = {
    slug: unique("article"),
    title: "An article",
    status: "PUBLISHED",
    publishedAt: new Date(Date.now() - 60_000),
    ...rest,
    body: markdownToDocument(markdown ?? "A first paragraph.\n\nA second paragraph."),
    authorIds,
  };
  const { id } = await db.$transaction((tx) => createArticleTx(tx, input));
  return { id, slug: input.slug };
}
