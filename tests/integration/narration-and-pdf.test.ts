import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { MAX_NARRATION_BYTES, removeNarration, uploadNarration } from "@/lib/articles/narration";
import { db } from "@/lib/db";
import { privateFiles } from "@/lib/files/private-files";
import { attachIssuePdf, removeIssuePdf } from "@/lib/issues/issue-pdf";
import { GET as narrationGet } from "@/app/api/articles/[slug]/narration/route";
import {
  DELETE as narrationDelete,
  POST as narrationPost,
} from "@/app/api/editor/articles/[id]/narration/route";
import { POST as pdfPost } from "@/app/api/editor/issues/[id]/pdf/route";
import { GET as pdfGet } from "@/app/(site)/issues/[slug]/pdf/route";
import { createArticle, createAuthor } from "../factories";
import { createUser, type TestUser } from "./account-helpers";
import { appError } from "./newsroom-helpers";
import { body, chunks, lapsedSubscriber, SAMPLES, subscriber } from "./paywall-files-helpers";

// Route handlers read the session through getCurrentUser; tests choose who is asking.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
// revalidatePath needs a Next.js request; what it refreshes is not under test here.
vi.mock("@/lib/articles/revalidate-site", () => ({ revalidateSite: () => {} }));

const signIn = (user: TestUser | null) => {
  session.user = user && { ...user.actor, name: user.name, email: user.email };
};

beforeEach(() => signIn(null));

/** An article written by `writer` (their author profile), in the given status. */
async function articleBy(writer: TestUser | null, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") {
  const author = writer
    ? await db.author.upsert({
        where: { userId: writer.id },
        create: { slug: `w-${writer.id}`, name: writer.name, bio: "", userId: writer.id },
        update: {},
        select: { id: true },
      })
    : await createAuthor();
  return createArticle({ authorIds: [author.id], status, visibility: "PUBLIC" });
}

async function auditActions(targetId: string) {
  const rows = await db.auditEntry.findMany({
    where: { targetId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true },
  });
  return rows.map((row) => row.action);
}

const upload = (url: string, data: Uint8Array, type = "application/octet-stream") =>
  new Request(url, {
    method: "POST",
    headers: { "Content-Type": type, "Content-Length": String(data.byteLength) },
    body: new Uint8Array(data),
  });

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("narration uploads", () => {
  it("lets a writer add, replace and remove the narration of their own draft, audited, old files removed", async () => {
    const writer = await createUser({ role: "WRITER" });
    const article = await articleBy(writer, "DRAFT");
    const first = await uploadNarration(db, privateFiles, writer.actor, {
      articleId: article.id,
      body: chunks(SAMPLES.mp3WithId3),
    });
    expect(first).toMatchObject({ type: "audio/mpeg", size: SAMPLES.mp3WithId3.byteLength });
    const firstKey = (await db.article.findUniqueOrThrow({ where: { id: article.id } }))
      .narrationKey!;
    expect(await privateFiles.get(firstKey)).toEqual(SAMPLES.mp3WithId3);

    await uploadNarration(db, privateFiles, writer.actor, {
      articleId: article.id,
      body: chunks(SAMPLES.m4a),
    });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.narrationType).toBe("audio/mp4");
    expect(row.narrationKey).not.toBe(firstKey);
    expect(await privateFiles.get(firstKey)).toBeNull();

    await removeNarration(db, privateFiles, writer.actor, { articleId: article.id });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after).toMatchObject({ narrationKey: null, narrationType: null });
    expect(await privateFiles.get(row.narrationKey!)).toBeNull();
    expect(await auditActions(article.id)).toEqual([
      "article.narration.upload",
      "article.narration.replace",
      "article.narration.remove",
    ]);
  });

  it("refuses readers, other writers' articles, and writers once published; editors may", async () => {
    const writer = await createUser({ role: "WRITER" });
    const other = await createUser({ role: "WRITER" });
    const reader = await createUser();
    const editor = await createUser({ role: "EDITOR" });
    const draft = await articleBy(writer, "DRAFT");
    const published = await articleBy(writer, "PUBLISHED");
    const send = (actor: TestUser["actor"] | null, articleId: string) =>
      uploadNarration(db, privateFiles, actor, { articleId, body: chunks(SAMPLES.mp3Frames) });

    expect((await appError(send(null, draft.id))).code).toBe("UNAUTHENTICATED");
    expect((await appError(send(reader.actor, draft.id))).code).toBe("FORBIDDEN");
    expect((await appError(send(other.actor, draft.id))).code).toBe("FORBIDDEN");
    expect((await appError(send(writer.actor, published.id))).code).toBe("FORBIDDEN");
    expect((await appError(send(editor.actor, "no-such-article"))).code).toBe("NOT_FOUND");
    await send(editor.actor, published.id);
    expect(
      (await db.article.findUniqueOrThrow({ where: { id: published.id } })).narrationType,
    ).toBe("audio/mpeg");
    expect(await db.article.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      narrationKey: null,
    });
  });

  it.each([
    ["HTML renamed .mp3", SAMPLES.html, /Only MP3 and M4A/],
    ["SVG", SAMPLES.svg, /Only MP3 and M4A/],
    ["a PDF", SAMPLES.pdf, /Only MP3 and M4A/],
    ["an empty file", SAMPLES.empty, /empty/],
  ])("refuses %s with a clear message and stores nothing", async (_name, data, message) => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await articleBy(null);
    const error = await appError(
      uploadNarration(db, privateFiles, editor.actor, {
        articleId: article.id,
        body: chunks(data),
      }),
    );
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(message);
    expect(
      (await db.article.findUniqueOrThrow({ where: { id: article.id } })).narrationKey,
    ).toBeNull();
    expect(await auditActions(article.id)).toEqual([]);
  });

  it("refuses a narration over 100 MB while it streams", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await articleBy(null);
    async function* huge() {
      yield SAMPLES.mp3Frames;
      const block = new Uint8Array(8 * 1024 * 1024);
      for (let sent = 0; sent <= MAX_NARRATION_BYTES; sent += block.byteLength) yield block;
    }
    const error = await appError(
      uploadNarration(db, privateFiles, editor.actor, { articleId: article.id, body: huge() }),
    );
    expect(error.message).toMatch(/larger than 100 MB/);
  });

  it("POST and DELETE /api/editor/articles/[id]/narration check the session and the body", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const reader = await createUser();
    const article = await articleBy(null);
    const url = `http://localhost/api/editor/articles/${article.id}/narration`;

    const anonymous = await narrationPost(
      upload(url, SAMPLES.mp3Frames),
      params({ id: article.id }),
    );
    expect(anonymous.status).toBe(401);
    signIn(reader);
    expect(
      (await narrationPost(upload(url, SAMPLES.mp3Frames), params({ id: article.id }))).status,
    ).toBe(403);

    signIn(editor);
    const asForm = await narrationPost(
      upload(url, SAMPLES.mp3Frames, "multipart/form-data; boundary=x"),
      params({ id: article.id }),
    );
    expect(asForm.status).toBe(415);
    const impostor = await narrationPost(upload(url, SAMPLES.html), params({ id: article.id }));
    expect(impostor.status).toBe(422);
    expect(await impostor.json()).toMatchObject({ ok: false, error: expect.stringMatching(/MP3/) });

    const ok = await narrationPost(upload(url, SAMPLES.m4a), params({ id: article.id }));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ ok: true, file: { label: "M4A audio, 3 kB" } });

    const removed = await narrationDelete(
      new Request(url, { method: "DELETE" }),
      params({ id: article.id }),
    );
    expect(await removed.json()).toEqual({ ok: true, file: null });
    expect(
      (await db.article.findUniqueOrThrow({ where: { id: article.id } })).narrationKey,
    ).toBeNull();
  });
});

