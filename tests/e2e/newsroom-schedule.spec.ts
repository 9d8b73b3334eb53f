import { test } from "@playwright/test";
import { DEMO } from "./auth-helpers";
import {
  archiveIfPublic,
  expectWorkflowDone,
  contextAs,
  createDraftViaForm,
  editorBody,
  localDateTimeFromNow,
  openEditor,
  saveNow,
  slugInput,
  statusLine,
  uniqueWord,
  expect,
} from "./newsroom-helpers";

/**
 * Scheduled publishing: the test server's scheduler asks the app every second to publish
 * what is due (scripts/e2e-server.mjs), so an article scheduled a few seconds ahead must
 * appear on its own, and not before its time.
 */
/** Articles this file publishes: archived after each test, whatever its outcome. */
let toTakeDown: string[] = [];
test.afterEach(async ({ browser, baseURL }) => {
  for (const id of toTakeDown) await archiveIfPublic(browser, baseURL, id);
  toTakeDown = [];
});

test.describe("newsroom: scheduled publishing", () => {
  test("an article scheduled a few seconds ahead is 404 until then and public after, with no one acting", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const word = uniqueWord("sched");
    const title = `The Tide Tables ${word}`;
    const sentence = `High water at the ${word} quay comes twice a day.`;

    const editor = await contextAs(browser, baseURL, DEMO.editor.email);
    const desk = await editor.newPage();
    const articleId = await createDraftViaForm(desk, title);
    toTakeDown.push(articleId);
    await editorBody(desk).click();
    await desk.keyboard.type(sentence);
    await saveNow(desk, articleId);
    const slug = await slugInput(desk).inputValue();

    const anonymous = await browser.newContext({ baseURL });
    const publicStatus = async () =>
      (await anonymous.request.get(`/articles/${slug}`, { maxRedirects: 0 })).status();
    // Asked once before scheduling, so a cached "not found" would have to be replaced.
    expect(await publicStatus()).toBe(404);

    // The "Publish at" field takes seconds; schedule 15 s ahead (browser's local time).
    const due = await localDateTimeFromNow(desk, 15_000);
    await desk.getByLabel("Publish at", { exact: true }).fill(due.value);
    await expect(desk.getByLabel("Publish at", { exact: true })).toHaveValue(due.shown);
    await desk.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(statusLine(desk)).toContainText("Scheduled");
    await expect(
      desk.getByText(`Scheduled for ${new Date(due.epochMs).toUTCString()}.`),
    ).toBeVisible();

    // Before its time: not on the site, not in search.
    if (Date.now() < due.epochMs - 1_000) {
      expect(await publicStatus()).toBe(404);
      const early = await anonymous.newPage();
      const response = await early.goto(`/articles/${slug}`);
      expect(response?.status()).toBe(404);
      await expect(early.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await early.close();
    }

    // Nobody touches anything: the scheduler publishes it (ticks every second).
    await expect
      .poll(publicStatus, {
        message: `/articles/${slug} should be published by the scheduler`,
        timeout: 60_000,
        intervals: [500],
      })
      .toBe(200);
    expect(Date.now(), "it must not appear before its scheduled time").toBeGreaterThanOrEqual(
      due.epochMs,
    );

    const reader = await anonymous.newPage();
    const shown = await reader.goto(`/articles/${slug}`);
    expect(shown?.status()).toBe(200);
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(reader.getByRole("main")).toContainText(sentence);
    await reader.goto(`/search?q=${word}`);
    await expect(
      reader.getByRole("main").getByRole("link", { name: title, exact: true }),
    ).toBeVisible();

    // The newsroom shows it as published too; unpublishing takes it off the site again.
    await openEditor(desk, articleId);
    await expect(statusLine(desk)).toContainText("Published");
    await desk.getByRole("button", { name: "Unpublish", exact: true }).click();
    await expectWorkflowDone(desk, "Draft", "Back to draft. It is no longer on the site.");
    expect(await publicStatus()).toBe(404);

    await Promise.all([editor.close(), anonymous.close()]);
  });
});
