/** The part of s3rver 3.7 (a fake S3 server, JavaScript without types) the tests use. */
declare module "s3rver" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  type KoaContext = {
    method: string;
    url: string;
    path: string;
    query: Record<string, string | string[] | undefined>;
    headers: Record<string, string | string[] | undefined>;
    req: IncomingMessage | NodeJS.ReadableStream;
    res: ServerResponse;
    status: number;
    body: unknown;
    type: string;
  };

  export default class S3rver {
    constructor(options: {
      address?: string;
      port?: number;
      directory: string;
      silent?: boolean;
      resetOnClose?: boolean;
      configureBuckets?: { name: string }[];
    });
    store: {
      listObjects(
        bucket: string,
        options: { prefix?: string; startAfter?: string; maxKeys?: number },
      ): Promise<{
        objects: {
          key: string;
          size: number;
          lastModifiedDate: Date;
          metadata: { etag: string };
        }[];
        isTruncated: boolean;
      }>;
    };
    /** Koa's middleware list; the tests put a few of their own in front. */
    middleware: ((ctx: KoaContext, next: () => Promise<void>) => Promise<void>)[];
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
