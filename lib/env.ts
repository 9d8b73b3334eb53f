import { z } from "zod";

/**
 * S3-compatible storage for uploads and private files (lib/storage/s3.ts). Setting the
 * bucket turns it on; without it, files stay on disk under UPLOADS_DIR and PRIVATE_FILES_DIR.
 */
const S3Settings = {
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      "S3_BUCKET must be a bucket name: 3–63 lower-case letters, digits, dots and hyphens",
    )
    .optional(),
  /** MinIO, Ceph, R2 and the like: the service's URL. Unset for AWS itself. */
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s):// URL" })
    .optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** host/bucket/key instead of bucket.host/key; default: on with S3_ENDPOINT, off for AWS. */
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
  /** A folder inside the bucket, so several sites or stages can share one bucket. */
  S3_PREFIX: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/,
      "S3_PREFIX must be folder names (lower-case letters, digits, _ and -) joined by /, e.g. meridian/production",
    )
    .optional(),
};

const S3_ONLY_WITH_BUCKET = [
  "S3_ENDPOINT",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
  "S3_PREFIX",
] as const;

/** Half an S3 configuration is a mistake worth stopping for, not a quiet fall-back to disk. */
function checkS3Settings(
  values: { [K in keyof typeof S3Settings]?: string },
  ctx: z.RefinementCtx,
) {
  if (values.S3_BUCKET) {
    // Both keys, or neither: then the SDK's default chain finds credentials (an IAM role).
    const [id, secret] = ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    if (Boolean(values[id]) !== Boolean(values[secret])) {
      const missing = values[id] ? secret : id;
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: `${missing} is needed with ${missing === id ? secret : id} (or set neither, to use the default AWS credentials, such as an IAM role)`,
      });
    }
    return;
  }
  for (const name of S3_ONLY_WITH_BUCKET)
    if (values[name] !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: `${name} is set but S3_BUCKET is not: set the bucket to keep files in S3, or remove the S3_* settings`,
      });
}

/**
 * The only reader of process.env. Parsed once; a bad value stops the server at start
 * with a message naming the variable instead of failing later in a request.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|libsql:|https?:|wss?:|postgres(ql)?:)/,
      "DATABASE_URL must be file:…, postgres://…, libsql://… or http(s)://…",
    )
    .default("file:./data/app.db"),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /**
   * PostgreSQL only: connections each app process keeps in its pool. Several app servers
   * share the server's max_connections (100 by default), so keep servers × this below it.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /** Public origin used in canonical URLs, feeds and sitemaps. */
  SITE_URL: z.url().default("http://localhost:3000"),
  /** Signs session tokens. `npm start` generates one into ./data when it is not set. */
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** smtp(s)://user:pass@host:port; without it, emails are written to the server log. */
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default("The Meridian <no-reply@localhost>"),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  /** Authorizes calls to /api/internal/tick; `npm start` makes one per run for its own scheduler. */
  SCHEDULER_SECRET: z.string().min(16).optional(),
  /** Where uploaded and generated images are stored. */
  UPLOADS_DIR: z.string().default("./data/uploads"),
  /** Subscriber-only files (narrations, issue PDFs); never served without an access check. */
  PRIVATE_FILES_DIR: z.string().default("./data/private"),
  /** With it, payments go through Stripe; without it, through the built-in demo provider. */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  /** Verifies the signature of events posted to /api/webhooks/stripe. */
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Points the Stripe SDK at another API host (tests run a local fake Stripe). */
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  /** Lets browser tests move a reader's subscription through time (never set in production). */
  ENABLE_TEST_CLOCK: z.enum(["true", "false"]).default("false"),
  ...S3Settings,
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.superRefine(checkS3Settings).parse(process.env);

export const siteUrl = env.SITE_URL.replace(/\/$/, "");
