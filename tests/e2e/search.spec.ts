import { test, expect, type Page } from "@playwright/test";
import { BOND, SUBSCRIBER_ARTICLE, pagePath } from "./content";

const absolute = (page: Page, path: string) => new URL(path, page.url()).toString();

/** Fills the search form as a reader would and submits it; returns the results page response. */
async function searchFor(page: Page, query: string) {
  await page.getByLabel("Search articles").fill(query);
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => new URL(r.url()).pathname === "/search" && r.request().resourceType() === "document",
    ),
    page.getByRole("button", { name: "Search", exact: true }).click(),
  ]);
  return response;
}

test.describe("search", () => {
  test("a word from page 2 finds that page of the article", async ({ page }) => {
    await page.goto("/search");
    const response = await searchFor(page, BOND.pageTwoWord);
    expect(response.status()).toBe(200);
    await expect(page).toHaveURL(absolute(page, `/search?q=${BOND.pageTwoWord}`));
    await expect(page).toHaveTitle(`Search: ${BOND.pageTwoWord} · The Meridian`);

    const results = page.getByRole("region", { name: /matches/ });
    await expect(
      results.getByRole("heading", { name: `1 article matches “${BOND.pageTwoWord}”.` }),
    ).toBeVisible();
    const hits = results.getByRole("listitem");
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toContainText("found on page 2 of 3");
    // The snippet quotes the match.
    await expect(hits.first().getByText(BOND.pageTwoWord, { exact: true })).toBeVisible();
    // The form keeps what was searched for.
    await expect(page.getByLabel("Search articles")).toHaveValue(BOND.pageTwoWord);

    await hits.first().getByRole("link", { name: BOND.title, exact: true }).click();
    await expect(page).toHaveURL(absolute(page, pagePath(BOND.slug, 2)));
    await expect(page.getByRole("heading", { level: 1, name: BOND.title })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(BOND.pageTwoWord);
  });

  test("the masthead Search link leads to the form", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(absolute(page, "/search"));
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search articles" })).toBeVisible();
  });

  test("punctuation only: a message, no error", async ({ page }) => {
    await page.goto("/search");
    const response = await searchFor(page, "!!!");
    expect(response.status()).toBe(200);
    await expect(
      page.getByRole("heading", {
        name: "Type a word to search for: punctuation alone matches nothing.",
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("region", { name: /punctuation/ }).getByRole("listitem"),
    ).toHaveCount(0);
    await expect(page.getByRole("searchbox", { name: "Search articles" })).toBeVisible();
  });

  test("a word that is nowhere: no results, said so", async ({ page }) => {
    await page.goto("/search");
    const response = await searchFor(page, "xylophonequark");
    expect(response.status()).toBe(200);
    await expect(
      page.getByRole("heading", { name: "No articles match “xylophonequark”." }),
    ).toBeVisible();
  });

  test("a 2000-character query returns a page, not an error", async ({ page }) => {
    const long = "bridge ".repeat(300).slice(0, 2000);
    expect(long.length).toBe(2000);
    const response = await page.goto(`/search?q=${encodeURIComponent(long)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    // The query is cut to its first words, which still find the bridge article.
    const results = page.getByRole("region", { name: /match/ });
    await expect(results).toBeVisible();
    await expect(results.getByRole("link", { name: BOND.title, exact: true })).toBeVisible();

    // One 2000-letter "word" as well.
    const word = await page.goto(`/search?q=${"q".repeat(2000)}`);
    expect(word?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: /^No articles match/ })).toBeVisible();
  });

  test("an empty query shows the form and no results", async ({ page }) => {
    for (const path of ["/search", "/search?q=", "/search?q=%20%20"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle("Search · The Meridian");
      await expect(page.getByRole("searchbox", { name: "Search articles" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { name: /match/ })).toHaveCount(0);
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(0);
    }
  });

  test("subscriber-only text past the teaser is not searchable", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(SUBSCRIBER_ARTICLE.lockedName)}`);
    await expect(
      page.getByRole("heading", { name: `No articles match “${SUBSCRIBER_ARTICLE.lockedName}”.` }),
    ).toBeVisible();
    // The teaser is searchable, and leads to the article.
    await page.goto(`/search?q=${encodeURIComponent("Harlow Sentinel")}`);
    await expect(
      page.getByRole("link", { name: SUBSCRIBER_ARTICLE.title, exact: true }),
    ).toBeVisible();
  });
});
