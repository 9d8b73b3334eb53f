import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../env";
import { configuredS3Bucket } from "../storage/s3";
import { isSafeMediaKey, isSafeMediaPrefix } from "./media-keys";
import { createS3MediaStorage } from "./s3-storage";

/**
 * Where image files live: local disk, or an S3-compatible bucket when S3_BUCKET is set
 * (lib/media/s3-storage.ts), behind the same three calls.
 */
export interface MediaStorage {
  put(objectKey: string, data: Buffer): Promise<void>;
  get(objectKey: string): Promise<Buffer | null>;
  remove(prefix: string): Promise<void>;
}

export function createDiskStorage(root: string = env.UPLOADS_DIR): MediaStorage {
  const resolve = (objectKey: string) => {
    // Keys come from URLs: refuse anything that could climb out of the uploads folder.
    if (!isSafeMediaKey(objectKey)) return null;
    return path.join(root, objectKey);
  };
  return {
    async put(objectKey, data) {
      const file = resolve(objectKey);
      if (!file) throw new Error(`Refusing to store media under the key "${objectKey}"`);
      await fs.mkdir(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
      await fs.writeFile(/*turbopackIgnore: true*/ file, data);
    },
    async get(objectKey) {
      const file = resolve(objectKey);
      if (!file) return null;
      try {
        return await fs.readFile(/*turbopackIgnore: true*/ file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(prefix) {
      if (!isSafeMediaPrefix(prefix)) throw new Error(`Bad media prefix "${prefix}"`);
      await fs.rm(/*turbopackIgnore: true*/ path.join(root, prefix), {
        recursive: true,
        force: true,
      });
    },
  };
}

const s3 = configuredS3Bucket();

export const mediaStorage: MediaStorage = s3 ? createS3MediaStorage(s3) : createDiskStorage();
