import fs from "node:fs";
import path from "node:path";
import { test, expect as baseExpect, type APIRequestContext } from "@playwright/test";
import { CLUSTER_DIR, FAKE_S3 } from "../../playwright.cluster.config";
import { DEMO, DEMO_PASSWORD, signedInContext } from "../e2e/auth-helpers";
import {
  createDraftViaForm,
  expectImageLoaded,
  makePng,
  toolbarButton,
} from "../e2e/newsroom-helpers";
import { PDF_ISSUE } from "../e2e/paywall-content";
import { listKeys } from "../support/fake-s3";
import { serverA, serverB } from "./cluster";

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Uploads and private files in S3-compatible storage (S3_*): the cluster's two app
 * servers keep them in one bucket (tests/cluster/fake-s3-server.ts) and share no disk, so
 * a file one server stored reaches the other only through the bucket. The folders the
 * servers would use without S3 (UPLOADS_DIR, PRIVATE_FILES_DIR) must stay empty.
 */

const bucketKeys = (prefix: string) =>
  listKeys(`http://127.0.0.1:${FAKE_S3.port}`, FAKE_S3.bucket, `${FAKE_S3.prefix}/${prefix}`);

/** Files in the folder the servers would use without S3 (cluster.mjs sets both). */
function filesOnDisk(folder: "uploads" | "private"): string[] {
  const dir = path.resolve(CLUSTER_DIR, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((entry) => fs.statSync(path.join(dir, entry)).isFile());
}

/** The bytes of `pathname` from server A and from server B, which must agree. */
async function fromBothServers(request: APIRequestContext, pathname: string) {
  const answers = [];
  for (const server of [serverA(), serverB()]) {
    const response = await request.get(`${server.origin}${pathname}`);
    expect(response.status(), `${pathname} on ${server.origin}`).toBe(200);
    answers.push({ type: response.headers()["content-type"], body: await response.body() });
  }
  expect(answers[1]!.type).toBe(answers[0]!.type);
  expect(answers[1]!.body.equals(answers[0]!.body), `${pathname}: A and B differ`).toBe(true);
  return answers[0]!;
}

test("the demo's photos and issue PDF were seeded into the bucket, and both servers serve the photos", async ({
  request,
}) => {
  const photos = await bucketKeys("media/");
  expect(photos.length, "the seeded photos should be in the bucket").toBeGreaterThan(0);
  expect(await bucketKeys("private/issues/")).toHaveLength(1);

  const front = await (await request.get(`${serverB().origin}/`)).text();
  const src = /src="(\/media\/[^"]+\.webp)"/.exec(front)?.[1];
  expect(src, "the front page should show a photo from /media").toBeTruthy();
  const photo = await fromBothServers(request, src!);
  expect(photo.type).toBe("image/webp");
  expect(photos).toContain(`${FAKE_S3.prefix}${src}`);

  expect(filesOnDisk("uploads")).toEqual([]);
  expect(filesOnDisk("private")).toEqual([]);
});

test("a photo uploaded in the editor on server A is stored in the bucket and served by server B", async ({
  browser,
  request,
}) => {
  const context = await signedInContext(browser, serverA().origin, DEMO.editor.email);
  const page = await context.newPage();
  await createDraftViaForm(page, `Harbour photo ${Date.now().toString(36)}`);
  await toolbarButton(page, "Insert image").click();
  const dialog = page.getByRole("dialog", { name: "Insert an image" });
  await dialog.getByLabel(/^Image file/).setInputFiles(await makePng(1000, 600));
  await dialog.getByLabel("Alt text", { exact: true }).fill("The harbour at dusk");
  await dialog.getByRole("button", { name: "Upload and use", exact: true }).click();
  await expect(dialog).toBeHidden();
  const image = page.locator("figure").getByRole("img", { name: "The harbour at dusk" });
  await expectImageLoaded(image);
  const src = new URL((await image.evaluate((img: HTMLImageElement) => img.currentSrc))!).pathname;
  expect(src).toMatch(/^\/media\/.+\.webp$/);
  await context.close();

  expect(await bucketKeys(src.slice(1))).toEqual([`${FAKE_S3.prefix}${src}`]);
  const served = await fromBothServers(request, src);
  expect(served.type).toBe("image/webp");
  expect(filesOnDisk("uploads")).toEqual([]);
});

test("a subscriber signed in on server A downloads the issue PDF from server B, by byte range; anonymous visitors do not", async ({
  browser,
  playwright,
}) => {
  const b = serverB();
  const anonymous = await playwright.request.newContext();
  const refused = await anonymous.get(`${b.origin}/issues/${PDF_ISSUE}/pdf`, { maxRedirects: 0 });
  expect(refused.status()).toBe(303);
  expect((await refused.body()).subarray(0, 5).toString()).not.toBe("%PDF-");
  await anonymous.dispose();

  const context = await signedInContext(
    browser,
    serverA().origin,
    DEMO.subscriber.email,
    DEMO_PASSWORD,
  );
  // The session cookie A set: Chromium's jar keys it by host, so B (another port) gets it.
  const whole = await context.request.get(`${b.origin}/issues/${PDF_ISSUE}/pdf`);
  expect(whole.status()).toBe(200);
  const pdf = await whole.body();
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  const part = await context.request.get(`${b.origin}/issues/${PDF_ISSUE}/pdf`, {
    headers: { range: "bytes=100-299" },
  });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toBe(`bytes 100-299/${pdf.length}`);
  expect((await part.body()).equals(pdf.subarray(100, 300))).toBe(true);
  await context.close();
  expect(filesOnDisk("private")).toEqual([]);
});
