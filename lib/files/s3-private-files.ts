import { PassThrough, Readable, pipeline } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  type HeadObjectCommandOutput,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { storageUnavailable } from "../errors";
import { getObjectBytes, isMissing, type S3Bucket } from "../storage/s3";
import { checkedChunks, type Tally } from "./checked-chunks";
import type { OpenedFile, PrivateFiles } from "./private-files";
import { isPrivateKey, newPrivateKey } from "./private-keys";

/**
 * Subscriber-only files in an S3-compatible bucket, under `private/`. The same contract as
 * the disk version (lib/files/private-files.ts): keys made here and checked before any
 * request, uploads streamed and checked as they arrive, reads streamed with ranges, and
 * no way out but the access-checked routes (no public ACL, no presigned URL).
 *
 * An upload goes up in parts of PART_SIZE (S3's minimum), PARTS_IN_FLIGHT at a time, so
 * one upload holds at most about (PARTS_IN_FLIGHT + 1) × 5 MB in memory, whatever the
 * file's size; a file under one part is sent whole in one PutObject. A multipart upload's
 * object only exists once it is completed, so a refused upload (too large, wrong type)
 * never appears: the parts already sent are dropped with AbortMultipartUpload.
 */
const PART_SIZE = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

export function createS3PrivateFiles(s3: S3Bucket): PrivateFiles {
  const base = `${s3.root}private/`;
  const where = (key: string) => ({ Bucket: s3.bucket, Key: base + key });

  const head = async (key: string): Promise<HeadObjectCommandOutput | null> => {
    try {
      return await s3.client.send(new HeadObjectCommand(where(key)));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  return {
    async put(prefix, source, options) {
      const key = newPrivateKey(prefix);
      const tally: Tally = { size: 0, head: new Uint8Array(0) };
      const refused: { reason?: unknown } = {};
      const body = Readable.from(
        (async function* () {
          try {
            yield* checkedChunks(source, options, tally);
          } catch (error) {
            refused.reason = error;
            throw error;
          }
        })(),
      );
      const upload = new Upload({
        client: s3.client,
        params: { ...where(key), Body: body, ContentType: "application/octet-stream" },
        partSize: PART_SIZE,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
        return { key, size: tally.size, head: tally.head };
      } catch (error) {
        // lib-storage aborts the multipart upload before rethrowing; if the abort itself
        // fails it throws that instead, but the caller must still learn why we stopped.
        if ("reason" in refused) {
          if (error !== refused.reason)
            console.error(`Could not abort the upload of ${key}:`, error);
          throw refused.reason;
        }
        // Not the file, nor its sender: S3 refused it or did not answer.
        console.error(`Storing ${key} in S3 failed:`, error);
        throw storageUnavailable("The file");
      } finally {
        // Stops reading the request body if S3 failed before the body ran out.
        body.destroy();
      }
    },

    async get(key) {
      return isPrivateKey(key) ? getObjectBytes(s3, base + key) : null;
    },

    async stat(key) {
      if (!isPrivateKey(key)) return null;
      const found = await head(key);
      return found ? { size: found.ContentLength ?? 0 } : null;
    },

    async open(key) {
      if (!isPrivateKey(key)) return null;
      const found = await head(key);
      if (!found) return null;
      const size = found.ContentLength ?? 0;
      // If-Match ties the bytes to the version whose size we answered with, as the disk
      // version's open handle does (keys are never reused, but never trust one guarantee).
      const etag = found.ETag;
      const opened: OpenedFile = {
        size,
        stream(range) {
          const out = new PassThrough();
          const abort = new AbortController();
          // A reader that goes away (a player seeking elsewhere) stops the download.
          out.once("close", () => {
            if (!out.readableEnded) abort.abort();
          });
          const failed = (error: unknown) => {
            // Headers may be out already: the reader sees a cut download, the log says why.
            if (!abort.signal.aborted) console.error(`Reading ${key} from S3 failed:`, error);
            out.destroy(error as Error);
          };
          s3.streams
            .send(
              new GetObjectCommand({
                ...where(key),
                Range: range ? `bytes=${range.start}-${range.end}` : undefined,
                IfMatch: etag,
              }),
              { abortSignal: abort.signal },
            )
            .then((object) => {
              const bytes = object.Body as Readable | undefined;
              if (!bytes) return out.destroy(new Error(`S3 sent no body for ${key}`));
              if (out.destroyed) return bytes.destroy();
              // Errors reach the reader through `out`, which pipeline destroys with them.
              pipeline(bytes, out, (error) => {
                if (error && !abort.signal.aborted) failed(error);
              });
            }, failed);
          return out;
        },
        // Nothing is held open until `stream` is called.
        close: async () => undefined,
      };
      return opened;
    },

    async remove(key) {
      if (!isPrivateKey(key)) throw new Error(`Refusing to remove the private file "${key}"`);
      await s3.client.send(new DeleteObjectCommand(where(key)));
    },
  };
}
