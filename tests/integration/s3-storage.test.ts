import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { isPdf } from "@/lib/files/file-types";
import type { PrivateFiles } from "@/lib/files/private-files";
import { createS3PrivateFiles } from "@/lib/files/s3-private-files";
import { createS3MediaStorage } from "@/lib/media/s3-storage";
import type { MediaStorage } from "@/lib/media/storage";
import { createS3Bucket, deleteUnder, type S3Bucket } from "@/lib/storage/s3";
import { startFakeS3, type FakeS3 } from "../support/fake-s3";
import { chunks, SAMPLES } from "./paywall-files-helpers";

/**
 * The S3 implementations of MediaStorage and PrivateFiles against an S3-compatible server
 * (tests/support/fake-s3.ts), through the real AWS SDK. Keys live under a folder
 * (S3_PREFIX), as on a bucket shared with other sites.
 */

const MB = 1024 * 1024;

let fake: FakeS3;
let s3: S3Bucket;
let media: MediaStorage;
let files: PrivateFiles;

beforeAll(async () => {
  fake = await startFakeS3({ prefix: "meridian/test" });
  // One socket for readers' downloads: a download left running when its reader went away
  // would hold it, and the next read would wait for it (the early-exit test below).
  s3 = createS3Bucket(fake.settings, { streamSockets: 1 });
  media = createS3MediaStorage(s3);
  files = createS3PrivateFiles(s3);
});
afterAll(async () => {
  s3?.client.destroy();
  s3?.streams.destroy();
  await fake?.close();
});
beforeEach(() => {
  fake.failAborts = false;
});
// One failing test must not leave objects that make the next ones fail too.
afterEach(() => deleteUnder(s3, "meridian/test/"));

/** Distinct bytes, so a range read from the wrong place cannot pass. */
function pattern(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 8)) % 251;
  return bytes;
}

const pdfOf = (length: number) =>
  Buffer.concat([SAMPLES.pdf, pattern(Math.max(0, length - SAMPLES.pdf.byteLength))]);

const acceptPdf = (maxBytes = 10_000) => ({
  maxBytes,
  tooLarge: () => new Error("too large"),
  checkHead: (head: Uint8Array) => {
    if (!isPdf(head)) throw new Error("not a PDF");
  },
});

