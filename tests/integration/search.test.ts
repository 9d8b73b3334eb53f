import { beforeAll, describe, expect, it } from "vitest";
import {
  syncSearchIndexTx,
  unpublishArticleTx,
  updateArticleBodyTx,
} from "@/lib/articles/save-article";
import { markdownToDocument } from "@/lib/articles/markdown-to-doc";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  rankedSearchSql,
  searchArticles,
  searchCandidatesSql,
  searchMatch,
  type SearchAudience,
} from "@/lib/search/search-articles";
import { createArticle } from "../factories";
import { onPostgres, queryPlan } from "./query-plan";

/**
 * Where each index row's article, page and audience are: SQLite's "ArticleSearchPage"
 * beside the FTS table, or PostgreSQL's one "ArticleSearch" table itself.
 */
const pageTable = onPostgres ? Prisma.raw(`"ArticleSearch"`) : Prisma.raw(`"ArticleSearchPage"`);

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

  it("quotes about 28 words around the match, with … where the body was cut", async () => {
    const words = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(" ");
    await createArticle({
      markdown: `${words(1, 40)} snippetorine ${words(41, 80)}.\n\n=== page ===\n\nShort snipparel page.`,
    });
    const [middle] = (await searchArticles({ q: "snippetorine" })).hits;
    expect(middle!.snippet).toBe(`…${words(28, 40)} \u0002snippetorine\u0003 ${words(41, 54)}…`);
    const [whole] = (await searchArticles({ q: "snipparel" })).hits;
    expect(whole!.snippet).toBe("Short \u0002snipparel\u0003 page.");
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

  it("searches only the teaser of subscriber-only articles by default", async () => {
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

/**
 * The index rows of one article, from the FTS table and from "ArticleSearchPage" (which
 * alone says each row's audience; `pages` carries it, so compare `fts` with `plain(pages)`).
 * On PostgreSQL both read the one table.
 */
async function indexRows(articleId: string) {
  type Row = { rid: bigint; articleId: string; page: bigint | number };
  const fts = await db.$queryRaw<Row[]>`
    SELECT rowid AS rid, "articleId", "page" FROM "ArticleSearch"
    WHERE "articleId" = ${articleId} ORDER BY rowid`;
  const pages = await db.$queryRaw<(Row & { audience: string })[]>`
    SELECT "rowid" AS rid, "articleId", "page", "audience" FROM ${pageTable}
    WHERE "articleId" = ${articleId} ORDER BY "rowid"`;
  return {
    fts: plain(fts),
    pages: pages.map((row) => ({ ...plain([row])[0]!, audience: row.audience })),
  };
}

function plain(rows: { rid: bigint | number; articleId: string; page: bigint | number }[]) {
  return rows.map((row) => ({
    rid: Number(row.rid),
    articleId: row.articleId,
    page: Number(row.page),
  }));
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
    expect(plain(created.pages)).toEqual(created.fts);
    expect(created.pages.map((row) => row.audience)).toEqual(["ALL", "ALL", "ALL"]);
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
    expect(plain(edited.pages)).toEqual(edited.fts);
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
          WHERE NOT EXISTS (SELECT 1 FROM ${pageTable} p WHERE p."rowid" = f.rowid
            AND p."articleId" = f."articleId" AND p."page" = f."page"))
        + (SELECT count(*) FROM ${pageTable} p
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

/** A subscriber, as lib/subscriptions/entitlements.ts describes one, and a reader without. */

const search = (q: string, audience: SearchAudience, extra: { candidates?: number } = {}) =>
  searchArticles({ q, audience, ...extra });
const ids = (results: Awaited<ReturnType<typeof searchArticles>>) =>
  results.hits.map((h) => h.article.id).sort();
/** Every snippet of a result, joined, for "never quotes" checks. */
const quoted = (results: Awaited<ReturnType<typeof searchArticles>>) =>
  results.hits.map((h) => h.snippet).join(" | ");

describe("subscribers' search", () => {
  it("finds and quotes text past the teaser for subscribers only", async () => {
    const article = await createArticle({
      title: "Members piece",
      visibility: "SUBSCRIBERS",
      markdown:
        "Teaser one.\n\nTeaser two.\n\nHidden third paragraph mentions veilwortine.\n\n" +
        "=== page ===\n\nPage two mentions ossifrage.",
    });
    const members = await search("veilwortine", "subscriber");
    expect(members).toMatchObject({ total: 1, more: false });
    expect(members.hits).toHaveLength(1);
    expect(members.hits[0]).toMatchObject({ page: 1, article: { id: article.id } });
    expect(members.hits[0]!.snippet).toContain("\u0002veilwortine\u0003");
    // A later page, too, and the hit says which.
    const pageTwo = await search("ossifrage", "subscriber");
    expect(pageTwo.hits.map((h) => [h.article.id, h.page])).toEqual([[article.id, 2]]);
    expect(pageTwo.hits[0]!.snippet).toContain("\u0002ossifrage\u0003");

    for (const audience of ["public", undefined] as const) {
      for (const word of ["veilwortine", "ossifrage", "veilwort"]) {
        const results = await searchArticles({ q: word, audience });
        expect(results).toMatchObject({ total: 0, totalPages: 0, more: false, hits: [] });
      }
    }
  });

  it("finds a teaser word for everyone, each article once, and quotes the teaser alone to non-subscribers", async () => {
    // The hidden paragraph repeats the word, so its full row would outrank the teaser row
    // (and be quoted) were the audiences not kept apart.
    const article = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown:
        "Openly we speak of lanternfish.\n\nTeaser two.\n\n" +
        "Lanternfish lanternfish lanternfish, said the hidden quillcrest paragraph.\n\n" +
        "=== page ===\n\nLanternfish again on page two, beside quillcrest.",
    });
    const everyone = await search("lanternfish", "public");
    expect(everyone).toMatchObject({ total: 1, more: false });
    expect(everyone.hits).toHaveLength(1);
    expect(everyone.hits[0]).toMatchObject({ page: 1, article: { id: article.id } });
    expect(everyone.hits[0]!.snippet).toContain("Openly we speak of \u0002lanternfish\u0003");
    expect(quoted(everyone)).not.toMatch(/quillcrest|hidden|page two/i);

    const members = await search("lanternfish", "subscriber");
    expect(members).toMatchObject({ total: 1, more: false });
    expect(members.hits.map((h) => h.article.id)).toEqual([article.id]);
    expect(quoted(members)).toContain("quillcrest");
  });

  it("leaves public articles as they were, for both", async () => {
    const article = await createArticle({
      markdown: "Page one.\n\n=== page ===\n\nOnly here: bathyscaphine.",
    });
    for (const audience of ["public", "subscriber"] as const) {
      const results = await search("bathyscaphine", audience);
      expect(results).toMatchObject({ total: 1, more: false });
      expect(results.hits.map((h) => [h.article.id, h.page])).toEqual([[article.id, 2]]);
      expect(results.hits[0]!.snippet).toContain("\u0002bathyscaphine\u0003");
    }
    expect((await indexRows(article.id)).pages.map((row) => row.audience)).toEqual(["ALL", "ALL"]);
  });

  it("keeps every audience's rows in step through edits, visibility changes and unpublishing", async () => {
    const article = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown: "Tidewrack one.\n\nTidewrack two.\n\nTidewrack three.\n\n=== page ===\n\nFour.",
    });
    const audiences = async () =>
      (await indexRows(article.id)).pages.map((row) => [row.page, row.audience]);
    const created = await indexRows(article.id);
    expect(plain(created.pages)).toEqual(created.fts);
    expect(await audiences()).toEqual([
      [1, "TEASER"],
      [1, "SUBSCRIBERS"],
      [2, "SUBSCRIBERS"],
    ]);

    await db.$transaction((tx) =>
      updateArticleBodyTx(
        tx,
        article.id,
        markdownToDocument("Tidewrack a.\n\nTidewrack b.\n\nEdited past the teaser: shinglemoor."),
      ),
    );
    expect(await audiences()).toEqual([
      [1, "TEASER"],
      [1, "SUBSCRIBERS"],
    ]);
    expect((await search("shinglemoor", "subscriber")).total).toBe(1);
    expect((await search("shinglemoor", "public")).total).toBe(0);

    // Made public: its whole text is everyone's, as one set of rows.
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: article.id }, data: { visibility: "PUBLIC" } });
      await syncSearchIndexTx(tx, article.id);
    });
    expect(await audiences()).toEqual([[1, "ALL"]]);
    expect((await search("shinglemoor", "public")).total).toBe(1);

    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: article.id }, data: { visibility: "SUBSCRIBERS" } });
      await syncSearchIndexTx(tx, article.id);
    });
    expect(await audiences()).toEqual([
      [1, "TEASER"],
      [1, "SUBSCRIBERS"],
    ]);

    await db.$transaction((tx) => unpublishArticleTx(tx, article.id));
    expect(await indexRows(article.id)).toEqual({ fts: [], pages: [] });
    for (const audience of ["public", "subscriber"] as const)
      expect((await search("tidewrack", audience)).total).toBe(0);
  });

  it("ranks only the most recently indexed matches the audience may see", async () => {
    const body = (teaser: string, hidden: string) => `${teaser}\n\nSecond paragraph.\n\n${hidden}`;
    // Indexed in this order; each holds "capstanine" where the comment says.
    const pub = await createArticle({ markdown: body("Capstanine in public.", "More.") });
    const hiddenA = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown: body("Nothing yet.", "Capstanine past the teaser."),
    });
    const hiddenB = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown: body("Nothing yet.", "Capstanine past the teaser."),
    });
    const teaser = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown: body("Capstanine in the teaser.", "More."),
    });

    // Everyone's candidates are the public article and the teaser (newest first): the
    // hidden articles' rows, newer than the public one's, take no place.
    const one = await search("capstanine", "public", { candidates: 1 });
    expect(one).toMatchObject({ total: 1, more: true });
    expect(ids(one)).toEqual([teaser.id]);
    const two = await search("capstanine", "public", { candidates: 2 });
    expect(two).toMatchObject({ total: 2, more: true });
    expect(ids(two)).toEqual([pub.id, teaser.id].sort());
    expect(await search("capstanine", "public", { candidates: 3 })).toMatchObject({
      total: 2,
      more: false,
    });

    // Subscribers' candidates: the four articles' full rows, newest first.
    const members = await search("capstanine", "subscriber", { candidates: 2 });
    expect(members).toMatchObject({ total: 2, more: true });
    expect(ids(members)).toEqual([hiddenB.id, teaser.id].sort());
    const three = await search("capstanine", "subscriber", { candidates: 3 });
    expect(ids(three)).toEqual([hiddenA.id, hiddenB.id, teaser.id].sort());
    const all = await search("capstanine", "subscriber", { candidates: 5 });
    expect(all).toMatchObject({ total: 4, more: false });
    expect(ids(all)).toEqual([pub.id, hiddenA.id, hiddenB.id, teaser.id].sort());
  });
});

