import { describe, expect, it } from "vitest";
import { unpublishArticleTx, updateArticleBodyTx } from "@/lib/articles/save-article";
import { markdownToDocument } from "@/lib/articles/markdown-to-doc";
import { db } from "@/lib/db";
import { searchArticles } from "@/lib/search/search-articles";
import { createArticle } from "../factories";

describe("searchArticles", () => {
  it("ranks a title match above a body-only match", async () => {
    const bodyOnly = await createArticle({
      title: "Notes from the valley",
      markdown: "The word zephyrine appears here, in the body, once.",
    });
    const inTitle = await createArticle({
      title: "Zephyrine and the council",
      markdown: "Nothing else to see.",
    });
    const results = await searchArticles({ q: "zephyrine" });
    expect(results.hits.map((h) => h.article.slug)).toEqual([inTitle.slug, bodyOnly.slug]);
    expect(results.total).toBe(2);
  });

  it("finds a word on a later page and says which page, with the match highlighted", async () => {
    const article = await createArticle({
      markdown:
        "Page one text.\n\n=== page ===\n\nOnly here: quillhavenite.\n\n=== page ===\n\nPage three.",
    });
    const results = await searchArticles({ q: "quillhavenite" });
    expect(results.hits).toHaveLength(1);
    expect(results.hits[0]).toMatchObject({ page: 2, article: { slug: article.slug } });
    expect(results.hits[0]!.snippet).toContain("\u0002quillhavenite\u0003");
  });

  it("matches author names and prefixes", async () => {
    const article = await createArticle({ title: "Untitled" });
    const author = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { authors: { select: { author: { select: { name: true } } } } },
    });
    const name = author.authors[0]!.author.name;
    const results = await searchArticles({ q: name.slice(0, name.length - 2) });
    expect(results.hits.map((h) => h.article.slug)).toContain(article.slug);
  });

  it("leaves out drafts, future-dated and unpublished articles", async () => {
    await createArticle({ title: "Marmaladine draft", status: "DRAFT", publishedAt: null });
    await createArticle({
      title: "Marmaladine future",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    const published = await createArticle({ title: "Marmaladine published" });
    expect((await searchArticles({ q: "marmaladine" })).hits.map((h) => h.article.slug)).toEqual([
      published.slug,
    ]);

    await db.$transaction((tx) => unpublishArticleTx(tx, published.id));
    expect((await searchArticles({ q: "marmaladine" })).total).toBe(0);
  });

  it("follows edits to the body", async () => {
    const article = await createArticle({ markdown: "Originally about oldenword." });
    await db.$transaction((tx) =>
      updateArticleBodyTx(tx, article.id, markdownToDocument("Now about newenword.")),
    );
    expect((await searchArticles({ q: "oldenword" })).total).toBe(0);
    expect((await searchArticles({ q: "newenword" })).hits[0]?.article.slug).toBe(article.slug);
  });

  it("indexes only the teaser of subscriber-only articles", async () => {
    await createArticle({
      title: "Members piece",
      visibility: "SUBSCRIBERS",
      markdown:
        "Teaser one mentions openword.\n\nTeaser two.\n\nHidden third paragraph mentions secretword.",
    });
    expect((await searchArticles({ q: "openword" })).total).toBe(1);
    expect((await searchArticles({ q: "secretword" })).total).toBe(0);
  });

  it("answers empty, punctuation-only, operator-laden and very long queries without error", async () => {
    for (const q of ["", "   ", "!!!", '"', "NEAR(", "*", "a".repeat(10_000), "x ".repeat(3000)]) {
      const results = await searchArticles({ q });
      expect(results.hits.length).toBeLessThanOrEqual(10);
    }
  });

  it("paginates ten at a time", async () => {
    for (let i = 0; i < 12; i += 1) await createArticle({ title: `Pagiword ${i}` });
    const first = await searchArticles({ q: "pagiword" });
    const second = await searchArticles({ q: "pagiword", page: 2 });
    expect(first.total).toBe(12);
    expect(first.totalPages).toBe(2);
    expect(first.hits).toHaveLength(10);
    expect(second.hits).toHaveLength(2);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.article.id)).size).toBe(12);
  });
});
