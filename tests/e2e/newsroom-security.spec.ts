import { test, type BrowserContext, type Page } from "@playwright/test";
import { DEMO } from "./auth-helpers";
import { BOND, SUBSCRIBER_ARTICLE, draftArticles } from "./content";
import {
  articleIdByTitle,
  callServerAction,
  clientServerActionId,
  contextAs,
  createDraftViaForm,
  editorBody,
  openEditor,
  putArticle,
  saveNow,
  saveState,
  statusLine,
  titleInput,
  toolbarButton,
  uniqueWord,
  type SavePayload,
  expect,
} from "./newsroom-helpers";

/**
 * The newsroom's checks hold when the UI is bypassed: the save endpoint, the workflow
 * Server Action and the upload refuse what the person may not do, with a message, and
 * leave the stored article as it was.
 */

const FORBIDDEN_HEADING = "You do not have access to this page";
/** A draft by another author (Tomás Okafor, who has no account): never the writer's. */
const OTHERS_DRAFT = draftArticles.find((draft) => !draft.authors.includes("daniel-reyes"))!;

/** The writer's own new draft with one sentence, saved; returns what a save sends. */
async function writerDraft(page: Page, word: string) {
  const title = `Security Draft ${word}`;
  const sentence = `The original sentence of ${word}.`;
  const articleId = await createDraftViaForm(page, title);
  await editorBody(page).click();
  await page.keyboard.type(sentence);
  const { payload, version } = await saveNow(page, articleId);
  const slug = payload.fields.slug;
  return { articleId, title, sentence, payload, version, slug };
}

