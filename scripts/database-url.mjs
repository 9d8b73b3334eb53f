// The database the scripts run against: DATABASE_URL, or lib/env.ts's default (the .mjs
// scripts run before or beside Next.js and cannot import that TypeScript module).
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export const databaseUrl = () => process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
