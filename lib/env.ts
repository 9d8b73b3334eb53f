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
      /^(file:|libsql:|https?:|wss?:)/,
      "DATABASE_URL must be file:…, libsql://… or http(s)://…",
    )
    .default("file:./data/app.db"),
  DATABASE_AUTH_TOKEN: z.string().optional(),
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
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);

export const siteUrl = env.SITE_URL.replace(/\/$/, "");
