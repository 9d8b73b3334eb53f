import { test } from "@playwright/test";
import { DEMO } from "../e2e/auth-helpers";
import {
  contextAs,
  createDraftViaForm,
  editorBody,
  expect,
  localDateTimeFromNow,
  openEditor,
  saveNow,
  slugInput,
  statusLine,
  uniqueWord,
} from "../e2e/newsroom-helpers";
import { countRows, serverA, withDb } from "./cluster";

/**
 * Both app servers run a scheduler (scripts/cluster.mjs, each ticking every second here).
 * A Redis lease lets one tick at a time, and publishing claims the article in the
 * database; either way a scheduled article is published once, not once per server.
 */
test("an article scheduled a few seconds ahead is published by the schedulers exactly once", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const word = uniqueWord("clsched");
  const title = `The Night Ferry ${word}`;
  const sentence = `The ${word} ferry leaves at midnight.`;

  const editor = await contextAs(browser, serverA().origin, DEMO.editor.email);
  const desk = await editor.newPage();
  const articleId = await createDraftViaForm(desk, title);
  await editorBody(desk).click();
  await desk.keyboard.type(sentence);
  await saveNow(desk, articleId);
  const slug = await slugInput(desk).inputValue();

  const due = await localDateTimeFromNow(desk, 10_000);
  await desk.getByLabel("Publish at", { exact: true }).fill(due.value);
  await expect(desk.getByLabel("Publish at", { exact: true })).toHaveValue(due.shown);
  await desk.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(statusLine(desk)).toContainText("Scheduled");

  // Nobody acts: the site (through nginx, either server) shows it once it is due.
  const anonymous = await browser.newContext({ baseURL });
  await expect
    .poll(
      async () => (await anonymous.request.get(`/articles/${slug}`, { maxRedirects: 0 })).status(),
      {
        message: `/articles/${slug} should be published by a scheduler`,
        timeout: 60_000,
        intervals: [500],
      },
    )
    .toBe(200);
  expect(Date.now(), "not before its time").toBeGreaterThanOrEqual(due.epochMs);
  const reader = await anonymous.newPage();
  await reader.goto(`/articles/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole("main")).toContainText(sentence);

  // The newsroom shows it published.
  await openEditor(desk, articleId);
  await expect(statusLine(desk)).toContainText("Published");

  // One publication recorded, by the schedule, for this article.
  const published = await withDb(async (client) => {
    const { rows } = await client.query<{ actorId: string | null; after: string | null }>(
      `SELECT "actorId", "after" FROM "AuditEntry"
        WHERE "action" = 'article.status.published' AND "targetId" = $1`,
      [articleId],
    );
    return rows;
  });
  expect(published, "exactly one 'article.status.published' audit entry").toHaveLength(1);
  expect(published[0]!.actorId).toBeNull();
  expect(JSON.parse(published[0]!.after ?? "{}")).toMatchObject({
    status: "PUBLISHED",
    by: "schedule",
  });
  // And the article itself is published.
  expect(
    await countRows(`SELECT count(*) FROM "Article" WHERE "id" = $1 AND "status" = 'PUBLISHED'`, [
      articleId,
    ]),
  ).toBe(1);

  await Promise.all([editor.close(), anonymous.close()]);
});
