// The database the scripts run against: DATABASE_URL, or lib/env.ts's default (the .mjs
// scripts run before or beside Next.js and cannot import that TypeScript module).
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export const databaseUrl = () => process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;

/**
 * Whether a database URL names PostgreSQL (postgres:// or postgresql://); anything else is
 * SQLite or a libSQL server. The one test of the scheme, for the app (lib/db-engine.ts),
 * the scripts and prisma.config.ts alike, so they never disagree about which engine a URL
 * selects.
 * @param {string} url
 */
export const isPostgresUrl = (url) => /^postgres(?:ql)?:\/\//.test(url);
