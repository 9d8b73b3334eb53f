import fs from "node:fs";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { privateFiles } from "@/lib/files/private-files";
import { mediaStorage } from "@/lib/media/storage";
import { GET as narrationGet } from "@/app/api/articles/[slug]/narration/route";
import { POST as narrationPost } from "@/app/api/editor/articles/[id]/narration/route";
import { POST as mediaPost } from "@/app/api/editor/media/route";
import { GET as mediaGet } from "@/app/media/[...path]/route";
import { createArticle } from "../factories";
import { createUser, type TestUser } from "./account-helpers";
import { body, SAMPLES, subscriber } from "./paywall-files-helpers";

/**
 * S3 chosen the way a server chooses it: S3_* in the environment when lib/env.ts is first
 * read. The fake server starts and the variables are set before anything from lib/ loads;
 * then the app's own singletons and route handlers are used, unchanged.
 */
const { fake, saved } = await vi.hoisted(async () => {
  const { startFakeS3 } = await import("../support/fake-s3");
  const fake = await startFakeS3();
  const saved = { ...process.env };
  Object.assign(process.env, {
    S3_BUCKET: fake.settings.bucket,
    S3_ENDPOINT: fake.settings.endpoint,
    S3_ACCESS_KEY_ID: fake.settings.accessKeyId,
    S3_SECRET_ACCESS_KEY: fake.settings.secretAccessKey,
    S3_PREFIX: "site",
  });
  return { fake, saved };
});

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/articles/revalidate-site", () => ({ revalidateSite: () => {} }));

const signIn = (user: TestUser | null) => {
  session.user = user && { ...user.actor, name: user.name, email: user.email };
};

beforeEach(() => signIn(null));
afterAll(async () => {
  process.env = saved;
  await fake.close();
});

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/** Files under a folder on disk (none expected: S3 is selected). */
const onDisk = (dir: string | undefined) =>
  dir && fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }) : [];

describe("with S3_BUCKET set", () => {
  it("the app's storages write to the bucket, under the site's folder, and nothing to disk", async () => {
    await mediaStorage.put("probe/a/480.webp", Buffer.from("probe"));
    const stored = await privateFiles.put(
      "issues",
      (async function* () {
        yield SAMPLES.pdf;
      })(),
      { maxBytes: 1e6, tooLarge: () => new Error("too large"), checkHead: () => {} },
    );
    expect(await fake.keys()).toEqual(
      [`site/media/probe/a/480.webp`, `site/private/${stored.key}`].sort(),
    );
    expect(onDisk(process.env.UPLOADS_DIR)).toEqual([]);
    expect(onDisk(process.env.PRIVATE_FILES_DIR)).toEqual([]);
    await mediaStorage.remove("probe");
    await privateFiles.remove(stored.key);
    expect(await fake.keys()).toEqual([]);
  });

  it("an image uploaded through the newsroom's route is stored in S3 and served by /media", async () => {
    signIn(await createUser({ role: "EDITOR" }));
    const png = await sharp({
      create: { width: 2000, height: 1000, channels: 3, background: { r: 20, g: 90, b: 160 } },
    })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set("file", new File([new Uint8Array(png)], "photo.png", { type: "image/png" }));
    form.set("alt", "A blue field");
    const created = await mediaPost(
      new Request("http://localhost/api/editor/media", { method: "POST", body: form }),
    );
    expect(created.status).toBe(201);
    const { media } = (await created.json()) as { media: { key: string; variants: number[] } };
    expect(media.variants).toEqual([480, 960, 1600]);
    expect(await fake.keys(`site/media/${media.key}/`)).toEqual(
      [480, 960, 1600].map((w) => `site/media/${media.key}/${w}.webp`).sort(),
    );

    const served = await mediaGet(
      new Request(`http://localhost/media/${media.key}/960.webp`),
      params({ path: [...media.key.split("/"), "960.webp"] }),
    );
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(await body(served)).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 960, height: 480 });

    const missing = await mediaGet(
      new Request(`http://localhost/media/${media.key}/123.webp`),
      params({ path: [...media.key.split("/"), "123.webp"] }),
    );
    expect(missing.status).toBe(404);
    const climbing = await mediaGet(
      new Request("http://localhost/media/x"),
      params({ path: ["..", "private", "issues", "x.webp"] }),
    );
    expect(climbing.status).toBe(404);
  });

  it("a narration streamed up through the editor's route is served from S3 to subscribers, with ranges", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ visibility: "PUBLIC" });
    const upload = (data: Uint8Array, type: string) =>
      narrationPost(
        new Request(`http://localhost/api/editor/articles/${article.id}/narration`, {
          method: "POST",
          headers: { "Content-Type": type, "Content-Length": String(data.byteLength) },
          body: new Uint8Array(data),
        }),
        params({ id: article.id }),
      );

    signIn(editor);
    expect((await upload(SAMPLES.html, "audio/mpeg")).status).toBe(422);
    expect(await fake.keys("site/private/")).toEqual([]);
    expect((await upload(SAMPLES.m4a, "audio/mp4")).status).toBe(201);
    const first = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).narrationKey!;
    expect((await upload(SAMPLES.mp3WithId3, "audio/mpeg")).status).toBe(201);
    const key = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).narrationKey!;
    // The replaced recording is gone from the bucket; only the new one is there.
    expect(await fake.keys("site/private/")).toEqual([`site/private/${key}`]);
    expect(key).not.toBe(first);

    const listen = (range?: string) =>
      narrationGet(
        new Request(`http://localhost/api/articles/${article.slug}/narration`, {
          headers: range ? { Range: range } : {},
        }),
        params({ slug: article.slug }),
      );
    signIn(await createUser());
    expect((await listen()).status).toBe(403);

    signIn(await subscriber());
    const size = SAMPLES.mp3WithId3.byteLength;
    const whole = await listen();
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/mpeg");
    expect(whole.headers.get("content-length")).toBe(String(size));
    expect(await body(whole)).toEqual(SAMPLES.mp3WithId3);

    const part = await listen("bytes=1000-1999");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${size}`);
    expect(await body(part)).toEqual(SAMPLES.mp3WithId3.subarray(1000, 2000));

    const tail = await listen("bytes=-10");
    expect(await body(tail)).toEqual(SAMPLES.mp3WithId3.subarray(size - 10));
    expect((await listen(`bytes=${size}-`)).status).toBe(416);
  });
});
