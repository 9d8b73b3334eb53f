import { PutObjectCommand } from "@aws-sdk/client-s3";
import { deleteUnder, getObjectBytes, type S3Bucket } from "../storage/s3";
import { isSafeMediaKey, isSafeMediaPrefix } from "./media-keys";
import type { MediaStorage } from "./storage";

/** Image files in an S3-compatible bucket, under `media/`; the app still serves them (/media). */
export function createS3MediaStorage(s3: S3Bucket): MediaStorage {
  const base = `${s3.root}media/`;
  return {
    async put(objectKey, data) {
      if (!isSafeMediaKey(objectKey))
        throw new Error(`Refusing to store media under the key "${objectKey}"`);
      await s3.client.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: base + objectKey,
          Body: data,
          ContentType: "image/webp",
        }),
      );
    },
    async get(objectKey) {
      return isSafeMediaKey(objectKey) ? getObjectBytes(s3, base + objectKey) : null;
    },
    async remove(prefix) {
      if (!isSafeMediaPrefix(prefix)) throw new Error(`Bad media prefix "${prefix}"`);
      // The folder and what is in it, as on disk: "uploads/x" never takes "uploads/xy" along.
      await deleteUnder(s3, `${base}${prefix.replace(/\/+$/, "")}/`);
    },
  };
}
