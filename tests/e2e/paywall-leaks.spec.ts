import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signInViaApi } from "./auth-helpers";
import {
  decode,
  expectNoSecrets,
  locked,
  membersOnly,
  PDF_ISSUE,
  type Locked,
} from "./paywall-content";
import { main, moveClock, newSubscriber, openAccount } from "./subscribe-helpers";

/**
 * The paywall must not leak: for every published subscriber-only article of the demo
 * content, nothing past its teaser may reach a reader without a subscription, and for
 * every article for signed-in readers, nothing past its teaser may reach an anonymous
 * visitor, in any form the site serves: each page's HTML (with its metadata and
 * JSON-LD), the same pages' React Server Component payloads, the feed, the sitemap,
 * search results, the whole-issue view, and the audio and PDF routes.
 *
 * Reader pages are cached once per edition (lib/editions/edition-routes.mjs): "public"
 * for anonymous visitors, "member" for signed-in readers without a subscription,
 * "subscriber" for subscribers. So each check runs after a subscriber and a member have
 * filled their copies, and covers readers whose subscription has just ended or been
 * refunded: their next request must get the member copy.
 */

type Expected = "public" | "member";

/** What a reader given `edition` must never see. */
const hiddenFrom = (edition: Expected): Locked[] =>
  edition === "public" ? [...locked, ...membersOnly] : locked;

async function checkEverySurface(request: APIRequestContext, who: string, edition: Expected) {
  const hidden = hiddenFrom(edition);
  for (const article of hidden) {
    for (let page = 1; page <= article.pageCount; page++) {
      const path = page === 1 ? `/articles/${article.slug}` : `/articles/${article.slug}/${page}`;
      const html = await request.get(path);
      expect(html.status(), `${path} as ${who}`).toBe(200);
      expectNoSecrets(await html.text(), `${path} HTML as ${who}`, article);
      const rsc = await request.get(path, { headers: { RSC: "1" } });
      expect(rsc.status()).toBe(200);
      expectNoSecrets(await rsc.text(), `${path} RSC payload as ${who}`, article);
    }
  }
  for (const article of locked) {
    // Refused before the route even looks for a recording (the control test below gets 404).
    const audio = await request.get(`/api/articles/${article.slug}/narration`, { maxRedirects: 0 });
    expect(audio.status(), `narration of ${article.slug} as ${who}`).toBe(403);
  }
  // Anything served as an edition must be the one this reader is given.
  const given = await request.get(`/articles/${locked[0]!.slug}`);
  expect(given.headers()["x-meridian-edition"], `the edition given to ${who}`).toBe(edition);
  for (const path of ["/feed.xml", "/sitemap.xml", "/", "/latest/2"]) {
    const response = await request.get(path);
    expectNoSecrets(await response.text(), `${path} as ${who}`, undefined, hidden);
  }
  for (const article of hidden) {
    // Search for words only the hidden text holds: no result may quote them.
    const query = article.secrets[0]!.split(" ").slice(0, 3).join(" ");
    const results = await request.get(`/search?q=${encodeURIComponent(query)}`);
    expect(results.status()).toBe(200);
    expectNoSecrets(await results.text(), `search for "${query}" as ${who}`, undefined, hidden);
  }
  // The latest demo issue has a PDF edition: sign-in or the offer, never the file.
  const pdf = await request.get(`/issues/${PDF_ISSUE}/pdf`, { maxRedirects: 0 });
  expect(pdf.status(), `the issue PDF as ${who}`).toBe(303);
  expect(pdf.headers()["location"]).toMatch(
    edition === "public" ? /\/signin\?from=/ : /\/subscribe$/,
  );
  expect((await pdf.body()).subarray(0, 5).toString()).not.toBe("%PDF-");
  for (const issue of new Set(hidden.map((article) => article.issue).filter(Boolean))) {
    for (const path of [`/issues/${issue}`, `/issues/${issue}/read`]) {
      const response = await request.get(path);
      expectNoSecrets(await response.text(), `${path} as ${who}`, undefined, hidden);
    }
  }
}

/**
 * Reads every page of `articles` (and searches their hidden words) as the reader signed in
 * on `request`, so that reader's edition has its copies cached.
 */
async function fillCopies(
  request: APIRequestContext,
  edition: "member" | "subscriber",
  articles: Locked[] = [...locked, ...membersOnly],
) {
  for (const article of articles) {
    for (let page = 1; page <= article.pageCount; page++) {
      const path = page === 1 ? `/articles/${article.slug}` : `/articles/${article.slug}/${page}`;
      const response = await request.get(path);
      expect(response.headers()["x-meridian-edition"], path).toBe(edition);
    }
    const query = article.secrets[0]!.split(" ").slice(0, 3).join(" ");
    await request.get(`/search?q=${encodeURIComponent(query)}`);
  }
  for (const issue of new Set(articles.map((article) => article.issue).filter(Boolean)))
    await request.get(`/issues/${issue}/read`);
}