test.describe("newsroom: what the endpoints refuse", () => {
  test.describe.configure({ timeout: 240_000 });
  let editor: BrowserContext;
  let writer: BrowserContext;
  let anonymous: BrowserContext;
  let othersDraftId: string;
  let bondId: string;
  let ownPublishedId: string;

  test.beforeAll(async ({ browser }, testInfo) => {
    const context = await contextAs(browser, testInfo.project.use.baseURL, DEMO.editor.email);
    const desk = await context.newPage();
    othersDraftId = await articleIdByTitle(desk, OTHERS_DRAFT.title);
    bondId = await articleIdByTitle(desk, BOND.title);
    ownPublishedId = await articleIdByTitle(desk, SUBSCRIBER_ARTICLE.title);
    await context.close();
  });

  test.beforeEach(async ({ browser, baseURL }) => {
    editor = await contextAs(browser, baseURL, DEMO.editor.email);
    writer = await contextAs(browser, baseURL, DEMO.writer.email);
    anonymous = await browser.newContext({ baseURL });
  });

  test.afterEach(async () => {
    await Promise.all([editor.close(), writer.close(), anonymous.close()]);
  });

  test("a writer's PUT to another author's article, or to their own published one, is 403 and changes nothing", async () => {
    const page = await writer.newPage();
    const own = await writerDraft(page, uniqueWord("sec"));
    const hijack = (payload: SavePayload, version: number): SavePayload => ({
      ...payload,
      version,
      fields: { ...payload.fields, title: `Hijacked ${own.slug}`, slug: `hijacked-${own.slug}` },
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Overwritten." }] }],
      },
    });

    for (const [label, id, message] of [
      [
        `"${OTHERS_DRAFT.title}" (another author's draft)`,
        othersDraftId,
        "You can only edit articles you are an author of.",
      ],
      [
        `"${BOND.title}" (another author's published article)`,
        bondId,
        "You can only edit articles you are an author of.",
      ],
      [
        `"${SUBSCRIBER_ARTICLE.title}" (the writer's own, published)`,
        ownPublishedId,
        "This article is scheduled or published; ask an editor to change it.",
      ],
    ] as const) {
      // Whatever version is claimed, the answer is the same.
      for (const version of [1, 2, 50]) {
        const answer = await putArticle(writer.request, id, hijack(own.payload, version));
        expect(answer.status, `PUT ${label} as version ${version}`).toBe(403);
        expect(answer.json, label).toEqual({ ok: false, error: message });
      }
    }

    // Unchanged: on the site…
    for (const [slug, title] of [
      [BOND.slug, BOND.title],
      [SUBSCRIBER_ARTICLE.slug, SUBSCRIBER_ARTICLE.title],
    ]) {
      const reader = await anonymous.newPage();
      expect((await reader.goto(`/articles/${slug}`))?.status()).toBe(200);
      await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(reader.getByRole("main")).not.toContainText("Overwritten.");
      await reader.close();
    }
    expect((await anonymous.request.get(`/articles/hijacked-${own.slug}`)).status()).toBe(404);
    // …and in the newsroom.
    const desk = await editor.newPage();
    await openEditor(desk, othersDraftId);
    await expect(titleInput(desk)).toHaveValue(OTHERS_DRAFT.title);
    await expect(editorBody(desk)).not.toContainText("Overwritten.");
    await expect(statusLine(desk)).toContainText("In review");

    // The writer cannot even open those articles in the newsroom.
    for (const path of [
      `/editor/articles/${othersDraftId}`,
      `/editor/articles/${othersDraftId}/preview`,
      `/editor/articles/${othersDraftId}/revisions`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), `writer GET ${path}`).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: FORBIDDEN_HEADING })).toBeVisible();
    }
  });

  test("a writer calling the workflow Server Action directly cannot publish, schedule or archive", async () => {
    const page = await writer.newPage();
    const own = await writerDraft(page, uniqueWord("act"));
    // The action the editor's workflow buttons call, taken from the page's own code.
    const actionId = await clientServerActionId(page, "workflowAction");
    const editorPath = `/editor/articles/${own.articleId}`;
    const soon = new Date(Date.now() + 60 * 60_000).toISOString();
    const attempts: [string, unknown[], string][] = [
      [
        "publish own draft",
        [own.articleId, "PUBLISHED"],
        "Only editors can publish, schedule or archive.",
      ],
      [
        "schedule own draft",
        [own.articleId, "SCHEDULED", soon],
        "Only editors can publish, schedule or archive.",
      ],
      [
        "archive own draft",
        [own.articleId, "ARCHIVED"],
        "Only editors can publish, schedule or archive.",
      ],
      [
        "publish another author's draft",
        [othersDraftId, "PUBLISHED"],
        "Only editors can publish, schedule or archive.",
      ],
      [
        "send another author's article back to draft",
        [othersDraftId, "DRAFT"],
        "You can only submit articles you are an author of.",
      ],
    ];
    for (const [label, args, message] of attempts) {
      const answer = await callServerAction(writer.request, editorPath, actionId, args);
      expect(answer.status, label).toBe(200);
      expect(answer.text, label).toContain(message);
      expect(answer.text, label).toContain('"ok":false');
    }

    // The call itself works (the writer's own step is allowed), so the refusals above are real.
    const allowed = await callServerAction(writer.request, editorPath, actionId, [
      own.articleId,
      "IN_REVIEW",
    ]);
    expect(allowed.text).toContain("Submitted for review.");

    expect((await anonymous.request.get(`/articles/${own.slug}`)).status()).toBe(404);
    expect((await anonymous.request.get(`/articles/${OTHERS_DRAFT.slug}`)).status()).toBe(404);
    await openEditor(page, own.articleId);
    await expect(statusLine(page)).toContainText("In review");
    const desk = await editor.newPage();
    await openEditor(desk, othersDraftId);
    await expect(statusLine(desk)).toContainText("In review");
  });

  test("an HTML file named evil.jpg is refused by the upload dialog and nothing is inserted", async () => {
    const page = await writer.newPage();
    const word = uniqueWord("evil");
    const own = await writerDraft(page, word);
    await editorBody(page).click();
    await page.keyboard.press("ControlOrMeta+End");
    await toolbarButton(page, "Insert image").click();
    const dialog = page.getByRole("dialog", { name: "Insert an image" });
    await dialog.getByLabel(/^Image file/).setInputFiles({
      name: "evil.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from(
        "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>",
      ),
    });
    await dialog.getByLabel("Alt text", { exact: true }).fill(`Not an image ${word}`);
    const uploaded = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/editor/media",
    );
    await dialog.getByRole("button", { name: "Upload and use", exact: true }).click();
    expect((await uploaded).status()).toBe(422);
    await expect(dialog.getByRole("alert")).toHaveText(
      "Only JPEG, PNG, WebP and GIF images can be uploaded (this file is not one of them, whatever its name).",
    );
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(editorBody(page).locator("figure")).toHaveCount(0);
    await expect(saveState(page)).toHaveAttribute("data-save-state", "saved");
    // Not in the media library either.
    const library = (await (await page.request.get("/api/editor/media")).json()) as {
      items: { alt: string }[];
    };
    expect(library.items.map((item) => item.alt)).not.toContain(`Not an image ${word}`);
    // The stored article is as it was.
    await openEditor(page, own.articleId);
    await expect(editorBody(page)).toHaveText(own.sentence);
  });

  test("a body with a script node or a javascript: link is refused with 422 and nothing is stored", async () => {
    const page = await writer.newPage();
    const own = await writerDraft(page, uniqueWord("xss"));
    const withBody = (body: unknown): SavePayload => ({
      ...own.payload,
      version: own.version,
      body,
    });

    const script = await putArticle(
      writer.request,
      own.articleId,
      withBody({
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Harmless." }] },
          { type: "script", content: [{ type: "text", text: "alert(document.cookie)" }] },
        ],
      }),
    );
    expect(script.status).toBe(422);
    expect(script.json?.ok).toBe(false);
    expect((script.json?.errors as Record<string, string>)?.body).toMatch(
      /^The article body is not valid: /,
    );

    for (const href of [
      "javascript:alert(document.cookie)",
      " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
    ]) {
      const link = await putArticle(
        writer.request,
        own.articleId,
        withBody({
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [
                { type: "text", text: "Click me", marks: [{ type: "link", attrs: { href } }] },
              ],
            },
          ],
        }),
      );
      expect(link.status, href).toBe(422);
      expect((link.json?.errors as Record<string, string>)?.body, href).toContain(
        "Links must start with http://, https://, mailto: or / (no javascript: or data: links).",
      );
    }

    // The toolbar refuses the same address before anything is sent.
    await editorBody(page).click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Shift+ArrowLeft");
    await toolbarButton(page, "Add link").click();
    await page.getByLabel("Link address", { exact: true }).fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Apply link", exact: true }).click();
    await expect(
      page.getByText("Use an address starting with https://, http://, mailto: or /."),
    ).toBeVisible();
    await expect(editorBody(page).getByRole("link")).toHaveCount(0);
    await page.getByRole("button", { name: "Cancel", exact: true }).click();

    // Stored text unchanged, and its version too: a save from the last good version works.
    await openEditor(page, own.articleId);
    await expect(editorBody(page)).toHaveText(own.sentence);
    const preview = await page.goto(`/editor/articles/${own.articleId}/preview`);
    expect(preview?.status()).toBe(200);
    await expect(page.getByRole("main")).not.toContainText("Click me");
    await expect(page.getByRole("main")).not.toContainText("alert(");
    const good = await putArticle(writer.request, own.articleId, withBody(own.payload.body));
    expect(good.status).toBe(200);
    expect(good.json?.version).toBe(own.version + 1);
  });

  test("readers and visitors are kept out of the newsroom and its endpoints", async ({
    browser,
    baseURL,
  }) => {
    const reader = await contextAs(browser, baseURL, DEMO.reader.email);
    const page = await reader.newPage();
    for (const path of [
      "/editor",
      "/editor/articles/new",
      `/editor/articles/${othersDraftId}`,
      `/editor/articles/${bondId}/revisions`,
      `/editor/articles/${bondId}/preview`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), `reader GET ${path}`).toBe(403);
      await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
      await expect(page.getByRole("heading", { level: 1, name: FORBIDDEN_HEADING })).toBeVisible();
      await expect(editorBody(page)).toHaveCount(0);
    }

    const body = {
      version: 1,
      fields: {
        title: "Reader was here",
        slug: "reader-was-here",
        visibility: "PUBLIC",
        authorIds: ["x"],
      },
      body: { type: "doc", content: [{ type: "paragraph" }] },
    };
    const asReader = await putArticle(reader.request, othersDraftId, body);
    expect(asReader.status).toBe(403);
    const asNobody = await putArticle(anonymous.request, othersDraftId, body);
    expect(asNobody.status).toBe(401);
    for (const request of [reader.request, anonymous.request]) {
      const media = await request.get("/api/editor/media");
      expect([401, 403]).toContain(media.status());
      const upload = await request.post("/api/editor/media", {
        multipart: {
          file: { name: "photo.png", mimeType: "image/png", buffer: Buffer.from("x") },
        },
      });
      expect([401, 403]).toContain(upload.status());
    }
    await reader.close();
  });
});
