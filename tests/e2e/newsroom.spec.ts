import fs from "node:fs";
import path from "node:path";
import { test, type Page } from "@playwright/test";
import { DEMO, waitForHydration } from "./auth-helpers";
import {
  contextAs,
  createDraftViaForm,
  editorBody,
  expectAutosaved,
  expectImageLoaded,
  makePng,
  openEditor,
  pastePlainText,
  saveNow,
  saveState,
  screenshot,
  selectBack,
  slugInput,
  statusLine,
  toolbarButton,
  uniqueWord,
  waitForEditor,
  archiveIfPublic,
  expectWorkflowDone,
  expect,
} from "./newsroom-helpers";

/**
 * The newsroom as people use it: a writer drafts a multi-page article in the editor
 * (headings, emphasis, links, an uploaded photo, page breaks, pasted Markdown), previews
 * it and submits it; an editor publishes it; readers find it; an edit and a restore
 * from the revision history reach the public page.
 */

const FIXTURE = fs.readFileSync(path.join("tests", "fixtures", "pasted-article.md"), "utf8");

/** From tests/fixtures/pasted-article.md, as it should read once converted. */
const PASTED = {
  linkText: "authority's website",
  linkHref: "https://example.org/minutes",
  publication: "Kestrel Bay Courier",
  quote: "We were told it was an emergency. It had been an emergency for three years.",
  bold: "paperwork was in order",
} as const;

/** Articles this file publishes: archived after each test, whatever its outcome. */
let toTakeDown: string[] = [];
test.afterEach(async ({ browser, baseURL }) => {
  for (const id of toTakeDown) await archiveIfPublic(browser, baseURL, id);
  toTakeDown = [];
});

const pageLink = (page: Page, n: number) =>
  page.getByRole("navigation", { name: "Article pages" }).getByRole("link", {
    name: `Page ${n}`,
    exact: true,
  });