const fillSubscriberCopies = (request: APIRequestContext) => fillCopies(request, "subscriber");

test.describe("the paywall does not leak", () => {
  test.beforeAll(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, DEMO.subscriber.email, DEMO_PASSWORD);
    await fillSubscriberCopies(request);
    await request.dispose();
    const member = await playwright.request.newContext({ baseURL });
    await signInViaApi(member, DEMO.reader.email, DEMO_PASSWORD);
    await fillCopies(member, "member", membersOnly);
    await member.dispose();
  });

  test("the demo content has articles with hidden text to look for", () => {
    expect(locked.length).toBeGreaterThanOrEqual(5);
    expect(locked.some((article) => article.pageCount >= 3)).toBe(true);
    expect(membersOnly.length).toBeGreaterThanOrEqual(2);
    expect(membersOnly.some((article) => article.pageCount >= 2)).toBe(true);
    for (const article of [...locked, ...membersOnly])
      expect(article.secrets.length, article.slug).toBeGreaterThan(3);
  });

  test("to an anonymous visitor", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const request = await playwright.request.newContext({ baseURL });
    await checkEverySurface(request, "anonymous", "public");
    await request.dispose();
  });

  test("to a signed-in reader without a subscription", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, DEMO.reader.email, DEMO_PASSWORD);
    await checkEverySurface(request, "a signed-in non-subscriber", "member");
    await request.dispose();
  });

  test("to a subscriber whose subscription has just ended, from the next request on", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const user = await newSubscriber(page, "Ending");
    const article = locked.find((candidate) => candidate.pageCount >= 3)!;
    // Subscribed: the whole text (and the subscriber copies are in the cache).
    await page.goto(`/articles/${article.slug}/2`);
    const subscribed = decode(await page.content());
    expect(article.secrets.some((secret) => subscribed.includes(secret))).toBe(true);
    await fillSubscriberCopies(page.request);
    // Cancelled at the end of the period, then the period ends.
    const subscription = await openAccount(page);
    await subscription.getByRole("button", { name: "Cancel subscription" }).click();
    await subscription.getByRole("button", { name: "Yes, cancel" }).click();
    await expect(subscription.getByText(/Cancelled — access continues/).first()).toBeVisible();
    await moveClock(page, user.email, 367);
    await checkEverySurface(page.request, "a subscriber whose subscription just ended", "member");
  });

  test("to a subscriber who has just been refunded, from the next request on", async ({ page }) => {
    test.setTimeout(180_000);
    await newSubscriber(page, "Refunded");
    await fillSubscriberCopies(page.request);
    const subscription = await openAccount(page);
    await subscription.getByRole("button", { name: "Cancel and refund" }).click();
    await subscription.getByRole("button", { name: "Yes, cancel and refund" }).click();
    await expect(subscription.getByRole("definition").filter({ hasText: /^Ended$/ })).toBeVisible();
    await checkEverySurface(page.request, "a subscriber who was just refunded", "member");
    // And in the browser, as the reader sees it.
    const article = locked[0]!;
    await page.goto(`/articles/${article.slug}`);
    await expect(main(page).getByRole("heading", { name: /Continue reading/ })).toBeVisible();
    expectNoSecrets(await page.content(), "the refunded reader's page", article);
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
    // Subscribers' search reaches past the teaser, and quotes it.
    const query = article.secrets[0]!.split(" ").slice(0, 3).join(" ");
    const results = decode(
      await (await request.get(`/search?q=${encodeURIComponent(query)}`)).text(),
    );
    expect(results).toContain(`/articles/${article.slug}`);
    expect(results).not.toContain("No articles match");
    // Past the access check: no recording was uploaded for it (404), and the PDF is served.
    const audio = await request.get(`/api/articles/${article.slug}/narration`);
    expect(audio.status()).toBe(404);
    const pdf = await request.get(`/issues/${PDF_ISSUE}/pdf`, { maxRedirects: 0 });
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await request.dispose();
  });

  test("while a free member does get the text of articles for signed-in readers", async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, DEMO.reader.email, DEMO_PASSWORD);
    for (const article of membersOnly) {
      const path = `/articles/${article.slug}/${article.pageCount}`;
      const page = await request.get(article.pageCount === 1 ? `/articles/${article.slug}` : path);
      expect(page.headers()["x-meridian-edition"]).toBe("member");
      const body = decode(await page.text());
      expect(
        article.secrets.some((secret) => body.includes(secret)),
        article.slug,
      ).toBe(true);
      const query = article.secrets[0]!.split(" ").slice(0, 3).join(" ");
      const results = decode(
        await (await request.get(`/search?q=${encodeURIComponent(query)}`)).text(),
      );
      expect(results).toContain(`/articles/${article.slug}`);
    }
    await request.dispose();
  });
});
