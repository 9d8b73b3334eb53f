import { describe, expect, it } from "vitest";
import { unpublishArticleTx, updateArticleBodyTx } from "@/lib/articles/save-article";
import { markdownToDocument } from "@/lib/articles/markdown-to-doc";
import { db } from "@/lib/db";
import { rankedSearchSql, searchArticles } from "@/lib/search/search-articles";
import { createArticle } from "../factories";
import { queryPlan } from "./query-plan";

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

/** The index rows of one article, from the FTS table and from "ArticleSearchPage". */
async function indexRows(articleId: string) {
  const fts = await db.$queryRaw<{ rid: bigint; articleId: string; page: bigint | number }[]>`
    SELECT rowid AS rid, "articleId", "page" FROM "ArticleSearch"
    WHERE "articleId" = ${articleId} ORDER BY rowid`;
  const pages = await db.$queryRaw<{ rid: bigint; articleId: string; page: bigint | number }[]>`
    SELECT "rowid" AS rid, "articleId", "page" FROM "ArticleSearchPage"
    WHERE "articleId" = ${articleId} ORDER BY "rowid"`;
  const plain = (rows: typeof fts) =>
    rows.map((row) => ({
      rid: Number(row.rid),
      articleId: row.articleId,
      page: Number(row.page),
    }));
  return { fts: plain(fts), pages: plain(pages) };
}

