import { expect, test, type APIRequestContext } from "@playwright/test";
import { splitPages, teaserBlocks } from "../../lib/articles/document-pages";
import type { BlockNode } from "../../lib/articles/document-schema";
import { markdownToDocument } from "../../lib/articles/markdown-to-doc";
import { articles } from "../../prisma/seed/content/articles";
import { issues } from "../../prisma/seed/content/issues";
import { DEMO, DEMO_PASSWORD, signInViaApi } from "./auth-helpers";

/**
 * The paywall must not leak: for every published subscriber-only article of the demo
 * content, nothing past its teaser may reach a reader without a subscription, in any
 * form the site serves: each page's HTML (with its metadata and JSON-LD), the same pages'
 * React Server Component payloads, the feed, the sitemap, search results, the whole-issue
 * view, and the audio and PDF routes.
 */

type Locked = { slug: string; pageCount: number; secrets: string[]; issue?: string };

/** Runs of words from inside one text node, so markup can never split them. */
function fragmentsOf(blocks: BlockNode[]): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const record = node as { type?: string; text?: string; content?: unknown[] };
    if (record.type === "text" && typeof record.text === "string") texts.push(record.text);
    record.content?.forEach(walk);
  };
  blocks.forEach(walk);
  return texts
    .map((text) => text.match(/[A-Za-z][A-Za-z ]{30,}[A-Za-z]/g)?.[0])
    .filter((run): run is string => !!run)
    .map((run) => run.split(" ").slice(0, 7).join(" "))
    .filter((run) => run.split(" ").length >= 5);
}

/** Titles and deks are public everywhere (cards, related lists); a run inside one is not a secret. */
const publicLines = articles.map((article) => `${article.title} | ${article.dek}`).join(" | ");

const locked: Locked[] = articles
  .filter((article) => article.visibility === "SUBSCRIBERS" && !article.status)
  .map((article) => {
    const doc = markdownToDocument(article.body);
    const teaser = fragmentsOf(teaserBlocks(doc)).join(" | ");
    const all = splitPages(doc).flat();
    const teaserCount = teaserBlocks(doc).length;
    const rest = all.slice(teaserCount);
    return {
      slug: article.slug,
      pageCount: splitPages(doc).length,
      issue: article.issue,
      // A run that also appears in the teaser or in any title or dek is public; skip it.
      secrets: fragmentsOf(rest).filter(
        (run) => !teaser.includes(run) && !publicLines.includes(run),
      ),
    };
  });

/** The demo issue seeded with a PDF edition (prisma/seed/seed-demo.ts: the latest). */
const PDF_ISSUE = issues.at(-1)!.slug;

const decode = (body: string) =>
  body
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\\u0026/g, "&")
    .replace(/\s+/g, " ");

function expectNoSecrets(body: string, where: string, only?: Locked) {
  const text = decode(body);
  for (const article of only ? [only] : locked)
    for (const secret of article.secrets)
      expect(text.includes(secret), `"${secret}" (${article.slug}) leaked in ${where}`).toBe(false);
}

async function checkEverySurface(request: APIRequestContext, who: string) {
  for (const article of locked) {
    for (let page = 1; page <= article.pageCount; page++) {
      const path = page === 1 ? `/articles/${article.slug}` : `/articles/${article.slug}/${page}`;
      const html = await request.get(path);
      expect(html.status(), `${path} as ${who}`).toBe(200);
      expectNoSecrets(await html.text(), `${path} HTML as ${who}`, article);
      const rsc = await request.get(path, { headers: { RSC: "1" } });
      expect(rsc.status()).toBe(200);
      expectNoSecrets(await rsc.text(), `${path} RSC payload as ${who}`, article);
    }
    // Refused before the route even looks for a recording (the control test below gets 404).
    const audio = await request.get(`/api/articles/${article.slug}/narration`, { maxRedirects: 0 });
    expect(audio.status(), `narration of ${article.slug} as ${who}`).toBe(403);
  }
  for (const path of ["/feed.xml", "/sitemap.xml", "/", "/latest/2"]) {
    const response = await request.get(path);
    expectNoSecrets(await response.text(), `${path} as ${who}`);
  }
  for (const article of locked) {
    // Search for words only the hidden text holds: no result may quote them.
    const query = article.secrets[0]!.split(" ").slice(0, 3).join(" ");
    const results = await request.get(`/search?q=${encodeURIComponent(query)}`);
    expect(results.status()).toBe(200);
    expectNoSecrets(await results.text(), `search for "${query}" as ${who}`);
  }
  // The latest demo issue has a PDF edition: sign-in or the offer, never the file.
  const pdf = await request.get(`/issues/${PDF_ISSUE}/pdf`, { maxRedirects: 0 });
  expect(pdf.status(), `the issue PDF as ${who}`).toBe(303);
  expect(pdf.headers()["location"]).toMatch(
    who === "anonymous" ? /\/signin\?from=/ : /\/subscribe$/,
  );
  expect((await pdf.body()).subarray(0, 5).toString()).not.toBe("%PDF-");
  for (const issue of new Set(locked.map((article) => article.issue).filter(Boolean))) {
    for (const path of [`/issues/${issue}`, `/issues/${issue}/read`]) {
      const response = await request.get(path);
      expectNoSecrets(await response.text(), `${path} as ${who}`);
    }
  }
}

test.describe("the paywall does not leak", () => {
  test("the demo content has subscriber-only articles with hidden text to look for", () => {
    expect(locked.length).toBeGreaterThanOrEqual(5);
    expect(locked.some((article) => article.pageCount >= 3)).toBe(true);
    for (const article of locked) expect(article.secrets.length, article.slug).toBeGreaterThan(3);
  });

  test("to an anonymous visitor", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const request = await playwright.request.newContext({ baseURL });
    await checkEverySurface(request, "anonymous");
    await request.dispose();
  });

  test("to a signed-in reader without a subscription", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, DEMO.reader.email, DEMO_PASSWORD);
    await checkEverySurface(request, "a signed-in non-subscriber");
    await request.dispose();
  });

  test("while a subscriber does get the text (the check above can see it)", async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, DEMO.subscriber.email, DEMO_PASSWORD);
    const article = locked.find((candidate) => candidate.pageCount >= 3)!;
    const body = decode(await (await request.get(`/articles/${article.slug}/2`)).text());
    expect(article.secrets.some((secret) => body.includes(secret))).toBe(true);
    const rsc = decode(
      await (await request.get(`/articles/${article.slug}/2`, { headers: { RSC: "1" } })).text(),
    );
    expect(article.secrets.some((secret) => rsc.includes(secret))).toBe(true);
    // Past the access check: no recording was uploaded for it (404), and the PDF is served.
    const audio = await request.get(`/api/articles/${article.slug}/narration`);
    expect(audio.status()).toBe(404);
    const pdf = await request.get(`/issues/${PDF_ISSUE}/pdf`, { maxRedirects: 0 });
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await request.dispose();
  });
});
