import { z } from "zod";

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
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);

export const siteUrl = env.SITE_URL.replace(/\/$/, "");
