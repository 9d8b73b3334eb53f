import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPdf, sniffAudioType } from "@/lib/files/file-types";
import { createPrivateFiles, type PrivateFiles } from "@/lib/files/private-files";
import { parseRange, serveFile } from "@/lib/files/serve-file";
import { body, chunks, SAMPLES } from "./paywall-files-helpers";

describe("sniffAudioType and isPdf", () => {
  it("recognise real MP3 (ID3 tag or bare frames), M4A and PDF files", () => {
    expect(sniffAudioType(SAMPLES.mp3WithId3)).toBe("audio/mpeg");
    expect(sniffAudioType(SAMPLES.mp3Frames)).toBe("audio/mpeg");
    expect(sniffAudioType(SAMPLES.m4a)).toBe("audio/mp4");
    expect(sniffAudioType(SAMPLES.mp4Isom)).toBe("audio/mp4");
    expect(isPdf(SAMPLES.pdf)).toBe(true);
  });

  it.each([
    ["HTML renamed .mp3", SAMPLES.html],
    ["SVG", SAMPLES.svg],
    ["an empty file", SAMPLES.empty],
    ["a JPEG", SAMPLES.jpeg],
    ["AAC in ADTS", SAMPLES.adts],
    ["a QuickTime movie", SAMPLES.quicktime],
    ["a malformed ID3 tag", SAMPLES.fakeId3],
    ["a PDF", SAMPLES.pdf],
  ])("refuse %s as audio", (_name, data) => {
    expect(sniffAudioType(data)).toBeNull();
  });

  it.each([
    ["HTML", SAMPLES.html],
    ["SVG", SAMPLES.svg],
    ["an empty file", SAMPLES.empty],
    ["an MP3", SAMPLES.mp3WithId3],
    ["a bare %PDF with no version", Buffer.from("%PDF-")],
    ["a PDF signature that is not at the start", Buffer.from(" %PDF-1.4")],
  ])("refuse %s as a PDF", (_name, data) => {
    expect(isPdf(data)).toBe(false);
  });
});

describe("parseRange", () => {
  it("reads the three forms of a single range", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ kind: "partial", start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ kind: "partial", start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ kind: "partial", start: 900, end: 999 });
    expect(parseRange("bytes=-5000", 1000)).toEqual({ kind: "partial", start: 0, end: 999 });
    expect(parseRange("bytes=990-5000", 1000)).toEqual({ kind: "partial", start: 990, end: 999 });
  });

  it("answers unsatisfiable past the end, and ignores what it cannot honour", () => {
    expect(parseRange("bytes=1000-", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange(null, 1000)).toEqual({ kind: "full" });
    expect(parseRange("bytes=5-2", 1000)).toEqual({ kind: "full" });
    expect(parseRange("bytes=0-1,5-6", 1000)).toEqual({ kind: "full" });
    expect(parseRange("items=0-1", 1000)).toEqual({ kind: "full" });
    expect(parseRange("bytes=-", 1000)).toEqual({ kind: "full" });
  });
});

let root: string;
let files: PrivateFiles;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "private-files-test-"));
  files = createPrivateFiles(root);
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function everyFile(): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const acceptPdf = {
  maxBytes: 10_000,
  tooLarge: () => new Error("too large"),
  checkHead: (head: Uint8Array) => {
    if (!isPdf(head)) throw new Error("not a PDF");
  },
};

describe("private file storage", () => {
  it("stores under a random key of its own, and gets, stats, streams ranges and removes", async () => {
    const stored = await files.put("issues", chunks(SAMPLES.pdf, 333), acceptPdf);
    expect(stored.key).toMatch(/^issues\/\d{4}-\d{2}\/[0-9a-f]{32}$/);
    expect(stored.size).toBe(SAMPLES.pdf.byteLength);
    expect(await files.get(stored.key)).toEqual(SAMPLES.pdf);
    expect(await files.stat(stored.key)).toEqual({ size: SAMPLES.pdf.byteLength });

    const opened = (await files.open(stored.key))!;
    expect(opened.size).toBe(SAMPLES.pdf.byteLength);
    const parts: Buffer[] = [];
    for await (const part of opened.stream({ start: 100, end: 199 })) parts.push(part as Buffer);
    expect(Buffer.concat(parts)).toEqual(SAMPLES.pdf.subarray(100, 200));

    await files.remove(stored.key);
    expect(await files.get(stored.key)).toBeNull();
    expect(await files.stat(stored.key)).toBeNull();
    expect(await files.open(stored.key)).toBeNull();
  });

  it("refuses an impostor at its first bytes and an oversized file mid-stream, keeping nothing", async () => {
    await expect(files.put("issues", chunks(SAMPLES.html), acceptPdf)).rejects.toThrow("not a PDF");
    await expect(files.put("issues", chunks(SAMPLES.empty), acceptPdf)).rejects.toThrow(
      "not a PDF",
    );
    const big = Buffer.concat([SAMPLES.pdf, Buffer.alloc(10_000)]);
    await expect(files.put("issues", chunks(big, 4096), acceptPdf)).rejects.toThrow("too large");
    expect(await everyFile()).toEqual([]);
  });

  it("refuses keys that could leave its folder or were not made by it", async () => {
    const secret = path.join(path.dirname(root), `${path.basename(root)}-secret.txt`);
    await fs.writeFile(secret, "not for readers");
    try {
      const relative = path.relative(root, secret);
      for (const key of [
        relative,
        `../${path.basename(secret)}`,
        "issues/2026-11/../../../etc/passwd",
        "/etc/passwd",
        "issues/2026-11/%2e%2e",
        "issues\\2026-11\\abc",
        "issues/2026-11/0123456789abcdef0123456789abcdef/..",
        "",
      ]) {
        expect(await files.get(key), key).toBeNull();
        expect(await files.stat(key), key).toBeNull();
        expect(await files.open(key), key).toBeNull();
        await expect(files.remove(key), key).rejects.toThrow(/Refusing/);
      }
      await expect(files.put("../up", chunks(SAMPLES.pdf), acceptPdf)).rejects.toThrow(/prefix/);
      expect(await fs.readFile(secret, "utf8")).toBe("not for readers");
    } finally {
      await fs.rm(secret, { force: true });
    }
  });

  it("serves 200 whole, 206 for a range with matching bytes, 416 past the end", async () => {
    const stored = await files.put("narrations", chunks(SAMPLES.pdf), acceptPdf);
    const size = SAMPLES.pdf.byteLength;
    const serve = (range: string | null) =>
      serveFile(files, stored.key, { contentType: "application/pdf", range });

    const whole = await serve(null);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-length")).toBe(String(size));
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(whole.headers.get("cache-control")).toBe("private, no-store");
    expect(await body(whole)).toEqual(SAMPLES.pdf);

    const part = await serve("bytes=1000-1999");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${size}`);
    expect(part.headers.get("content-length")).toBe("1000");
    expect(await body(part)).toEqual(SAMPLES.pdf.subarray(1000, 2000));

    const tail = await serve("bytes=-10");
    expect(tail.status).toBe(206);
    expect(await body(tail)).toEqual(SAMPLES.pdf.subarray(size - 10));

    const past = await serve(`bytes=${size}-`);
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${size}`);
    expect(await body(past)).toHaveLength(0);
  });
});
