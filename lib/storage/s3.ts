import { createHash } from "node:crypto";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from "@aws-sdk/client-s3";
import { env } from "../env";

/**
 * The one place an S3 client is made. Uploads (lib/media/s3-storage.ts) and private files
 * (lib/files/s3-private-files.ts) share a bucket under two folders, `media/` and `private/`.
 * The bucket stays private: nothing here sets an ACL or hands out a presigned URL, so every
 * byte still leaves through the app's routes and their access checks.
 */
export type S3Settings = {
  bucket: string;
  /** MinIO, Ceph, R2…; undefined for AWS itself. */
  endpoint?: string;
  region: string;
  /** Both unset: the SDK's default credential chain (an IAM role, for one). */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** A folder inside the bucket ("" for its root), without the trailing "/". */
  prefix: string;
};

/**
 * A bucket and the clients that reach it; `root` ("" or "folder/") starts every key.
 * `client` does the short requests (images, metadata, upload parts); `streams` does the
 * downloads that readers pace (narrations, PDFs), on sockets of their own, so fifty
 * listeners cannot take every socket and leave the site's images waiting behind them.
 */
export type S3Bucket = { client: S3Client; streams: S3Client; bucket: string; root: string };

/**
 * Limits on talking to S3. No request may wait on a store that stopped answering: a
 * connection is given up after CONNECT_TIMEOUT_MS, and a short request after
 * REQUEST_TIMEOUT_MS (an upload part is 5 MB). A reader's download has no time limit, as
 * a paused player stops reading for as long as it likes; it ends when the reader goes away.
 */
const CONNECT_TIMEOUT_MS = 3_000;
const REQUEST_TIMEOUT_MS = 30_000;
const REQUEST_SOCKETS = 50;
const STREAM_SOCKETS = 256;

export function createS3Bucket(
  settings: S3Settings,
  options: { streamSockets?: number } = {},
): S3Bucket {
  const make = (requestHandler: Record<string, unknown>) =>
    new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      // Without keys, the SDK's own chain: an instance profile, a web identity, …
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // Since early 2025 the SDK sends CRC checksums with every upload by default (and in
      // chunked "aws-chunked" bodies for streams), and checks them on downloads. Many
      // S3-compatible servers (older MinIO and Ceph, some R2 and B2 setups) refuse those
      // requests; only compute and check checksums where the operation demands one.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, ...requestHandler },
    });
  const client = make({
    requestTimeout: REQUEST_TIMEOUT_MS,
    throwOnRequestTimeout: true,
    httpAgent: { keepAlive: true, maxSockets: REQUEST_SOCKETS },
    httpsAgent: { keepAlive: true, maxSockets: REQUEST_SOCKETS },
  });
  const streamSockets = options.streamSockets ?? STREAM_SOCKETS;
  const streams = make({
    httpAgent: { keepAlive: true, maxSockets: streamSockets },
    httpsAgent: { keepAlive: true, maxSockets: streamSockets },
  });
  // DeleteObjects is one operation that demands one, and the SDK now sends a CRC32 where
  // those servers want the Content-MD5 the API always took (AWS accepts either). Send MD5,
  // as the SDK's own MD5_FALLBACK note does; "low" runs it after the checksum middleware
  // of the same (build) step and before the request is signed.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      if (context.commandName === "DeleteObjectsCommand" && request.headers) {
        for (const name of Object.keys(request.headers))
          if (/^x-amz-(sdk-)?checksum-/i.test(name)) delete request.headers[name];
        if (typeof request.body === "string" || request.body instanceof Uint8Array)
          request.headers["content-md5"] = createHash("md5").update(request.body).digest("base64");
      }
      return next(args);
    },
    { step: "build", priority: "low", name: "deleteObjectsContentMd5" },
  );
  return {
    client,
    streams,
    bucket: settings.bucket,
    root: settings.prefix ? `${settings.prefix}/` : "",
  };
}

/** The settings in the environment, or null when S3_BUCKET is not set (files stay on disk). */
export function s3SettingsFromEnv(): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    // AWS wants the bucket in the host name; most self-hosted servers (MinIO, Ceph) want
    // it in the path, because their buckets have no DNS names of their own.
    forcePathStyle: env.S3_FORCE_PATH_STYLE
      ? env.S3_FORCE_PATH_STYLE === "true"
      : Boolean(env.S3_ENDPOINT),
    prefix: env.S3_PREFIX ?? "",
  };
}

let shared: S3Bucket | null | undefined;

/** The configured bucket, one client for the whole process; null when S3 is off. */
export function configuredS3Bucket(): S3Bucket | null {
  if (shared === undefined) {
    const settings = s3SettingsFromEnv();
    shared = settings ? createS3Bucket(settings) : null;
  }
  return shared;
}

/** An S3 "no such key" (GetObject's NoSuchKey, HeadObject's bare 404). */
export function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

/** A whole object in memory (small files: images, tests), or null when there is none. */
export async function getObjectBytes(s3: S3Bucket, key: string): Promise<Buffer | null> {
  try {
    const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    if (!object.Body) return null;
    const bytes = await object.Body.transformToByteArray();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * Deletes every object whose key starts with `prefix`, one listed page at a time (1,000
 * keys, also DeleteObjects' limit; smaller pages only in tests). Each page is listed from
 * the start again: the keys before it are gone by then, so no continuation token is kept.
 */
export async function deleteUnder(s3: S3Bucket, prefix: string, pageSize = 1000): Promise<void> {
  let previous = new Set<string>();
  for (;;) {
    const page = await s3.client.send(
      new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, MaxKeys: pageSize }),
    );
    const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : []));
    if (keys.length === 0) return;
    // A server that says it deleted keys it still lists would otherwise keep us here.
    if (keys.some((key) => previous.has(key)))
      throw new Error(`S3 still lists objects under "${prefix}" after deleting them`);
    const result = await s3.client.send(
      new DeleteObjectsCommand({
        Bucket: s3.bucket,
        Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
      }),
    );
    const failed = result.Errors ?? [];
    if (failed.length > 0)
      throw new Error(
        `S3 refused to delete ${failed.length} object(s) under "${prefix}": ${failed[0]!.Key} ${failed[0]!.Code} ${failed[0]!.Message}`,
      );
    previous = new Set(keys);
  }
}
