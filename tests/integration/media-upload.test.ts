import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDiskStorage, type MediaStorage } from "@/lib/media/storage";
import { MAX_UPLOAD_BYTES, listMedia, sniffImageType, uploadImage } from "@/lib/media/upload-image";
import { appError, newsroomUser } from "./newsroom-helpers";

type Format = "png" | "jpeg" | "webp" | "gif";

/** A real, decodable image of the given size and format. */
function image(format: Format, width = 64, height = 48): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } },
  })
    .toFormat(format)
    .toBuffer();
}

let root: string;
let storage: MediaStorage;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "media-upload-test-"));
  storage = createDiskStorage(root);
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** Every file under the storage root, relative to it. */
async function storedFiles(): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

const HTML = Buffer.from("<!doctype html><html><script>alert(document.cookie)</script></html>");
const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);

describe("sniffImageType", () => {
  it.each(["png", "jpeg", "webp", "gif"] as const)("recognises a real %s", async (format) => {
    expect(sniffImageType(await image(format))).toBe(format);
  });

  it("recognises nothing else, whatever the file is called", () => {
    expect(sniffImageType(HTML)).toBeNull();
    expect(sniffImageType(SVG)).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
    expect(sniffImageType(Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt "))).toBeNull();
    expect(sniffImageType(Buffer.from("%PDF-1.7\n"))).toBeNull();
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
});

describe("uploadImage", () => {
  it("stores WebP variants at the responsive widths and records the media row", async () => {
    const writer = await newsroomUser("WRITER");
    const bytes = await image("png", 2000, 1000);
    const media = await uploadImage(db, storage, writer, {
      bytes,
      details: { alt: "  A red field ", caption: "Caption", credit: "Photo: Desk" },
    });
    expect(media).toMatchObject({
      key: expect.stringMatching(/^uploads\/\d{4}-\d{2}\/[0-9a-f]{16}$/),
      width: 1600,
      height: 800,
      variants: "480,960,1600",
      alt: "A red field",
      caption: "Caption",
      credit: "Photo: Desk",
    });
    const row = await db.media.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ uploadedById: writer.id, mimeType: "image/webp" });

    for (const width of [480, 960, 1600]) {
      const file = path.join(root, media.key, `${width}.webp`);
      const data = await fs.readFile(file);
      expect(sniffImageType(data)).toBe("webp");
      const meta = await sharp(data).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", width, width / 2]);
    }
    expect(await storage.get(`${media.key}/960.webp`)).not.toBeNull();
  });

  it.each(["jpeg", "webp", "gif"] as const)(
    "accepts a %s and never upscales a small one",
    async (format) => {
      const editor = await newsroomUser("EDITOR");
      const media = await uploadImage(db, storage, editor, {
        bytes: await image(format, 300, 200),
      });
      expect(media).toMatchObject({ width: 300, height: 200, variants: "300", alt: "" });
      const data = await fs.readFile(path.join(root, media.key, "300.webp"));
      expect((await sharp(data).metadata()).width).toBe(300);
    },
  );

  it("stores an EXIF-rotated phone photo upright", async () => {
    const writer = await newsroomUser("WRITER");
    // Stored 800×400 sideways; EXIF orientation 6 says: show it rotated, 400×800.
    const bytes = await sharp({
      create: { width: 800, height: 400, channels: 3, background: "#336699" },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const media = await uploadImage(db, storage, writer, { bytes });
    const largest = Number(media.variants.split(",").at(-1));
    const stored = await sharp(
      await fs.readFile(path.join(root, media.key, `${largest}.webp`)),
    ).metadata();
    expect(stored.height! / stored.width!).toBe(2);
  });

  it("gives an EXIF-rotated photo the row dimensions of its stored variants", async () => {
    const writer = await newsroomUser("WRITER");
    const bytes = await sharp({
      create: { width: 800, height: 400, channels: 3, background: "#336699" },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const media = await uploadImage(db, storage, writer, { bytes });
    expect(media).toMatchObject({ width: 400, height: 800, variants: "400" });
  });

  it.each([
    ["HTML bytes (named photo.jpg by the browser)", HTML, /Only JPEG, PNG, WebP and GIF/],
    ["an SVG", SVG, /Only JPEG, PNG, WebP and GIF/],
    ["an empty file", Buffer.alloc(0), /empty/],
  ])("refuses %s, storing nothing", async (_name, bytes, message) => {
    const writer = await newsroomUser("WRITER");
    const before = { rows: await db.media.count(), files: await storedFiles() };
    const error = await appError(uploadImage(db, storage, writer, { bytes }));
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(message);
    expect({ rows: await db.media.count(), files: await storedFiles() }).toEqual(before);
  });

  it("refuses a file over 10 MB before reading it", async () => {
    const writer = await newsroomUser("WRITER");
    const bytes = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    (await image("png")).copy(bytes);
    const before = await db.media.count();
    const error = await appError(uploadImage(db, storage, writer, { bytes }));
    expect(error).toMatchObject({ code: "INVALID", message: expect.stringMatching(/10 MB/) });
    expect(await db.media.count()).toBe(before);
  });

  it("refuses an undecodable image (truncated PNG, or HTML behind JPEG magic), leaving no files", async () => {
    const writer = await newsroomUser("WRITER");
    const png = await image("png", 640, 480);
    const truncated = png.subarray(0, 24); // signature and part of IHDR
    const disguised = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), HTML]);
    for (const bytes of [truncated, disguised]) {
      expect(sniffImageType(bytes)).not.toBeNull();
      const before = { rows: await db.media.count(), files: await storedFiles() };
      const error = await appError(uploadImage(db, storage, writer, { bytes }));
      expect(error).toMatchObject({
        code: "INVALID",
        message: expect.stringMatching(/could not be read/),
      });
      expect({ rows: await db.media.count(), files: await storedFiles() }).toEqual(before);
    }
  });

  it("says the storage is not answering, not that a good image is damaged, and keeps no row or file", async () => {
    const writer = await newsroomUser("WRITER");
    const bytes = await image("png", 1200, 800);
    // The first variant is stored, then the store goes away (S3 stops answering).
    let puts = 0;
    const failing: MediaStorage = {
      ...storage,
      put: async (key, data) => {
        if (++puts > 1) throw new Error("connect ETIMEDOUT 127.0.0.1:9000");
        await storage.put(key, data);
      },
    };
    const before = { rows: await db.media.count(), files: await storedFiles() };
    const error = await appError(uploadImage(db, failing, writer, { bytes }));
    expect(error).toMatchObject({
      code: "UNAVAILABLE",
      status: 503,
      message: expect.stringMatching(/could not be saved: file storage is not answering/),
    });
    expect({ rows: await db.media.count(), files: await storedFiles() }).toEqual(before);
  });

  it("refuses details that are too long", async () => {
    const writer = await newsroomUser("WRITER");
    const before = { rows: await db.media.count(), files: await storedFiles() };
    const error = await appError(
      uploadImage(db, storage, writer, {
        bytes: await image("png"),
        details: { alt: "x".repeat(501) },
      }),
    );
    expect(error).toMatchObject({ code: "INVALID", message: expect.stringMatching(/alt text/) });
    expect({ rows: await db.media.count(), files: await storedFiles() }).toEqual(before);
  });

  it("is only for the newsroom", async () => {
    const reader = await newsroomUser("READER");
    const before = { rows: await db.media.count(), files: await storedFiles() };
    const bytes = await image("png");
    expect((await appError(uploadImage(db, storage, reader, { bytes }))).code).toBe("FORBIDDEN");
    expect((await appError(uploadImage(db, storage, null, { bytes }))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect({ rows: await db.media.count(), files: await storedFiles() }).toEqual(before);
  });
});

describe("listMedia", () => {
  it("pages the library by 24, newest first", async () => {
    const writer = await newsroomUser("WRITER");
    await db.media.deleteMany();
    const base = Date.UTC(2030, 0, 1);
    await db.media.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        key: `uploads/2030-01/list-${String(i).padStart(2, "0")}`,
        mimeType: "image/webp",
        width: 480,
        height: 320,
        variants: "480",
        alt: `Image ${i}`,
        createdAt: new Date(base + i * 60_000),
      })),
    });
    const first = await listMedia(db, writer, { page: 1 });
    expect(first).toMatchObject({ page: 1, total: 25, totalPages: 2 });
    expect(first.items).toHaveLength(24);
    expect(first.items[0]!.alt).toBe("Image 24");
    expect(first.items.at(-1)!.alt).toBe("Image 1");
    const second = await listMedia(db, writer, { page: 2 });
    expect(second.items.map((m) => m.alt)).toEqual(["Image 0"]);

    expect((await listMedia(db, writer, { page: 0 })).page).toBe(1);
    expect((await listMedia(db, writer, { page: 1.7 })).page).toBe(1);
    expect((await listMedia(db, writer, { page: 9 })).items).toEqual([]);
    expect((await listMedia(db, writer)).items).toHaveLength(24);
  });

  it("is only for the newsroom", async () => {
    const reader = await newsroomUser("READER");
    expect((await appError(listMedia(db, reader))).code).toBe("FORBIDDEN");
    expect((await appError(listMedia(db, null))).code).toBe("UNAUTHENTICATED");
  });
});