describe("signed-in readers' search", () => {
  it("finds and quotes an article for signed-in readers in full for members and subscribers, its teaser alone for anonymous visitors", async () => {
    const article = await createArticle({
      visibility: "MEMBERS",
      markdown:
        "Openly the gatekeeper keeps diaries of marshwren.\n\nTeaser two.\n\n" +
        "Marshwren marshwren, said the hidden larkspurine paragraph.\n\n" +
        "=== page ===\n\nPage two mentions fernglimmer.",
    });
    const rows = (await indexRows(article.id)).pages.map((row) => [row.page, row.audience]);
    expect(rows).toEqual([
      [1, "MEMBERS_TEASER"],
      [1, "MEMBERS"],
      [2, "MEMBERS"],
    ]);

    for (const audience of ["member", "subscriber"] as const) {
      expect(ids(await search("larkspurine", audience))).toEqual([article.id]);
      const later = await search("fernglimmer", audience);
      expect(later.hits.map((h) => [h.article.id, h.page])).toEqual([[article.id, 2]]);
      // The teaser word finds the article once, by its full text.
      const teaser = await search("marshwren", audience);
      expect(teaser).toMatchObject({ total: 1 });
      expect(quoted(teaser)).toContain("larkspurine");
    }

    for (const audience of ["public", undefined] as const) {
      for (const word of ["larkspurine", "fernglimmer"]) {
        expect(await searchArticles({ q: word, audience })).toMatchObject({ total: 0, hits: [] });
      }
      const teaser = await searchArticles({ q: "marshwren", audience });
      expect(teaser).toMatchObject({ total: 1 });
      expect(teaser.hits[0]!.snippet).toContain("\u0002marshwren\u0003");
      expect(quoted(teaser)).not.toMatch(/larkspurine|hidden|page two/i);
    }
  });

  it("gives members only the teaser of a subscriber-only article", async () => {
    const article = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown:
        "Openly we note the quoinbrace.\n\nTeaser two.\n\nOnly subscribers read of thimblerig.",
    });
    expect(await search("thimblerig", "member")).toMatchObject({ total: 0, hits: [] });
    const teaser = await search("quoinbrace", "member");
    expect(ids(teaser)).toEqual([article.id]);
    expect(quoted(teaser)).not.toContain("thimblerig");
    expect(ids(await search("thimblerig", "subscriber"))).toEqual([article.id]);
  });
});

