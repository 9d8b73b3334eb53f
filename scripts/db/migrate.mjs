// `npm run db:migrate`: brings DATABASE_URL's database up to date, on either engine.
// SQLite (and libSQL) through `prisma migrate deploy`; PostgreSQL through
// scripts/db/migrate-postgres.mjs (why: see that file).
import { spawnSync } from "node:child_process";
import { databaseUrl, isPostgresUrl } from "../database-url.mjs";
import { migratePostgres } from "./migrate-postgres.mjs";
import { isMain } from "../is-main.mjs";

/** Throws with Prisma's output when SQLite's migrations fail. */
export async function migrate(url = databaseUrl()) {
  if (isPostgresUrl(url)) return migratePostgres(url);
  const result = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "deploy"],
    { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } },
  );
  if (result.status !== 0)
    throw new Error(`prisma migrate deploy failed (exit ${result.status ?? result.signal}).`);
}

if (isMain(import.meta.url)) {
  await migrate().catch((error) => {
    console.error(`\n✗ ${error.message}`);
    process.exit(1);
  });
}