describe("GET /api/articles/[slug]/narration", () => {
  async function narrated() {
    const editor = await createUser({ role: "EDITOR" });
    const article = await articleBy(null);
    await uploadNarration(db, privateFiles, editor.actor, {
      articleId: article.id,
      body: chunks(SAMPLES.mp3WithId3),
    });
    return article;
  }
  const listen = (slug: string, range?: string) =>
    narrationGet(
      new Request(`http://localhost/api/articles/${slug}/narration`, {
        headers: range ? { Range: range } : {},
      }),
      params({ slug }),
    );

  it("is 403 for anyone who is not a subscriber, even on a public article", async () => {
    const article = await narrated();
    for (const who of [null, await createUser(), await lapsedSubscriber()]) {
      signIn(who);
      const response = await listen(article.slug);
      expect(response.status, who?.email ?? "anonymous").toBe(403);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(await body(response)).not.toContain(SAMPLES.mp3WithId3.subarray(0, 16));
    }
  });

  it("plays the whole file to a subscriber, and any range of it", async () => {
    const article = await narrated();
    signIn(await subscriber());
    const size = SAMPLES.mp3WithId3.byteLength;

    const whole = await listen(article.slug);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/mpeg");
    expect(whole.headers.get("cache-control")).toBe("private, no-store");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(await body(whole)).toEqual(SAMPLES.mp3WithId3);

    const part = await listen(article.slug, "bytes=20-1019");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 20-1019/${size}`);
    expect(await body(part)).toEqual(SAMPLES.mp3WithId3.subarray(20, 1020));

    const open = await listen(article.slug, "bytes=4000-");
    expect(open.status).toBe(206);
    expect(await body(open)).toEqual(SAMPLES.mp3WithId3.subarray(4000));

    const past = await listen(article.slug, `bytes=${size + 10}-`);
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${size}`);
  });

  it("is 404 for an unpublished article and for an article without a narration", async () => {
    signIn(await subscriber());
    const editor = await createUser({ role: "EDITOR" });
    const draft = await articleBy(null, "DRAFT");
    await uploadNarration(db, privateFiles, editor.actor, {
      articleId: draft.id,
      body: chunks(SAMPLES.mp3Frames),
    });
    expect((await listen(draft.slug)).status).toBe(404);
    expect((await listen((await articleBy(null)).slug)).status).toBe(404);
    expect((await listen("no-such-article")).status).toBe(404);
    expect((await listen("..%2F..%2Fetc")).status).toBe(404);
  });
});