describe("the ranked search query's plan", () => {
  const match = searchMatch("people")!;

  // PostgreSQL plans by the tables' sizes: over the few rows the tests make, reading every
  // row costs less than any index. Copies of one article (as of no word searched here)
  // give it tables where the indexes are worth using, as they are on a real archive.
  beforeAll(async () => {
    if (!onPostgres) return;
    const { id } = await createArticle({ title: "Filler", markdown: "Other words." });
    await db.$executeRaw`
      INSERT INTO "Article"
      SELECT (jsonb_populate_record(a, jsonb_build_object('id', 'filler-' || n, 'slug', 'filler-' || n))).*
      FROM "Article" a CROSS JOIN generate_series(1, 5000) AS n WHERE a."id" = ${id}`;
    await db.$executeRaw`
      INSERT INTO "ArticleSearch" ("rowid", "articleId", "page", "audience", "title", "dek", "body", "authors")
      SELECT 1000000 + n, 'filler-' || n, 1, 'ALL', 'Filler', '', 'Other words, number ' || n, ''
      FROM generate_series(1, 5000) AS n`;
    // As autovacuum would: statistics, and the GIN index's pending rows merged.
    await db.$executeRawUnsafe(`VACUUM ANALYZE "Article", "ArticleSearch"`);
  });

  it("starts from the matches, never from every published article", async () => {
    for (const audience of ["public", "member", "subscriber"] as const) {
      const sql = rankedSearchSql({
        match,
        candidates: 2000,
        now: new Date(),
        offset: 0,
        audience,
      });
      const detail = await queryPlan(sql);
      if (onPostgres) {
        // Each candidate is looked up in "Article" by id...
        expect(detail).toMatch(/on "Article" a .*\n\s+Index Cond: \(\(?id = best\."articleId"\)/);
      } else {
        // Each candidate is checked against "Article" by id (the covering index)...
        expect(detail).toMatch(/SEARCH a USING COVERING INDEX Article_id_status_publishedAt_idx/);
        expect(detail).not.toMatch(/SEARCH best USING/);
      }
      // ...rather than walking the published articles by date and probing the candidates.
      expect(detail).not.toMatch(/Article_status_publishedAt_idx/);
    }
  });

  it("takes the audience's candidates from the matches newest first, without sorting them", async () => {
    for (const audience of ["public", "member", "subscriber"] as const) {
      for (const score of [true, false]) {
        const detail = await queryPlan(
          searchCandidatesSql({ match, candidates: 2000, audience, score }),
        );
        if (onPostgres) {
          // The matches come from the GIN index (then sorted), or newest first by rowid
          // until LIMIT is met, as the planner judges the word's frequency...
          expect(detail).toMatch(
            /Bitmap Index Scan on "ArticleSearch_document_idx"|Index Scan Backward using "ArticleSearch_pkey"/,
          );
          // ...never from reading the whole table, or every row of the audience.
          expect(detail).not.toMatch(/Seq Scan|ArticleSearch_audience_rowid_idx/);
          // A word the statistics know to be rare is looked up in the GIN index.
          const rare = await queryPlan(
            searchCandidatesSql({
              match: searchMatch("fenwardine is")!,
              candidates: 2000,
              audience,
              score,
            }),
          );
          expect(rare).toMatch(/Bitmap Index Scan on "ArticleSearch_document_idx"/);
          continue;
        }
        // The FTS table drives, in descending rowid order (FTS5's plan number 192 = ordered
        // by rowid, descending), so LIMIT stops the scan after enough accepted rows...
        expect(detail).toMatch(/^SCAN ArticleSearch VIRTUAL TABLE INDEX 192:/);
        // ...and each match's audience is read from the narrow table by rowid...
        expect(detail).toMatch(/SEARCH p USING INTEGER PRIMARY KEY \(rowid=\?\)/);
        // ...rather than sorting every match, or scanning "ArticleSearchPage".
        expect(detail).not.toMatch(/TEMP B-TREE|SCAN p/);
      }
    }
  });
});