describe("searchArticles candidates", () => {
  it("ranks only the most recently indexed matches, and says when there were more", async () => {
    const articles: { id: string }[] = [];
    for (let i = 0; i < 4; i += 1)
      articles.push(await createArticle({ title: `Candiloquor ${i}`, markdown: "Same body." }));
    const ids = (results: Awaited<ReturnType<typeof searchArticles>>) =>
      results.hits.map((h) => h.article.id).sort();

    const capped = await searchArticles({ q: "candiloquor", candidates: 2 });
    expect(capped).toMatchObject({ more: true, total: 2, totalPages: 1 });
    expect(ids(capped)).toEqual([articles[2]!.id, articles[3]!.id].sort());

    // Exactly as many matching pages as candidates: the cap was reached, so maybe more.
    expect(await searchArticles({ q: "candiloquor", candidates: 4 })).toMatchObject({
      more: true,
      total: 4,
    });
    for (const results of [
      await searchArticles({ q: "candiloquor", candidates: 5 }),
      await searchArticles({ q: "candiloquor" }),
    ]) {
      expect(results).toMatchObject({ more: false, total: 4 });
      expect(ids(results)).toEqual(articles.map((a) => a.id).sort());
    }

    // Re-indexing the oldest (an edit) makes it the most recent.
    await db.$transaction((tx) =>
      updateArticleBodyTx(tx, articles[0]!.id, markdownToDocument("Edited body.")),
    );
    const afterEdit = await searchArticles({ q: "candiloquor", candidates: 2 });
    expect(afterEdit).toMatchObject({ more: true, total: 2 });
    expect(ids(afterEdit)).toEqual([articles[0]!.id, articles[3]!.id].sort());
  });

  it("counts an article once however many of its pages are candidates", async () => {
    const multi = await createArticle({
      markdown: "Pluriverbine one.\n\n=== page ===\n\nPluriverbine two.\n\n=== page ===\n\nThree.",
    });
    const single = await createArticle({ markdown: "Pluriverbine alone." });
    const all = await searchArticles({ q: "pluriverbine" });
    expect(all).toMatchObject({ total: 2, more: false });
    expect(all.hits.map((h) => h.article.id).sort()).toEqual([multi.id, single.id].sort());
    // Three matching pages; the newest two are the single article's and the multi's page 2.
    expect(await searchArticles({ q: "pluriverbine", candidates: 3 })).toMatchObject({
      total: 2,
      more: true,
    });
    const two = await searchArticles({ q: "pluriverbine", candidates: 2 });
    expect(two).toMatchObject({ total: 2, more: true });
    expect(two.hits.find((h) => h.article.id === multi.id)?.page).toBe(2);
  });

  it('keeps "ArticleSearch" and "ArticleSearchPage" in step through edits and unpublishing', async () => {
    const article = await createArticle({
      markdown:
        "Stepwordia one.\n\n=== page ===\n\nStepwordia two.\n\n=== page ===\n\nStepwordia three.",
    });
    const created = await indexRows(article.id);
    expect(created.fts.map((row) => row.page)).toEqual([1, 2, 3]);
    expect(created.pages).toEqual(created.fts);
    // Indexed after it, so the edit below must go past this one's rows.
    const newer = await indexRows((await createArticle({ markdown: "Stepwordia later." })).id);

    await db.$transaction((tx) =>
      updateArticleBodyTx(
        tx,
        article.id,
        markdownToDocument("Stepwordia edited.\n\n=== page ===\n\nSecond and last."),
      ),
    );
    const edited = await indexRows(article.id);
    expect(edited.fts.map((row) => row.page)).toEqual([1, 2]);
    expect(edited.pages).toEqual(edited.fts);
    // The edited pages come after every other article's: rowid order is indexing order.
    expect(Math.min(...edited.fts.map((row) => row.rid))).toBeGreaterThan(
      Math.max(...newer.fts.map((row) => row.rid)),
    );

    await db.$transaction((tx) => unpublishArticleTx(tx, article.id));
    expect(await indexRows(article.id)).toEqual({ fts: [], pages: [] });

    // Across the whole index too, not only this article's rows.
    const orphans = await db.$queryRaw<{ n: bigint }[]>`
      SELECT
        (SELECT count(*) FROM "ArticleSearch" f
          WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearchPage" p WHERE p."rowid" = f.rowid
            AND p."articleId" = f."articleId" AND p."page" = f."page"))
        + (SELECT count(*) FROM "ArticleSearchPage" p
          WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch" f WHERE f.rowid = p."rowid"))
        AS n`;
    expect(Number(orphans[0]!.n)).toBe(0);
  });

  it("neither shows nor counts a published article with a future date", async () => {
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const future = await createArticle({ title: "Futurimbrel ahead", publishedAt: inAWeek });
    const current = await createArticle({ title: "Futurimbrel now" });
    const now = await searchArticles({ q: "futurimbrel" });
    expect(now.hits.map((h) => h.article.id)).toEqual([current.id]);
    expect(now).toMatchObject({ total: 1, totalPages: 1, more: false });
    // It is indexed all the same, and appears once its date has come.
    const later = await searchArticles({
      q: "futurimbrel",
      now: new Date(inAWeek.getTime() + 60_000),
    });
    expect(later.hits.map((h) => h.article.id).sort()).toEqual([future.id, current.id].sort());
    expect(later.total).toBe(2);
  });

  // A scheduled (future-dated) article among the candidates must not hide that the cap
  // was reached: with 3 published + 1 scheduled match and candidates 2, "more" holds.
  it("says there may be more even when a scheduled article is among the candidates", async () => {
    for (let i = 0; i < 3; i += 1) await createArticle({ title: `Schedulvex ${i}` });
    await createArticle({
      title: "Schedulvex scheduled",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    const results = await searchArticles({ q: "schedulvex", candidates: 2 });
    expect(results.hits).toHaveLength(1);
    expect(results.more).toBe(true);
  });
});

describe("the ranked search query's plan", () => {
  it("starts from the matches, never from every published article", async () => {
    const sql = rankedSearchSql({
      match: '"people"*',
      candidates: 2000,
      now: new Date().toISOString().replace("Z", "+00:00"),
      offset: 0,
    });
    const detail = await queryPlan(sql);
    // Each candidate is checked against "Article" by id (the covering index)...
    expect(detail).toMatch(/SEARCH a USING COVERING INDEX Article_id_status_publishedAt_idx/);
    // ...rather than walking the published articles by date and probing the candidates.
    expect(detail).not.toMatch(/Article_status_publishedAt_idx/);
    expect(detail).not.toMatch(/SEARCH best USING/);
  });
});
