import { test, expect } from "@playwright/test";
import { BOND, SUBSCRIBER_ARTICLE, draftArticles, pagePath } from "./content";

test.describe("feeds and machine-readable pages", () => {
  test("there are drafts in the demo content to leave out", () => {
    expect(draftArticles.length).toBeGreaterThanOrEqual(2);
  });

  test("/feed.xml lists published articles and no drafts", async ({ request, baseURL }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain("<rss");
    expect(xml).toContain(`<link>${baseURL}${pagePath(BOND.slug)}</link>`);
    expect(xml).toContain(`<title><![CDATA[${BOND.title}]]></title>`);
    expect(xml).toContain(`${baseURL}${pagePath(SUBSCRIBER_ARTICLE.slug)}`);
    for (const draft of draftArticles) {
      expect(xml, `draft ${draft.slug} leaked into the feed`).not.toContain(draft.slug);
      expect(xml, `draft "${draft.title}" leaked into the feed`).not.toContain(draft.title);
    }
    // Headlines and deks only: no subscriber-only body text.
    expect(xml).not.toContain(SUBSCRIBER_ARTICLE.fourthParagraphSentence);
    // 42 published articles in the demo content.
    expect(xml.match(/<item>/g)?.length).toBe(42);
  });

  test("/sitemap.xml lists every page of published articles and no drafts", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    expect(xml).toContain("<urlset");
    for (let n = 1; n <= BOND.pageCount; n++) {
      expect(xml).toContain(`<loc>${baseURL}${pagePath(BOND.slug, n)}</loc>`);
    }
    expect(xml).not.toContain(`<loc>${baseURL}${pagePath(BOND.slug, BOND.pageCount + 1)}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}${pagePath(SUBSCRIBER_ARTICLE.slug)}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/topics/finance</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/authors/${BOND.author.slug}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/issues/${BOND.issue.slug}</loc>`);
    for (const draft of draftArticles) {
      expect(xml, `draft ${draft.slug} leaked into the sitemap`).not.toContain(draft.slug);
    }
  });

  for (const draft of draftArticles) {
    test(`draft /articles/${draft.slug} is a 404`, async ({ request, page }) => {
      const response = await request.get(pagePath(draft.slug));
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(draft.title);

      const visit = await page.goto(pagePath(draft.slug));
      expect(visit?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    });
  }

  test("drafts are not searchable", async ({ page }) => {
    for (const draft of draftArticles) {
      await page.goto(`/search?q=${encodeURIComponent(draft.title)}`);
      await expect(page.getByRole("heading", { name: /match/ })).toBeVisible();
      await expect(page.getByRole("link", { name: draft.title })).toHaveCount(0);
    }
  });

  test("/robots.txt points to the sitemap", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/sitemap/i);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(text).toContain("User-Agent: *");
  });

  test("/api/health answers ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  test("the front page advertises the RSS feed", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      /\/feed\.xml$/,
    );
  });
});