test.describe("newsroom: from draft to readers", () => {
  test("a writer's three-page article is previewed, reviewed, published, found, edited and restored", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(600_000);
    const word = uniqueWord("harbour");
    const title = `The Harbour Minutes ${word}`;
    const heading = `What the board did not say ${word}`;
    const italic = "which nobody noticed";
    const linkHref = "https://example.org/harbour-report";
    const image = {
      alt: `A harbour crane at dusk ${word}`,
      caption: `The north quay, where the dredging began ${word}.`,
      credit: "Photo: Ines Alder",
    };
    const pageOneEnd = "That was all the board would say on the record.";
    const pageTwoSentence = `The ${word} ledger was never filed.`;
    const pageTwoEdited = `The ${word} ledger turned up at last, in triplicate.`;
    const png = await makePng();

    // ── The writer drafts it ────────────────────────────────────────────────────────────
    const writer = await contextAs(browser, baseURL, DEMO.writer.email);
    const page = await writer.newPage();
    await page.goto("/editor");
    await waitForHydration(page);
    // The newsroom menu and the list's heading both offer "New article"; the writer uses the
    // button beside the heading (the menu is a <nav> inside <main>).
    await expect(
      page
        .getByRole("navigation", { name: "Newsroom" })
        .getByRole("link", { name: "New article", exact: true }),
    ).toHaveAttribute("href", "/editor/articles/new");
    await page
      .locator("main > :not(nav)")
      .getByRole("link", { name: "New article", exact: true })
      .click();
    await expect(page).toHaveURL(/\/editor\/articles\/new$/);
    const articleId = await createDraftViaForm(page, title);
    toTakeDown.push(articleId);
    await expect(statusLine(page)).toContainText("Draft");

    const body = editorBody(page);
    await body.click();
    await toolbarButton(page, "Heading").click();
    await page.keyboard.type(heading);
    await page.keyboard.press("Enter");
    await page.keyboard.type("The harbour board met on a Tuesday, ");
    await toolbarButton(page, "Italic").click();
    await page.keyboard.type(italic);
    await toolbarButton(page, "Italic").click();
    await page.keyboard.type(". Read the full report online.");
    for (let i = 0; i < " online.".length; i++) await page.keyboard.press("ArrowLeft");
    await selectBack(page, "report".length);
    await toolbarButton(page, "Add link").click();
    await page.getByLabel("Link address", { exact: true }).fill(linkHref);
    await page.getByRole("button", { name: "Apply link", exact: true }).click();
    await expect(body.getByRole("link", { name: "report", exact: true })).toHaveAttribute(
      "href",
      linkHref,
    );
    // The paragraph is the last one, and may wrap: go to the end of the text, not the line.
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");

    await expect(body.locator("h2")).toHaveText(heading);
    await expect(body.locator("em")).toHaveText(italic);

    // A photo, uploaded with its alt text, caption and credit.
    await toolbarButton(page, "Insert image").click();
    const dialog = page.getByRole("dialog", { name: "Insert an image" });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/^Image file/).setInputFiles(png);
    await dialog.getByLabel("Alt text", { exact: true }).fill(image.alt);
    await dialog.getByLabel("Credit", { exact: true }).fill(image.credit);
    await dialog.getByLabel("Caption", { exact: true }).fill(image.caption);
    await dialog.getByRole("button", { name: "Upload and use", exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 15_000 });
    const figure = body.locator("figure");
    await expect(figure).toHaveCount(1);
    await expect(figure.getByRole("img")).toHaveAttribute("alt", image.alt);
    await expect(figure.locator("figcaption")).toContainText(image.caption);
    await expect(figure.locator("figcaption")).toContainText(image.credit);
    await expectImageLoaded(figure.getByRole("img"));
    // The writer goes on typing below the photo: the cursor is back in the text after
    // "Upload and use", on the empty line the photo brought with it.
    await expect(body, "after Upload and use, the cursor should be back in the text").toBeFocused();

    // Page 2 starts with a page break from the toolbar; the pasted Markdown brings the
    // second break (its "=== page ===" line), so the article runs three pages.
    await page.keyboard.type(pageOneEnd);
    await toolbarButton(page, "Page break").click();
    await page.keyboard.type(pageTwoSentence);
    await page.keyboard.press("Enter");
    await pastePlainText(page, FIXTURE);

    await expect(body.locator("hr[data-page-break]")).toHaveCount(2);
    await expect(body.locator("figure + p")).toHaveText(pageOneEnd);
    await expect(body.locator("p").filter({ hasText: "Read the full report" })).toHaveText(
      /Read the full report online\.$/,
    );
    await expect(body.locator("em", { hasText: PASTED.publication })).toHaveText(
      PASTED.publication,
    );
    await expect(body.getByRole("link", { name: PASTED.linkText, exact: true })).toHaveAttribute(
      "href",
      PASTED.linkHref,
    );
    await expect(body.locator("blockquote")).toContainText(PASTED.quote);
    await expect(body.locator("strong")).toHaveText(PASTED.bold);
    // Formatted, not literal Markdown.
    const text = (await body.textContent()) ?? "";
    for (const marker of ["_Kestrel", "**", "](", "> We were", "=== page ==="])
      expect(text, `the pasted text should not show ${marker}`).not.toContain(marker);

    // Nothing pressed: autosave stores it.
    await expectAutosaved(page);
    const slug = await slugInput(page).inputValue();
    expect(slug).toContain(word);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, "editor-1280.png");

    // ── Preview, in a new tab ───────────────────────────────────────────────────────────
    const opened = writer.waitForEvent("page");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const preview = await opened;
    await preview.waitForLoadState();
    await expect(preview).toHaveURL(new RegExp(`/editor/articles/${articleId}/preview$`));
    await expect(preview.getByText("Preview, not published yet as you see it.")).toBeVisible();
    await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(preview.getByText("Page 1 of 3")).toBeVisible();
    const previewMain = preview.getByRole("main");
    await expect(previewMain.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(previewMain.getByRole("img", { name: image.alt })).toBeVisible();
    await expectImageLoaded(previewMain.getByRole("img", { name: image.alt }));
    await expect(previewMain.locator("figcaption")).toContainText(image.caption);
    await expect(previewMain.locator("figcaption")).toContainText(image.credit);
    await screenshot(preview, "preview-1280.png");
    await pageLink(preview, 2).click();
    await expect(preview).toHaveURL(new RegExp(`/editor/articles/${articleId}/preview\\?page=2$`));
    await expect(preview.getByText("Page 2 of 3")).toBeVisible();
    await expect(previewMain).toContainText(pageTwoSentence);
    await expect(previewMain.locator("em", { hasText: PASTED.publication })).toBeVisible();
    await pageLink(preview, 3).click();
    await expect(preview).toHaveURL(new RegExp(`/editor/articles/${articleId}/preview\\?page=3$`));
    await expect(previewMain.locator("strong", { hasText: PASTED.bold })).toBeVisible();
    await preview.close();

    // Not on the site yet.
    const anonymous = await browser.newContext({ baseURL });
    expect((await anonymous.request.get(`/articles/${slug}`)).status()).toBe(404);

    // ── Submitted for review ───────────────────────────────────────────────────────────
    await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
    await page.getByRole("button", { name: "Submit for review", exact: true }).click();
    await expectWorkflowDone(
      page,
      "In review",
      "Submitted for review. Editors will see it in their queue.",
    );

    // ── The editor finds it in the review queue and publishes it ────────────────────────
    const editor = await contextAs(browser, baseURL, DEMO.editor.email);
    const desk = await editor.newPage();
    await desk.goto("/editor");
    await waitForHydration(desk);
    await desk.getByRole("link", { name: /^Review queue: \d+ articles? waiting$/ }).click();
    await expect(desk).toHaveURL(/\/editor\?status=IN_REVIEW$/);
    const row = desk
      .getByRole("row")
      .filter({ has: desk.getByRole("link", { name: title, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("In review");
    await expect(row).toContainText(DEMO.writer.name);
    await row.getByRole("link", { name: title, exact: true }).click();
    await expect(desk).toHaveURL(new RegExp(`/editor/articles/${articleId}$`));
    await waitForEditor(desk);
    await desk.getByRole("button", { name: "Publish now", exact: true }).click();
    const published = await expectWorkflowDone(
      desk,
      "Published",
      "Published. It is on the site now.",
    );

    // ── Readers ─────────────────────────────────────────────────────────────────────────
    const reader = await anonymous.newPage();
    const first = await reader.goto(`/articles/${slug}`);
    expect(first?.status()).toBe(200);
    const main = reader.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(main.getByText("Page 1 of 3")).toBeVisible();
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(main.locator("em", { hasText: italic })).toBeVisible();
    await expect(main.getByRole("link", { name: "report", exact: true })).toHaveAttribute(
      "href",
      linkHref,
    );
    const photo = main.getByRole("img", { name: image.alt });
    await expect(photo).toBeVisible();
    await expectImageLoaded(photo);
    const caption = main
      .locator("figure")
      .filter({ has: reader.getByRole("img", { name: image.alt }) })
      .locator("figcaption");
    await expect(caption).toContainText(image.caption);
    await expect(caption).toContainText(image.credit);
    await expect(main).toContainText(pageOneEnd);
    await expect(main).not.toContainText(pageTwoSentence);

    await pageLink(reader, 2).click();
    await expect(reader).toHaveURL(new RegExp(`/articles/${slug}/2$`));
    await expect(main.getByText("Page 2 of 3")).toBeVisible();
    await expect(main).toContainText(pageTwoSentence);
    await expect(main.locator("em", { hasText: PASTED.publication })).toHaveText(
      PASTED.publication,
    );
    await expect(main.getByRole("link", { name: PASTED.linkText, exact: true })).toHaveAttribute(
      "href",
      PASTED.linkHref,
    );
    await expect(main.locator("blockquote")).toContainText(PASTED.quote);

    const third = await reader.goto(`/articles/${slug}/3`);
    expect(third?.status()).toBe(200);
    await expect(main.getByText("Page 3 of 3")).toBeVisible();
    await expect(main.locator("strong", { hasText: PASTED.bold })).toHaveText(PASTED.bold);
    await expect(main).not.toContainText("**");
    expect((await anonymous.request.get(`/articles/${slug}/4`)).status()).toBe(404);

    // Findable by a word of its text.
    await reader.goto(`/search?q=${word}`);
    await expect(
      reader.getByRole("heading", { name: `1 article matches “${word}”.` }),
    ).toBeVisible();
    await expect(
      reader.getByRole("main").getByRole("link", { name: title, exact: true }),
    ).toBeVisible();

    // The editor's confirmation is still there after the readers' visits: the refresh of
    // the page's data that publishing brings did not reset the editor.
    await expect(published).toBeVisible();

    // ── The editor changes a sentence on the live article ───────────────────────────────
    await desk.goto(`/editor/articles/${articleId}/revisions`);
    const revisionLinks = desk.getByRole("navigation", { name: "Revisions" }).getByRole("link");
    await expect(revisionLinks.first()).toBeVisible();
    const newest = await revisionLinks.first().innerText();
    const beforeEdit = Number(/Version (\d+)/.exec(newest)?.[1]);
    expect(beforeEdit, `newest revision: ${newest}`).toBeGreaterThan(1);

    await openEditor(desk, articleId);
    const sentence = editorBody(desk).locator("p", { hasText: pageTwoSentence });
    await sentence.click();
    await desk.keyboard.press("End");
    await desk.keyboard.press("Shift+Home");
    await desk.keyboard.type(pageTwoEdited);
    await expect(editorBody(desk)).toContainText(pageTwoEdited);
    await expect(editorBody(desk)).not.toContainText(pageTwoSentence);
    await expectAutosaved(desk);

    // Edits to a published article reach readers.
    await reader.goto(`/articles/${slug}/2`);
    await expect(main).toContainText(pageTwoEdited);
    await expect(main).not.toContainText(pageTwoSentence);

    // ── Revisions: the old text beside the current one, then restored ───────────────────
    await desk.goto(`/editor/articles/${articleId}/revisions`);
    await expect(revisionLinks).not.toHaveCount(0);
    expect(await revisionLinks.count()).toBeGreaterThanOrEqual(2);
    await expect(revisionLinks.first()).toContainText(/Version \d+/);
    await expect(revisionLinks.first()).toContainText(DEMO.editor.name);
    await desk
      .getByRole("navigation", { name: "Revisions" })
      .getByRole("link", { name: new RegExp(`^Version ${beforeEdit}\\b`) })
      .click();
    const older = desk.getByRole("region", { name: `Version ${beforeEdit}`, exact: true });
    const current = desk.getByRole("region", { name: /^Current \(version \d+\)$/ });
    await expect(older).toContainText(pageTwoSentence);
    await expect(current).toContainText(pageTwoEdited);
    await desk.getByRole("button", { name: `Restore version ${beforeEdit}`, exact: true }).click();
    await expect(desk).toHaveURL(new RegExp(`/editor/articles/${articleId}\\?restored=1$`));
    await expect(
      desk.getByText("The revision was restored. The text before it is kept in the history too."),
    ).toBeVisible();
    await waitForEditor(desk);
    await expect(editorBody(desk)).toContainText(pageTwoSentence);
    await expect(editorBody(desk)).not.toContainText(pageTwoEdited);

    // The restore is on the site, the rest of the article intact.
    await reader.goto(`/articles/${slug}/2`);
    await expect(main).toContainText(pageTwoSentence);
    await expect(main).not.toContainText(pageTwoEdited);
    await reader.goto(`/articles/${slug}`);
    await expect(main.getByText("Page 1 of 3")).toBeVisible();
    await expect(main.getByRole("img", { name: image.alt })).toBeVisible();

    // The restore is itself a revision, so it can be undone.
    await desk.goto(`/editor/articles/${articleId}/revisions`);
    expect(await revisionLinks.count()).toBeGreaterThanOrEqual(3);

    // ── Archived: off the site and out of search ────────────────────────────────────────
    await openEditor(desk, articleId);
    await desk.getByRole("button", { name: "Archive", exact: true }).click();
    await expectWorkflowDone(desk, "Archived", "Archived. It is no longer on the site.");
    expect((await anonymous.request.get(`/articles/${slug}`)).status()).toBe(404);
    expect((await anonymous.request.get(`/articles/${slug}/2`)).status()).toBe(404);
    await reader.goto(`/search?q=${word}`);
    await expect(
      reader.getByRole("heading", { name: `No articles match “${word}”.` }),
    ).toBeVisible();

    await Promise.all([writer.close(), editor.close(), anonymous.close()]);
  });
});

test.describe("newsroom: two tabs", () => {
  test("a save from a stale tab is refused as a conflict and does not overwrite the other", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const word = uniqueWord("tabs");
    const writer = await contextAs(browser, baseURL, DEMO.writer.email);
    const tabA = await writer.newPage();
    const articleId = await createDraftViaForm(tabA, `Two Tabs ${word}`);
    const tabB = await writer.newPage();
    await openEditor(tabB, articleId);

    const textA = `Written in tab A ${word}.`;
    const textB = `Written in tab B ${word}.`;

    await editorBody(tabA).click();
    await tabA.keyboard.type(textA);
    await expectAutosaved(tabA);

    await editorBody(tabB).click();
    await tabB.keyboard.type(textB);
    await expect(saveState(tabB)).toHaveAttribute("data-save-state", "conflict", {
      timeout: 15_000,
    });
    await expect(saveState(tabB)).toHaveText("Not saved: this article changed elsewhere");
    const alert = tabB.getByRole("alert").filter({ hasText: "in another tab or browser" });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("link", { name: "reload the latest version" })).toHaveAttribute(
      "href",
      `/editor/articles/${articleId}`,
    );
    // Tab B keeps what was typed there, unsaved; "Save now" does not force it through.
    await expect(editorBody(tabB)).toContainText(textB);
    await tabB.getByRole("button", { name: "Save now", exact: true }).click();
    await expect(saveState(tabB)).toHaveAttribute("data-save-state", "conflict");

    // A fresh load shows tab A's text only.
    const fresh = await writer.newPage();
    await openEditor(fresh, articleId);
    await expect(editorBody(fresh)).toContainText(textA);
    await expect(editorBody(fresh)).not.toContainText(textB);
    // And the fresh tab can save on top of it.
    await editorBody(fresh).click();
    await fresh.keyboard.press("ControlOrMeta+End");
    await fresh.keyboard.type(" Later.");
    const { version } = await saveNow(fresh, articleId);
    expect(version).toBeGreaterThan(1);

    await writer.close();
  });
});
