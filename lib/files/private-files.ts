import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { env } from "../env";
import { configuredS3Bucket } from "../storage/s3";
import { checkedChunks, type Tally } from "./checked-chunks";
import { isPrivateKey, newPrivateKey } from "./private-keys";
import { createS3PrivateFiles } from "./s3-private-files";

/**
 * Subscriber-only files (article narrations, issue PDFs), kept apart from the public image
 * uploads: nothing under this root is reachable through /media or any static path; every
 * byte leaves through a route that checks the reader's entitlement first.
 *
 * Keys are made here (random, never from a file name or URL; lib/files/private-keys.ts),
 * and every key is checked against their shape and resolved inside the root before the
 * disk is touched, so a key that reached us from a request cannot climb out. Reads are
 * streams, so a 100 MB narration is never held in memory. On disk here; in an
 * S3-compatible bucket when S3_BUCKET is set (lib/files/s3-private-files.ts).
 */
export type PutOptions = {
  maxBytes: number;
  /** The error thrown as soon as the upload passes maxBytes (nothing is kept). */
  tooLarge: () => Error;
  /** Checks the first HEAD_BYTES bytes (fewer for a shorter file); throws to refuse. */
  checkHead: (head: Uint8Array) => void;
};

export type OpenedFile = {
  size: number;
  /** The bytes from `start` to `end` inclusive (the whole file without a range). */
  stream(range?: { start: number; end: number }): Readable;
  /** Only needed when `stream` is never called. */
  close(): Promise<void>;
};

export interface PrivateFiles {
  put(prefix: string, source: AsyncIterable<Uint8Array>, options: PutOptions): Promise<PutResult>;
  /** The whole file in memory: for small files and tests; serving uses `open`. */
  get(key: string): Promise<Buffer | null>;
  stat(key: string): Promise<{ size: number } | null>;
  open(key: string): Promise<OpenedFile | null>;
  remove(key: string): Promise<void>;
}

/** `head` is the file's first HEAD_BYTES bytes, as checked, so callers need not read it back. */
export type PutResult = { key: string; size: number; head: Uint8Array };

/** Reads a web stream (a request body) as an async iterable, cancelling it if we stop early. */
export async function* readWebStream(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

export function createPrivateFiles(root: string = env.PRIVATE_FILES_DIR): PrivateFiles {
  const base = path.resolve(root);

  const resolve = (key: string): string | null => {
    if (!isPrivateKey(key)) return null;
    const file = path.resolve(base, key);
    // Belt and braces: the pattern already excludes "..", but never trust one check.
    return file.startsWith(base + path.sep) ? file : null;
  };

  const notFound = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

  return {
    async put(prefix, source, options) {
      const key = newPrivateKey(prefix);
      const file = resolve(key)!;
      await fs.mkdir(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
      // Written beside its final name and renamed when complete and checked, so a reader
      // never meets half a file and a refused upload leaves nothing behind.
      const partial = `${file}.part`;
      const handle = await fs.open(/*turbopackIgnore: true*/ partial, "wx");
      const tally: Tally = { size: 0, head: new Uint8Array(0) };
      try {
        for await (const chunk of checkedChunks(source, options, tally)) await handle.write(chunk);
        await handle.close();
        await fs.rename(/*turbopackIgnore: true*/ partial, file);
        return { key, size: tally.size, head: tally.head };
      } catch (error) {
        await handle.close().catch(() => undefined);
        await fs.rm(/*turbopackIgnore: true*/ partial, { force: true });
        throw error;
      }
    },

    async get(key) {
      const file = resolve(key);
      if (!file) return null;
      try {
        return await fs.readFile(/*turbopackIgnore: true*/ file);
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },

    async stat(key) {
      const file = resolve(key);
      if (!file) return null;
      try {
        const stats = await fs.stat(/*turbopackIgnore: true*/ file);
        return stats.isFile() ? { size: stats.size } : null;
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },

    async open(key) {
      const file = resolve(key);
      if (!file) return null;
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(/*turbopackIgnore: true*/ file, "r");
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
      // Size and bytes come from the same open file, so a replacement mid-request (a new
      // key, then removal of the old one) cannot make them disagree.
      const { size } = await handle.stat();
      return {
        size,
        stream: (range) => handle.createReadStream({ ...range, autoClose: true }),
        close: () => handle.close(),
      };
    },

    async remove(key) {
      const file = resolve(key);
      if (!file) throw new Error(`Refusing to remove the private file "${key}"`);
      await fs.rm(/*turbopackIgnore: true*/ file, { force: true });
    },
  };
}

const s3 = configuredS3Bucket();

export const privateFiles: PrivateFiles = s3 ? createS3PrivateFiles(s3) : createPrivateFiles();
