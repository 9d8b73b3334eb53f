import fs from "node:fs";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { BOND, pagePath } from "./content";

const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "screenshots");

/** Widest content on the page, in CSS pixels, and the viewport it must fit. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

/**
 * Scrolls through the page so lazy images start loading, then waits until every image has
 * loaded and decoded (or failed: `imagesLoaded` says which).
 */
async function loadAllImages(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    window.scrollTo(0, 0);
    const settle = (img: HTMLImageElement) =>
      (img.complete
        ? Promise.resolve()
        : new Promise((resolve) => {
            img.addEventListener("load", resolve, { once: true });
            img.addEventListener("error", resolve, { once: true });
          })
      ).then(() => (img.naturalWidth > 0 ? img.decode().catch(() => undefined) : undefined));
    await Promise.race([
      Promise.all(Array.from(document.images).map(settle)),
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]);
  });
}

test.describe("at a 375px phone width", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const [name, url] of [
    ["front page", "/"],
    ["article page 1", pagePath(BOND.slug)],
    ["article page 2", pagePath(BOND.slug, 2)],
    ["article page 3", pagePath(BOND.slug, 3)],
    ["search results", `/search?q=${BOND.pageTwoWord}`],
    ["issue", `/issues/${BOND.issue.slug}`],
  ] as const) {
    test(`${name} has no horizontal scroll`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await loadAllImages(page);
      const { scrollWidth, bodyScrollWidth } = await horizontalOverflow(page);
      expect(scrollWidth, `document is ${scrollWidth}px wide`).toBeLessThanOrEqual(375);
      expect(bodyScrollWidth, `body is ${bodyScrollWidth}px wide`).toBeLessThanOrEqual(375);
    });
  }

  for (const url of ["/", pagePath(BOND.slug, 2), `/issues/${BOND.issue.slug}`]) {
    test(`every image on ${url} loads`, async ({ page }) => {
      await page.goto(url);
      await loadAllImages(page);
      // Every <img>, also card photos in links hidden from assistive tech (the headline is
      // the link); drawn inline SVG icons are not loaded and so not counted.
      const images = page.locator("img");
      expect(await images.count()).toBeGreaterThan(0);
      for (const image of await images.all()) {
        const { src, width } = await image.evaluate((img: HTMLImageElement) => ({
          src: img.currentSrc,
          width: img.naturalWidth,
        }));
        expect(width, `image ${src} did not load`).toBeGreaterThan(0);
      }
    });
  }

  test("the Sections navigation scrolls on its own, inside the page width", async ({ page }) => {
    await page.goto("/");
    const sections = page.getByRole("navigation", { name: "Sections" });
    await expect(sections.getByRole("link", { name: "Search", exact: true })).toBeAttached();
    const box = await sections.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  });

  for (const url of ["/", pagePath(BOND.slug)]) {
    test(`"Skip to content" is the first Tab stop on ${url} and moves to the content`, async ({
      page,
    }) => {
      await page.goto(url);
      const skip = page.getByRole("link", { name: "Skip to content" });
      await expect(skip).toHaveAttribute("href", "#main");
      await page.keyboard.press("Tab");
      await expect(skip).toBeFocused();
      // Visible when focused (it is visually hidden otherwise) and inside the screen.
      await expect(skip).toBeInViewport();
      const box = await skip.boundingBox();
      expect(box!.width).toBeGreaterThan(20);
      expect(box!.height).toBeGreaterThan(10);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);

      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#main$/);
      // The next Tab stop is inside the main content, past the masthead.
      await page.keyboard.press("Tab");
      const focusedInMain = await page.evaluate(
        () => document.getElementById("main")?.contains(document.activeElement) ?? false,
      );
      expect(focusedInMain).toBe(true);
    });
  }
});

test.describe("screenshots for review", () => {
  test("front page and article page 2 at 1280px and 375px", async ({ page }) => {
    // Four full-page captures, each waiting for every image: slow on a busy 2-core machine.
    test.setTimeout(90_000);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const shots = [
      ["front", "/"],
      ["article-p2", pagePath(BOND.slug, 2)],
    ] as const;
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: width === 375 ? 800 : 900 });
      for (const [name, url] of shots) {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await loadAllImages(page);
        // Full-page captures can paint images outside the viewport before they are decoded
        // (grey boxes); a viewport as tall as the page keeps every image on screen.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height });
        await loadAllImages(page);
        await page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const file = path.join(SCREENSHOT_DIR, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.setViewportSize({ width, height: width === 375 ? 800 : 900 });
        expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      }
    }
  });
});
