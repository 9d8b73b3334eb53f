import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
// Types only: a test may start this server before lib/env.ts is first imported (to select
// S3 through S3_* variables), so nothing from lib/ may load here.
import type { S3Settings } from "@/lib/storage/s3";

/**
 * An S3-compatible server in the test process: s3rver (an npm package that keeps buckets
 * in a temporary folder) on 127.0.0.1 and a random port, reached through the real AWS SDK
 * with signatures checked. Two things are added in front of it:
 *
 * - AbortMultipartUpload, which s3rver 3.7 lacks (it answers 405): the upload's parts are
 *   dropped, as S3 does. `pendingUploads()` lists the multipart uploads still open.
 * - DeleteObjects refuses a request without a Content-MD5 that matches its body, as AWS
 *   documents and as strict S3-compatible servers (older MinIO, Ceph) enforce.
 * - ListObjectsV2 is answered here from s3rver's store: s3rver makes continuation tokens
 *   with DES, which OpenSSL 3 no longer offers, so every truncated listing failed. (These
 *   listings are the only requests whose signatures go unchecked.)
 *
 * Every request is recorded for assertions. `keys()` looks at the bucket through a client
 * of its own, not the code under test.
 */

export type FakeS3Request = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
};

export type FakeS3 = {
  settings: S3Settings;
  requests: FakeS3Request[];
  /** Answer AbortMultipartUpload with an error, as a server that cannot abort would. */
  failAborts: boolean;
  /** Every key in the bucket under `prefix`, sorted. */
  keys(prefix?: string): Promise<string[]>;
  /** Ids of multipart uploads begun and neither completed nor aborted. */
  pendingUploads(): Promise<string[]>;
  close(): Promise<void>;
};

const BUCKET = "meridian-test";

/**
 * Every key in a fake S3 bucket under `prefix`, sorted, read through a client of its own
 * with s3rver's fixed credentials: for a server in this process (FakeS3.keys) or in
 * another (the cluster's, tests/cluster/fake-s3-server.ts).
 */
export async function listKeys(endpoint: string, bucket = BUCKET, prefix = ""): Promise<string[]> {
  const client = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  try {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  } finally {
    client.destroy();
  }
}

export async function startFakeS3(
  options: { prefix?: string; port?: number } = {},
): Promise<FakeS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "fake-s3-"));
  const uploadsDir = path.join(directory, BUCKET, "._S3rver_uploads");
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port ?? 0,
    directory,
    silent: !process.env.FAKE_S3_LOG,
    configureBuckets: [{ name: BUCKET }],
  });
  const requests: FakeS3Request[] = [];

  const s3Error = (
    ctx: Parameters<S3rver["middleware"][number]>[0],
    status: number,
    code: string,
    message: string,
  ) => {
    ctx.status = status;
    ctx.type = "application/xml";
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  };

  server.middleware.unshift(async (ctx, next) => {
    const url = new URL(ctx.url, "http://fake-s3");
    const headers = Object.fromEntries(
      Object.entries(ctx.headers).map(([name, value]) => [name, String(value)]),
    );
    requests.push({ method: ctx.method, path: ctx.path, query: url.searchParams, headers });

    const uploadId = url.searchParams.get("uploadId");
    if (ctx.method === "DELETE" && uploadId !== null) {
      // (`fake` is assigned below, before the server answers its first request.)
      if (fake.failAborts) return s3Error(ctx, 500, "InternalError", "Aborting failed.");
      if (!/^[0-9a-f]+$/.test(uploadId))
        return s3Error(ctx, 404, "NoSuchUpload", "No such upload.");
      const dir = path.join(uploadsDir, uploadId);
      if (!(await fs.stat(dir).catch(() => null)))
        return s3Error(ctx, 404, "NoSuchUpload", "The specified upload does not exist.");
      await fs.rm(dir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }

    const listing = /^\/([^/]+)\/?$/.exec(ctx.path);
    if (ctx.method === "GET" && listing && url.searchParams.get("list-type") === "2") {
      const token = url.searchParams.get("continuation-token");
      const maxKeys = Math.min(1000, Number(url.searchParams.get("max-keys") ?? 1000));
      const result = await server.store.listObjects(listing[1]!, {
        prefix: url.searchParams.get("prefix") ?? "",
        startAfter: token ? Buffer.from(token, "base64url").toString() : undefined,
        maxKeys,
      });
      const last = result.objects.at(-1)?.key;
      const xml = (text: string | number) =>
        String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      ctx.status = 200;
      ctx.type = "application/xml";
      ctx.body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
        `<Name>${xml(listing[1]!)}</Name><KeyCount>${result.objects.length}</KeyCount>`,
        `<MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${result.isTruncated}</IsTruncated>`,
        result.isTruncated && last
          ? `<NextContinuationToken>${Buffer.from(last).toString("base64url")}</NextContinuationToken>`
          : "",
        ...result.objects.map(
          (o) =>
            `<Contents><Key>${xml(o.key)}</Key><Size>${o.size}</Size><ETag>${xml(o.metadata.etag)}</ETag>` +
            `<LastModified>${o.lastModifiedDate.toISOString()}</LastModified></Contents>`,
        ),
        "</ListBucketResult>",
      ].join("");
      return;
    }

    if (ctx.method === "POST" && url.searchParams.has("delete")) {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.req as AsyncIterable<Buffer>) chunks.push(chunk);
      const body = Buffer.concat(chunks);
      const md5 = createHash("md5").update(body).digest("base64");
      if (headers["content-md5"] !== md5)
        return s3Error(
          ctx,
          400,
          "InvalidRequest",
          "Missing required header for this request: Content-Md5.",
        );
      // s3rver reads the body itself: hand it the bytes we took.
      ctx.req = Readable.from([body]);
    }
    await next();
  });

  const { port } = await server.run();
  const settings: S3Settings = {
    bucket: BUCKET,
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    // s3rver's fixed credentials; it checks every request's signature with them.
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
    prefix: options.prefix ?? "",
  };

  const fake: FakeS3 = {
    settings,
    requests,
    failAborts: false,
    keys: (prefix = "") => listKeys(settings.endpoint!, BUCKET, prefix),
    async pendingUploads() {
      return fs.readdir(uploadsDir).catch(() => []);
    },
    async close() {
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
  return fake;
}