async function read(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** For megabytes: a failure names the sizes and the first difference, not a diff of every byte. */
function expectSameBytes(actual: Buffer, expected: Buffer) {
  expect(actual.byteLength).toBe(expected.byteLength);
  const at = actual.findIndex((byte, i) => byte !== expected[i]);
  expect(at, "first differing byte").toBe(-1);
}

/** Requests the server saw from `from` on. */
const seenSince = (from: number) => fake.requests.slice(from);

describe("S3 media storage", () => {
  it("puts, gets and removes a folder of sizes, under media/ in the site's folder", async () => {
    const small = pattern(3000);
    const large = pattern(9000);
    await media.put("uploads/2026-11/abc/480.webp", small);
    await media.put("uploads/2026-11/abc/960.webp", large);
    // A sibling whose name starts the same must survive the folder's removal.
    await media.put("uploads/2026-11/abcd/480.webp", small);
    expect(await fake.keys("meridian/test/")).toEqual([
      "meridian/test/media/uploads/2026-11/abc/480.webp",
      "meridian/test/media/uploads/2026-11/abc/960.webp",
      "meridian/test/media/uploads/2026-11/abcd/480.webp",
    ]);
    expect(await media.get("uploads/2026-11/abc/960.webp")).toEqual(large);

    await media.remove("uploads/2026-11/abc");
    expect(await media.get("uploads/2026-11/abc/480.webp")).toBeNull();
    expect(await media.get("uploads/2026-11/abc/960.webp")).toBeNull();
    expect(await fake.keys("meridian/test/media/")).toEqual([
      "meridian/test/media/uploads/2026-11/abcd/480.webp",
    ]);
    await media.remove("uploads/2026-11/abcd");
    await media.remove("uploads/2026-11/never-there");
    expect(await fake.keys("meridian/test/media/")).toEqual([]);
  });

  it("answers null for a key it does not have", async () => {
    expect(await media.get("uploads/2026-11/missing/480.webp")).toBeNull();
  });

  it("refuses keys that could climb out or are not image sizes, without asking S3", async () => {
    const before = fake.requests.length;
    for (const key of [
      "../private/issues/x.webp",
      "uploads/../../private/x.webp",
      "/etc/passwd.webp",
      "uploads/2026-11/abc/480.png",
      "Uploads/x.webp",
      "",
    ]) {
      expect(await media.get(key), key).toBeNull();
      await expect(media.put(key, Buffer.from("x")), key).rejects.toThrow(/Refusing/);
    }
    for (const prefix of ["", "../private", "/uploads", "uploads/.."])
      await expect(media.remove(prefix), prefix).rejects.toThrow(/Bad media prefix/);
    expect(seenSince(before)).toEqual([]);
  });

  it("deletes a large folder a page at a time, each batch with the Content-MD5 strict servers demand", async () => {
    for (let i = 0; i < 7; i++) await media.put(`batch/f${i}/480.webp`, pattern(100));
    const before = fake.requests.length;
    await deleteUnder(s3, "meridian/test/media/batch/", 3);
    expect(await fake.keys("meridian/test/media/batch/")).toEqual([]);
    const deletes = seenSince(before).filter((r) => r.method === "POST" && r.query.has("delete"));
    expect(deletes).toHaveLength(3); // 3 + 3 + 1
    for (const request of deletes) {
      expect(request.headers["content-md5"]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Object.keys(request.headers).filter((h) => h.startsWith("x-amz-checksum-"))).toEqual(
        [],
      );
    }
  });
});

describe("S3 private files", () => {
  it("stores a small file in one request under a key of its own; gets, stats, ranges and removes it", async () => {
    const before = fake.requests.length;
    const stored = await files.put("issues", chunks(SAMPLES.pdf, 333), acceptPdf());
    expect(stored.key).toMatch(/^issues\/\d{4}-\d{2}\/[0-9a-f]{32}$/);
    expect(stored).toMatchObject({ size: SAMPLES.pdf.byteLength });
    expect(Buffer.from(stored.head)).toEqual(SAMPLES.pdf.subarray(0, 16));
    expect(seenSince(before).map((r) => r.method)).toEqual(["PUT"]);
    expect(await fake.keys("meridian/test/private/")).toEqual([
      `meridian/test/private/${stored.key}`,
    ]);

    expect(await files.get(stored.key)).toEqual(SAMPLES.pdf);
    expect(await files.stat(stored.key)).toEqual({ size: SAMPLES.pdf.byteLength });
    const opened = (await files.open(stored.key))!;
    expect(opened.size).toBe(SAMPLES.pdf.byteLength);
    expect(await read(opened.stream({ start: 100, end: 199 }))).toEqual(
      SAMPLES.pdf.subarray(100, 200),
    );
    expect(await read(opened.stream())).toEqual(SAMPLES.pdf);
    const ranged = fake.requests.filter((r) => r.method === "GET" && r.headers.range);
    expect(ranged.at(-1)?.headers).toMatchObject({ range: "bytes=100-199" });

    await files.remove(stored.key);
    expect(await files.get(stored.key)).toBeNull();
    expect(await files.stat(stored.key)).toBeNull();
    expect(await files.open(stored.key)).toBeNull();
    expect(await fake.keys("meridian/test/private/")).toEqual([]);
  });

  it("streams a large file up in parts and reads ranges across a part boundary", async () => {
    const data = pdfOf(11 * MB + 12345);
    const before = fake.requests.length;
    const stored = await files.put("narrations", chunks(data, 64 * 1024), acceptPdf(20 * MB));
    expect(stored.size).toBe(data.byteLength);
    const parts = seenSince(before).filter((r) => r.method === "PUT" && r.query.has("partNumber"));
    expect(parts).toHaveLength(3);
    expect(await fake.pendingUploads()).toEqual([]);

    const opened = (await files.open(stored.key))!;
    expect(opened.size).toBe(data.byteLength);
    const start = 5 * MB - 1000;
    expectSameBytes(
      await read(opened.stream({ start, end: start + 2999 })),
      data.subarray(start, start + 3000),
    );
    const tail = await read(
      opened.stream({ start: data.byteLength - 10, end: data.byteLength - 1 }),
    );
    expectSameBytes(tail, data.subarray(data.byteLength - 10));
    expectSameBytes((await files.get(stored.key))!, data);
    await files.remove(stored.key);
  });

  it("stops the download when the reader goes away early", async () => {
    const data = pdfOf(3 * MB);
    const stored = await files.put("narrations", chunks(data, 256 * 1024), acceptPdf(4 * MB));
    const opened = (await files.open(stored.key))!;
    const stream = opened.stream();
    for await (const part of stream) {
      expect((part as Buffer).byteLength).toBeGreaterThan(0);
      break; // destroys the stream
    }
    expect(stream.destroyed).toBe(true);
    // The file is still whole for the next reader.
    expectSameBytes(await read(opened.stream({ start: 0, end: 9 })), data.subarray(0, 10));
    await files.remove(stored.key);
  });

  it("refuses an impostor at its first bytes without sending anything", async () => {
    const before = fake.requests.length;
    await expect(files.put("issues", chunks(SAMPLES.html), acceptPdf())).rejects.toThrow(
      "not a PDF",
    );
    await expect(files.put("issues", chunks(SAMPLES.empty), acceptPdf())).rejects.toThrow(
      "not a PDF",
    );
    // A large impostor too: refused at its first chunk, before a part is uploaded.
    const bigHtml = Buffer.concat([SAMPLES.html, pattern(12 * MB)]);
    await expect(
      files.put("issues", chunks(bigHtml, 64 * 1024), acceptPdf(20 * MB)),
    ).rejects.toThrow("not a PDF");
    expect(seenSince(before)).toEqual([]);
    expect(await fake.keys("meridian/test/private/")).toEqual([]);
  });

  it("refuses a small file over the limit before sending it", async () => {
    const before = fake.requests.length;
    await expect(files.put("issues", chunks(pdfOf(15_000)), acceptPdf(10_000))).rejects.toThrow(
      "too large",
    );
    expect(seenSince(before)).toEqual([]);
    expect(await fake.keys("meridian/test/private/")).toEqual([]);
  });

  it("aborts a multipart upload that grows past the limit, leaving no object and no parts", async () => {
    const before = fake.requests.length;
    await expect(
      files.put("narrations", chunks(pdfOf(13 * MB), 64 * 1024), acceptPdf(12 * MB)),
    ).rejects.toThrow("too large");
    const seen = seenSince(before);
    expect(seen.filter((r) => r.method === "PUT" && r.query.has("partNumber")).length).toBe(2);
    expect(seen.filter((r) => r.method === "DELETE" && r.query.has("uploadId"))).toHaveLength(1);
    expect(seen.filter((r) => r.method === "POST" && r.query.has("uploadId"))).toEqual([]);
    expect(await fake.pendingUploads()).toEqual([]);
    expect(await fake.keys("meridian/test/private/")).toEqual([]);
  });

  it("still reports the refusal, not the abort's failure, when the server cannot abort", async () => {
    fake.failAborts = true;
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(
        files.put("narrations", chunks(pdfOf(11 * MB), 64 * 1024), acceptPdf(6 * MB)),
      ).rejects.toThrow("too large");
      expect(log).toHaveBeenCalledWith(
        expect.stringMatching(/Could not abort the upload of narrations\//),
        expect.anything(),
      );
    } finally {
      log.mockRestore();
    }
    expect(await fake.keys("meridian/test/private/")).toEqual([]);
  });

  it("refuses keys it did not make, without asking S3", async () => {
    const before = fake.requests.length;
    for (const key of [
      "../media/uploads/x/480.webp",
      "issues/2026-11/../../media/x",
      "/etc/passwd",
      "issues/2026-11/%2e%2e",
      "issues\\2026-11\\abc",
      "issues/2026-11/0123456789abcdef0123456789abcdef/..",
      "issues/2026-11/0123456789ABCDEF0123456789ABCDEF",
      "",
    ]) {
      expect(await files.get(key), key).toBeNull();
      expect(await files.stat(key), key).toBeNull();
      expect(await files.open(key), key).toBeNull();
      await expect(files.remove(key), key).rejects.toThrow(/Refusing/);
    }
    await expect(files.put("../up", chunks(SAMPLES.pdf), acceptPdf())).rejects.toThrow(/prefix/);
    expect(seenSince(before)).toEqual([]);
  });

  it("answers null for a well-formed key it does not have", async () => {
    const key = "issues/2026-11/0123456789abcdef0123456789abcdef";
    expect(await files.get(key)).toBeNull();
    expect(await files.stat(key)).toBeNull();
    expect(await files.open(key)).toBeNull();
    await files.remove(key); // removing what is gone is not an error, as on disk
  });

  it("says the storage is not answering when S3 is down, and keeps nothing", async () => {
    // A port nothing listens on: the store is down.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const down = createS3Bucket({ ...fake.settings, endpoint });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(
        createS3PrivateFiles(down).put("issues", chunks(pdfOf(1000)), acceptPdf()),
      ).rejects.toMatchObject({
        code: "UNAVAILABLE",
        status: 503,
        message: expect.stringMatching(/file storage is not answering/),
      });
      expect(errors).toHaveBeenCalled();
    } finally {
      down.client.destroy();
      down.streams.destroy();
    }
    expect(await fake.keys("private/")).toEqual([]);
  });
});
