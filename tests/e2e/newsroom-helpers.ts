import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import {
  expect as baseExpect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
} from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signInViaApi, waitForHydration } from "./auth-helpers";

/**
 * Helpers for the newsroom's browser tests: the article editor (components/editor/*),
 * its autosave (PUT /api/editor/articles/<id>) and the workflow around it.
 */

/**
 * `expect` with a longer wait: the newsroom's steps (server actions, autosave, image
 * processing) can take several seconds on a busy machine.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

export const SCREENSHOTS = path.join("test-results", "screenshots");

/** A lowercase word found nowhere else, so searches and titles never collide across runs. */
export function uniqueWord(prefix = "nr"): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let tail = "";
  for (let i = 0; i < 8; i++) tail += letters[Math.floor(Math.random() * letters.length)];
  return `${prefix}${tail}`;
}

/** A new browser context signed in as `email` (session cookie in the context). */
export async function contextAs(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  await signInViaApi(context.request, email, DEMO_PASSWORD);
  return context;
}

export const editorBody = (page: Page) => page.getByRole("textbox", { name: "Article text" });
export const saveState = (page: Page) => page.locator("[data-save-state]");
export const toolbarButton = (page: Page, name: string) =>
  page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name, exact: true });
export const titleInput = (page: Page) => page.getByLabel("Title", { exact: true });
export const slugInput = (page: Page) => page.getByLabel("Web address (slug)", { exact: true });
export const articleSettings = (page: Page) =>
  page.getByRole("complementary", { name: "Article settings" });

/** The editor's status line ("Draft", "In review"…) before the save state. */
export const statusLine = (page: Page) => saveState(page).locator("xpath=..");

/** Waits until the Tiptap editor has mounted (it renders only on the client). */
export async function waitForEditor(page: Page) {
  await expect(editorBody(page)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".ProseMirror[contenteditable='true']")).toBeVisible();
  await expect(saveState(page)).toBeVisible();
}

/** Opens an article in the editor and waits until it can be typed in. */
export async function openEditor(page: Page, articleId: string) {
  const response = await page.goto(`/editor/articles/${articleId}`);
  expect(response?.status(), `GET /editor/articles/${articleId}`).toBe(200);
  await waitForEditor(page);
}

/** /editor/articles/new → working title → Create draft; returns the new article's id. */
export async function createDraftViaForm(page: Page, title: string): Promise<string> {
  await page.goto("/editor/articles/new");
  await waitForHydration(page);
  await page.getByLabel("Working title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Create draft", exact: true }).click();
  await expect(page).toHaveURL(/\/editor\/articles\/(?!new$)[^/?#]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await waitForEditor(page);
  await expect(titleInput(page)).toHaveValue(title);
  return id;
}

/**
 * After typing: the editor first says there are unsaved changes, then (autosave ~2.5 s
 * after typing stops) "Saved at …".
 */
export async function expectAutosaved(page: Page) {
  await expect(saveState(page)).toHaveAttribute("data-save-state", /^(dirty|saving|saved)$/);
  await expect(saveState(page)).toHaveAttribute("data-save-state", "saved", { timeout: 15_000 });
  await expect(saveState(page)).toHaveText(/^Saved at \d/);
}

const isArticlePut = (articleId: string) => (request: Request) =>
  request.method() === "PUT" &&
  new URL(request.url()).pathname === `/api/editor/articles/${articleId}`;

/** Clicks "Save now"; returns what the editor sent and the version the server answered. */
export async function saveNow(page: Page, articleId: string) {
  const sent = page.waitForRequest(isArticlePut(articleId));
  await page.getByRole("button", { name: "Save now", exact: true }).click();
  const request = await sent;
  const response = await request.response();
  expect(response?.status(), "the save should succeed").toBe(200);
  const answer = (await response!.json()) as { ok: boolean; version: number };
  await expect(saveState(page)).toHaveAttribute("data-save-state", "saved");
  return { payload: request.postDataJSON() as SavePayload, version: answer.version };
}

export type SavePayload = {
  version: number;
  fields: Record<string, unknown> & { title: string; slug: string; authorIds: string[] };
  body: unknown;
};

/** Pastes plain text (no text/html) into the editor, as a clipboard holding Markdown would. */
export async function pastePlainText(page: Page, text: string) {
  await page.locator(".ProseMirror").evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Selects the last `count` characters before the cursor, with the keyboard. */
export async function selectBack(page: Page, count: number) {
  for (let i = 0; i < count; i++) await page.keyboard.press("Shift+ArrowLeft");
}

/** A real PNG (a gradient), written to a temp file; returns its path. */
export async function makePng(width = 1200, height = 800): Promise<string> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = Math.round((x / width) * 255);
      pixels[i + 1] = Math.round((y / height) * 200);
      pixels[i + 2] = 120;
    }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-e2e-"));
  const file = path.join(dir, "harbour.png");
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toFile(file);
  return file;
}

