import fs from "node:fs";
import { test } from "@playwright/test";
import { DEMO, expectSignedInAs, gotoForm, newUser, waitForHydration } from "./auth-helpers";
import {
  archiveIfPublic,
  articleSettings,
  contextAs,
  createDraftViaForm,
  editorBody,
  expect,
  expectWorkflowDone,
  saveNow,
  uniqueWord,
} from "./newsroom-helpers";
import { SERVER_LOG, waitForEmail } from "./server-log";

/**
 * Newsletters end to end: a reader signs up to "New articles" on the sign-up form, an
 * editor publishes with "email it", the scheduler (every second in tests) sends the email,
 * which is read from the server log (no SMTP in tests), and its unsubscribe link works
 * signed out; so does the one-click POST that mail apps make.
 */
let toTakeDown: string[] = [];
test.afterEach(async ({ browser, baseURL }) => {
  for (const id of toTakeDown) await archiveIfPublic(browser, baseURL, id);
  toTakeDown = [];
});

/** The List-Unsubscribe header logged with the newest email to `to` (between To and Subject). */
function listUnsubscribeHeader(to: string): string | null {
  const lines = fs.readFileSync(SERVER_LOG, "utf8").split("\n");
  let found: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== `To: ${to}`) continue;
    for (let j = i + 1; j < lines.length && !lines[j]!.startsWith("Subject: "); j++) {
      const match = /^List-Unsubscribe: <(.+)>$/.exec(lines[j]!);
      if (match) found = match[1]!;
    }
  }
  return found;
}

test("a reader signed up to the newsletter gets the published article by email and can unsubscribe signed out", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(180_000);
  const word = uniqueWord("mail");
  const title = `Letters from the Lighthouse <${word}>`;
  const dek = `What the keepers of ${word} point saw in a winter of storms`;
  const sentence = `The lamp at ${word} point burned every night of the year.`;

  // 1. A new reader ticks "New articles" when creating the account.
  const reader = newUser("Newsletter Reader");
  await gotoForm(page, "/signup");
  await page.getByLabel("Name", { exact: true }).fill(reader.name);
  await page.getByLabel("Email", { exact: true }).fill(reader.email);
  await page.getByLabel("Password", { exact: true }).fill(reader.password);
  await page.getByLabel("Confirm password", { exact: true }).fill(reader.password);
  await page.getByRole("checkbox", { name: "New articles" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expectSignedInAs(page, reader.name);
  await expect(page.getByRole("checkbox", { name: "New articles" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "The new issue" })).not.toBeChecked();

  // 2. An editor writes an article and publishes it with "email it".
  const editor = await contextAs(browser, baseURL, DEMO.editor.email);
  const desk = await editor.newPage();
  const articleId = await createDraftViaForm(desk, title);
  toTakeDown.push(articleId);
  await desk.getByLabel("Dek", { exact: true }).fill(dek);
  await editorBody(desk).click();
  await desk.keyboard.type(sentence);
  await saveNow(desk, articleId);
  const settings = articleSettings(desk);
  await expect(settings.getByRole("radio", { name: "Don’t email it" })).toBeChecked();
  await settings.getByRole("radio", { name: /^Everyone signed up to “New articles”/ }).check();
  await settings.getByRole("button", { name: "Publish now", exact: true }).click();
  await expectWorkflowDone(desk, "Published", /email to newsletter readers is on its way/);

  // 3. The email arrives (the scheduler sends it), with the article in it.
  const email = await waitForEmail(reader.email, { subject: title, timeout: 60_000 });
  expect(email.body).toContain(title.toUpperCase());
  expect(email.body).toContain(dek);
  expect(email.body).toContain(sentence);
  expect(email.body).toMatch(/Read it on the site: http\S+\/articles\//);
  const unsubscribeUrl = /^Unsubscribe: (\S+)$/m.exec(email.body)?.[1];
  expect(unsubscribeUrl, "the email's footer has an unsubscribe link").toBeTruthy();
  const oneClick = listUnsubscribeHeader(reader.email);
  expect(oneClick, "the email has a List-Unsubscribe header").toMatch(
    /\/api\/newsletters\/unsubscribe\?token=/,
  );

  // The editor sees what was sent.
  await expect(settings.getByRole("status", { name: "Newsletter email" })).toContainText(
    "1 sent, 0 failed",
    { timeout: 30_000 },
  );

  // 4. The link works without signing in: a page naming the newsletter, and a button.
  const stranger = await browser.newContext({ baseURL });
  const signedOut = await stranger.newPage();
  await signedOut.goto(new URL(unsubscribeUrl!).pathname + new URL(unsubscribeUrl!).search);
  await waitForHydration(signedOut);
  const main = signedOut.getByRole("main");
  await expect(main).toContainText(`Stop sending “New articles” to ${reader.email}?`);
  await main.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(main.getByRole("status")).toContainText(
    `${reader.email} no longer receives “New articles”`,
  );
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "New articles" })).not.toBeChecked();

  // 5. Signed up again on /account; a mail app's one-click POST unsubscribes at once.
  await page.getByRole("checkbox", { name: "New articles" }).check();
  await page.getByRole("button", { name: "Save newsletters" }).click();
  await expect(
    page.getByRole("main").getByRole("status").filter({ hasText: "Saved." }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "New articles" })).toBeChecked();
  const forged = await stranger.request.post(
    `/api/newsletters/unsubscribe?token=${encodeURIComponent("x.y.forged")}`,
    { form: { "List-Unsubscribe": "One-Click" } },
  );
  expect(forged.status()).toBe(404);
  const oneClickPath = new URL(oneClick!).pathname + new URL(oneClick!).search;
  // Anything but the one-click field is refused, so a form elsewhere cannot pass for a mail app.
  const other = await stranger.request.post(oneClickPath, { form: { unsubscribe: "yes" } });
  expect(other.status()).toBe(400);
  // RFC 8058's own example posts multipart/form-data.
  const posted = await stranger.request.post(oneClickPath, {
    multipart: { "List-Unsubscribe": "One-Click" },
  });
  expect(posted.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "New articles" })).not.toBeChecked();

  await stranger.close();
  await editor.close();
});
