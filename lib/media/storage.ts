import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

/**
 * Where image files live. Local disk today; an S3-compatible store can implement the
 * same three calls without the rest of the app changing.
 */
export interface MediaStorage {
  put(objectKey: string, data: Buffer): Promise<void>;
  get(objectKey: string): Promise<Buffer | null>;
  remove(prefix: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_-]*\.webp$/;

export function createDiskStorage(root: string = env.UPLOADS_DIR): MediaStorage {
  const resolve = (objectKey: string) => {
    // Keys come from URLs: refuse anything that could climb out of the uploads folder.
    if (!SAFE_KEY.test(objectKey) || objectKey.includes("..")) return null;
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
      if (!/^[a-z0-9][a-z0-9/_-]*$/.test(prefix)) throw new Error(`Bad media prefix "${prefix}"`);
      await fs.rm(/*turbopackIgnore: true*/ path.join(root, prefix), {
        recursive: true,
        force: true,
      });
    },
  };
}

export const mediaStorage: MediaStorage = createDiskStorage();
