import { test } from "@playwright/test";
import { DEMO } from "../e2e/auth-helpers";
import {
  contextAs,
  createDraftViaForm,
  editorBody,
  expect,
  expectWorkflowDone,
  saveNow,
  slugInput,
  uniqueWord,
} from "../e2e/newsroom-helpers";
import { serverA, serverB } from "./cluster";

/**
 * Every server keeps anonymous copies of public pages in its own memory (scripts/page-cache.mjs);
 * publishing on one server must empty them on all (through Redis), so no server goes on
 * showing a front page without the new article.
 */
test("published on server A, the new article is on server B's cached front page at once", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = serverA();
  const b = serverB();
  const word = uniqueWord("cluster");
  const title = `The Two Harbours ${word}`;
  const sentence = `Both quays of ${word} opened on the same morning.`;

  // A reader on B: the front page, asked until B answers it from its page cache.
  const anonymous = await browser.newContext({ baseURL: b.origin });
  const reader = await anonymous.newPage();
  expect((await reader.goto("/"))?.status()).toBe(200);
  await expect(reader.getByRole("region", { name: "Latest" })).toBeVisible();
  await expect
    .poll(async () => (await anonymous.request.get("/")).headers()["x-page-cache"], {
      message: "B should answer its front page from its page cache",
    })
    .toBe("HIT");

  // The editor writes and publishes the article on A.
  const editor = await contextAs(browser, a.origin, DEMO.editor.email);
  const desk = await editor.newPage();
  const articleId = await createDraftViaForm(desk, title);
  expect(articleId).toBeTruthy();
  await editorBody(desk).click();
  await desk.keyboard.type(sentence);
  await saveNow(desk, articleId);
  const slug = await slugInput(desk).inputValue();
  // Asked on B before publishing: not there yet.
  expect((await anonymous.request.get(`/articles/${slug}`)).status()).toBe(404);
  await desk.getByRole("button", { name: "Publish now", exact: true }).click();
  await expectWorkflowDone(desk, "Published", "Published. It is on the site now.");

  // At once, on B: one load of the front page (no waiting for it to change) shows it...
  const front = await reader.goto("/");
  expect(front?.status()).toBe(200);
  const headline = reader
    .getByRole("region", { name: "Latest" })
    .getByRole("link", { name: title, exact: true });
  await expect(headline).toBeVisible({ timeout: 5_000 });
  expect(reader.url()).toBe(`${b.origin}/`);

  // ...and B serves the article itself.
  await headline.click();
  await expect(reader).toHaveURL(`${b.origin}/articles/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole("main")).toContainText(sentence);
  expect((await anonymous.request.get(`/articles/${slug}`)).status()).toBe(200);

  await Promise.all([editor.close(), anonymous.close()]);
});