/** Whether an <img> has loaded and decoded (not a broken image). */
export async function expectImageLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
      message: "the image should load",
    })
    .toBeGreaterThan(0);
}

/** The id of an article in the newsroom list (as someone who can see it), by exact title. */
export async function articleIdByTitle(page: Page, title: string): Promise<string> {
  await page.goto(`/editor?${new URLSearchParams({ q: title })}`);
  const link = page.getByRole("main").getByRole("link", { name: title, exact: true });
  await expect(link).toHaveCount(1);
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/editor\/articles\/[^/]+$/);
  return href!.split("/").pop()!;
}

/**
 * The id of a Server Action referenced by the page's client code (`name` as exported),
 * read from the JavaScript the page loaded. Lets a test call the action directly, as
 * anyone could with the page's code in hand.
 */
export async function clientServerActionId(page: Page, name: string): Promise<string> {
  const id = await page.evaluate(async (actionName) => {
    const sources = new Set<string>();
    for (const script of Array.from(document.querySelectorAll("script[src]")))
      sources.add((script as HTMLScriptElement).src);
    for (const entry of performance.getEntriesByType("resource"))
      if (entry.name.endsWith(".js")) sources.add(entry.name);
    const pattern = new RegExp(`createServerReference\\)\\("([0-9a-f]+)"[^)]*"${actionName}"\\)`);
    for (const source of sources) {
      const text = await (await fetch(source)).text();
      const match = pattern.exec(text);
      if (match) return match[1]!;
    }
    return null;
  }, name);
  expect(id, `the page's code should reference the ${name} Server Action`).toBeTruthy();
  return id!;
}

/** Calls a Server Action the way the React client does (JSON-encoded arguments). */
export async function callServerAction(
  request: APIRequestContext,
  pagePath: string,
  actionId: string,
  args: unknown[],
) {
  const response = await request.post(pagePath, {
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}

/** PUT /api/editor/articles/<id> with `request`'s cookies; returns status and JSON. */
export async function putArticle(request: APIRequestContext, articleId: string, payload: unknown) {
  const response = await request.put(`/api/editor/articles/${articleId}`, { data: payload });
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  return { status: response.status(), json };
}

/**
 * A local date-time string for a datetime-local input with seconds, `ms` from now, and
 * `shown`, the same value as the input reports it (browsers drop ":00" seconds).
 */
export async function localDateTimeFromNow(page: Page, ms: number) {
  const at = await page.evaluate((ahead) => {
    const at = new Date(Date.now() + ahead);
    at.setMilliseconds(0);
    const pad = (n: number) => String(n).padStart(2, "0");
    return {
      value: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`,
      epochMs: at.getTime(),
    };
  }, ms);
  return { ...at, shown: at.value.replace(/:00$/, "") };
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top, so sticky bars (the editor's toolbar) sit where a person first sees them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

/**
 * Takes a test's article off the site again (an editor archives it) if it is still
 * published or scheduled. Other test files count the demo content's published articles
 * (44 on /latest), so articles published here must not outlive their test.
 */
export async function archiveIfPublic(
  browser: Browser,
  baseURL: string | undefined,
  articleId: string,
) {
  const context = await contextAs(browser, baseURL, DEMO.editor.email);
  try {
    const page = await context.newPage();
    await openEditor(page, articleId);
    if (/^(Published|Scheduled)\b/.test(await statusLine(page).innerText())) {
      await page.getByRole("button", { name: "Archive", exact: true }).click();
      await expect(statusLine(page)).toContainText("Archived");
    }
  } finally {
    await context.close();
  }
}

/**
 * After a workflow button (Submit, Publish, Schedule, Unpublish, Archive): the status line
 * changes and the confirmation is shown. Returns the confirmation, so a test can check later
 * that it is still on screen (publishing refreshes the page's server data, which must not
 * wipe the editor's state).
 */
export async function expectWorkflowDone(page: Page, status: string, message: string | RegExp) {
  await expect(statusLine(page)).toContainText(status);
  const notice = page.getByRole("main").getByRole("status").filter({ hasText: message });
  await expect(notice, `the confirmation ${String(message)} should be shown`).toBeVisible();
  return notice;
}