describe("issue PDFs", () => {
  async function issueWithPdf(published = true) {
    const editor = await createUser({ role: "EDITOR" });
    const n = Math.floor(Math.random() * 900) + 1;
    const issue = await db.magazineIssue.create({
      data: {
        slug: `issue-${editor.id}`,
        title: "The bridge issue",
        volume: 1000 + n,
        number: n,
        publishedOn: new Date(Date.now() - 86_400_000),
        published,
      },
      select: { id: true, slug: true, volume: true, number: true },
    });
    await attachIssuePdf(db, privateFiles, editor.actor, {
      issueId: issue.id,
      body: chunks(SAMPLES.pdf),
    });
    return { issue, editor };
  }
  const download = (slug: string, range?: string) =>
    pdfGet(
      new Request(`http://localhost/issues/${slug}/pdf`, {
        headers: range ? { Range: range } : {},
      }),
      params({ slug }),
    );

  it("only editors attach one, only PDFs, audited; replacing removes the old file", async () => {
    const { issue, editor } = await issueWithPdf();
    const writer = await createUser({ role: "WRITER" });
    const attach = (actor: TestUser["actor"] | null, data: Uint8Array) =>
      attachIssuePdf(db, privateFiles, actor, { issueId: issue.id, body: chunks(data) });

    expect((await appError(attach(writer.actor, SAMPLES.pdf))).code).toBe("FORBIDDEN");
    expect((await appError(attach(null, SAMPLES.pdf))).code).toBe("UNAUTHENTICATED");
    for (const impostor of [SAMPLES.html, SAMPLES.svg, SAMPLES.mp3WithId3]) {
      const error = await appError(attach(editor.actor, impostor));
      expect(error.message).toMatch(/Only a PDF/);
    }
    expect((await appError(attach(editor.actor, SAMPLES.empty))).message).toMatch(/empty/);

    const firstKey = (await db.magazineIssue.findUniqueOrThrow({ where: { id: issue.id } }))
      .pdfKey!;
    await attach(editor.actor, SAMPLES.pdf);
    const secondKey = (await db.magazineIssue.findUniqueOrThrow({ where: { id: issue.id } }))
      .pdfKey!;
    expect(secondKey).not.toBe(firstKey);
    expect(await privateFiles.get(firstKey)).toBeNull();
    await removeIssuePdf(db, privateFiles, editor.actor, { issueId: issue.id });
    expect(await privateFiles.get(secondKey)).toBeNull();
    expect(await auditActions(issue.id)).toEqual([
      "issue.pdf.attach",
      "issue.pdf.replace",
      "issue.pdf.remove",
    ]);
  });

  it("sends anonymous readers to sign in and non-subscribers to the plans, with no PDF bytes", async () => {
    const { issue } = await issueWithPdf();
    const anonymous = await download(issue.slug);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(
      `/signin?from=${encodeURIComponent(`/issues/${issue.slug}/pdf`)}`,
    );
    expect(await body(anonymous)).toHaveLength(0);

    for (const who of [await createUser(), await lapsedSubscriber()]) {
      signIn(who);
      const refused = await download(issue.slug);
      expect(refused.status).toBe(303);
      expect(refused.headers.get("location")).toBe("/subscribe");
      expect(await body(refused)).toHaveLength(0);
    }
  });

  it("downloads to a subscriber, whole or by range, as an attachment never cached", async () => {
    const { issue } = await issueWithPdf();
    signIn(await subscriber());
    const response = await download(issue.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="the-meridian-vol-${issue.volume}-no-${issue.number}.pdf"`,
    );
    expect(await body(response)).toEqual(SAMPLES.pdf);

    const part = await download(issue.slug, "bytes=0-4");
    expect(part.status).toBe(206);
    expect((await body(part)).toString("latin1")).toBe("%PDF-");
    expect((await download(issue.slug, "bytes=999999-")).status).toBe(416);
  });

  it("is 404 for an unpublished issue and an issue without a PDF, whoever asks", async () => {
    const { issue } = await issueWithPdf(false);
    signIn(await subscriber());
    expect((await download(issue.slug)).status).toBe(404);
    expect((await download("no-such-issue")).status).toBe(404);
  });

  it("POST /api/editor/issues/[id]/pdf takes the raw file from an editor only", async () => {
    const { issue, editor } = await issueWithPdf();
    const url = `http://localhost/api/editor/issues/${issue.id}/pdf`;
    signIn(await createUser({ role: "WRITER" }));
    expect((await pdfPost(upload(url, SAMPLES.pdf), params({ id: issue.id }))).status).toBe(403);
    signIn(editor);
    const impostor = await pdfPost(
      upload(url, SAMPLES.svg, "image/svg+xml"),
      params({ id: issue.id }),
    );
    expect(impostor.status).toBe(422);
    const ok = await pdfPost(upload(url, SAMPLES.pdf, "application/pdf"), params({ id: issue.id }));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({
      ok: true,
      file: { label: expect.stringMatching(/^PDF, /) },
    });
  });
});
