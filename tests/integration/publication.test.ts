import { describe, expect, it } from "vitest";
import { getArticlePage } from "@/lib/articles/get-article";
import { listPublishedArticles } from "@/lib/articles/list-articles";
import { publishArticleTx, unpublishArticleTx } from "@/lib/articles/save-article";
import { db } from "@/lib/db";
import { buildRssFeed } from "@/lib/feeds/build-feed";
import { sitemapEntries } from "@/lib/feeds/sitemap-entries";
import { createArticle, createTopic } from "../factories";

describe("what readers can reach", () => {
  it("unpublishing removes an article from pages, lists, feed and sitemap; publishing brings it back", async () => {
    const topic = await createTopic();
    const article = await createArticle({
      title: "A piece that comes and goes",
      topicId: topic.id,
      markdown: "One.\n\n=== page ===\n\nTwo.",
    });
    const visible = async () => ({
      page1: (await getArticlePage({ slug: article.slug, page: 1, access: null })) !== null,
      page2: (await getArticlePage({ slug: article.slug, page: 2, access: null })) !== null,
      topic: (await listPublishedArticles({ where: { topicId: topic.id } })).items.some(
        (c) => c.slug === article.slug,
      ),
      feed: (await buildRssFeed()).includes(`/articles/${article.slug}`),
      sitemap: (await sitemapEntries()).some((e) => e.url.includes(`/articles/${article.slug}`)),
    });
    expect(await visible()).toEqual({
      page1: true,
      page2: true,
      topic: true,
      feed: true,
      sitemap: true,
    });

    await db.$transaction((tx) => unpublishArticleTx(tx, article.id));
    expect(await visible()).toEqual({
      page1: false,
      page2: false,
      topic: false,
      feed: false,
      sitemap: false,
    });

    await db.$transaction((tx) => publishArticleTx(tx, article.id));
    expect(await visible()).toEqual({
      page1: true,
      page2: true,
      topic: true,
      feed: true,
      sitemap: true,
    });
  });

  it("drafts are never listed", async () => {
    const draft = await createArticle({ status: "DRAFT", publishedAt: null });
    expect(await getArticlePage({ slug: draft.slug, page: 1, access: null })).toBeNull();
    expect(await buildRssFeed()).not.toContain(draft.slug);
    expect((await sitemapEntries()).some((e) => e.url.includes(draft.slug))).toBe(false);
  });

  it("returns null for page numbers past the end", async () => {
    const article = await createArticle({ markdown: "Only page." });
    expect(await getArticlePage({ slug: article.slug, page: 2, access: null })).toBeNull();
    expect(await getArticlePage({ slug: article.slug, page: 0, access: null })).toBeNull();
  });

  it("gives readers without a subscription the teaser only, on every surface", async () => {
    const secret = "the hidden third paragraph about a sealed ledger";
    const article = await createArticle({
      visibility: "SUBSCRIBERS",
      dek: "A public dek.",
      markdown: `First paragraph.\n\nSecond paragraph.\n\nThis is ${secret}.\n\n=== page ===\n\nPage two is for subscribers too.`,
    });
    const page1 = await getArticlePage({ slug: article.slug, page: 1, access: null });
    expect(page1?.locked).toBe(true);
    expect(JSON.stringify(page1)).not.toContain(secret);
    expect(page1?.blocks).toHaveLength(2);
    const page2 = await getArticlePage({ slug: article.slug, page: 2, access: null });
    expect(page2?.blocks).toEqual([]);
    expect(JSON.stringify(page2)).not.toContain("Page two is for subscribers");
    expect(await buildRssFeed()).not.toContain(secret);
    // Later pages show no text to anyone without access, so the sitemap lists page 1 only.
    expect((await sitemapEntries()).filter((e) => e.url.includes(article.slug))).toHaveLength(1);
  });
});
