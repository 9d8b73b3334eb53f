// Brings the database up to date: creates ./data, applies migrations, then (prisma/seed/run.ts)
// fills in what migrations cannot (default plans; search rows built from article bodies)
// and seeds demo content on an empty database in demo mode. Safe to run at every start.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import pg from "pg";
import { databaseUrl, isPostgresUrl } from "./database-url.mjs";
import { migrate } from "./db/migrate.mjs";

// Any constant no other lock of ours uses ("prepare" in ASCII).
const PREPARE_LOCK = "31650977394291301";

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(
      `\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status ?? 1);
  }
};

const url = databaseUrl();
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
  mkdirSync(dir, { recursive: true });
}
// Several app servers may start at once on one PostgreSQL: the first prepares it (the seed
// creates the default plans and newsletters once) while the others wait, then find it done.
const lock = isPostgresUrl(url) ? await holdPostgresLock(url) : null;
try {
  await migrate(url).catch((error) => {
    console.error(`\n✗ ${error.message}`);
    process.exit(1);
  });
  run(process.execPath, ["--import", "tsx", "prisma/seed/run.ts"]);
} finally {
  await lock?.end();
}

/** A session-level advisory lock, held until the returned client ends. */
async function holdPostgresLock(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // Not migrate-postgres.mjs's own lock, which a migration takes inside this one.
  await client.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK]);
  return client;
}
