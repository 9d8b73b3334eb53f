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
    // 44 published articles in the demo content (two of them for signed-in readers).
    expect(xml.match(/<item>/g)?.length).toBe(44);
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

  test("/favicon.ico is served as an image", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
    expect((await response.body()).readUInt16LE(2), "ICO type field").toBe(1);
  });

  test("/site.webmanifest names the site, its icons are served, and the CSP allows it", async ({
    request,
  }) => {
    const response = await request.get("/site.webmanifest");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("json");
    const manifest = JSON.parse(await response.text()) as {
      name: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toBe("The Meridian");
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of manifest.icons) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()["content-type"], icon.src).toBe("image/png");
    }
    // No manifest-src, or one that allows our own origin; default-src 'self' covers it.
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    const manifestSrc = /(?:^|;)\s*manifest-src([^;]*)/.exec(csp);
    if (manifestSrc) expect(manifestSrc[1]).toContain("'self'");
  });

  test("the front page links one set of icons and the manifest", async ({ page, request }) => {
    await page.goto("/");
    // Not scoped to <head>: Next.js streams metadata into <body> on pages with
    // generateMetadata, and browsers honour the links there too.
    const icons = page.locator('link[rel="icon"]');
    await expect(icons).toHaveCount(2);
    await expect(icons.nth(0)).toHaveAttribute("href", /^\/favicon\.ico$/);
    await expect(icons.nth(1)).toHaveAttribute("href", /^\/favicon\.svg$/);
    await expect(icons.nth(1)).toHaveAttribute("type", "image/svg+xml");
    const apple = page.locator('link[rel="apple-touch-icon"]');
    await expect(apple).toHaveAttribute("href", /^\/apple-touch-icon\.png$/);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      "href",
      /^\/site\.webmanifest$/,
    );
    for (const link of [...(await icons.all()), apple]) {
      const href = (await link.getAttribute("href"))!;
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toMatch(/^image\//);
    }
  });
});
