// Applies prisma/postgres/migrations to a PostgreSQL database, in order, each in its own
// transaction, and records them in Prisma's own "_prisma_migrations" table (same columns,
// same sha256 checksums), so `prisma migrate status` and a later switch to Prisma's
// native engine read the same history.
//
// Why not `prisma migrate deploy`: Prisma 6.19's WASM schema engine cannot read
// PostgreSQL's catalog through @prisma/adapter-pg ("Column type 'name' could not be
// deserialized", prisma/orm#27403, open), and its native engine is a binary downloaded at
// first use, which our machines cannot fetch
// (docs/decisions/007-postgresql-and-several-servers.md).
//
// Several app servers may start at once: an advisory lock lets one migrate while the
// others wait, then find nothing left to do.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { isMain } from "../is-main.mjs";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/postgres/migrations");
// Any constant shared by every server of this app; "meridian" in ASCII.
const MIGRATION_LOCK = 0x6d6572696469616en;

/** @param {string} url @param {{ log?: (line: string) => void }} [options] */
export async function migratePostgres(url, { log = console.log } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK.toString()]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query(
      `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations"
       WHERE "rolled_back_at" IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const names = fs
      .readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    let count = 0;
    for (const name of names) {
      const sql = fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const done = applied.get(name);
      if (done) {
        if (!done.finished_at)
          throw new Error(
            `Migration ${name} started earlier and never finished; see "_prisma_migrations".`,
          );
        if (done.checksum !== checksum)
          throw new Error(`Migration ${name} was changed after it was applied.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations"
             ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed and was rolled back: ${error.message}`);
      }
      count += 1;
      log(`Applied migration ${name}`);
    }
    log(count ? `${count} migration(s) applied.` : "No pending migrations to apply.");
  } finally {
    await client.end();
  }
}

if (isMain(import.meta.url)) {
  const url = process.env.DATABASE_URL ?? "";
  await migratePostgres(url).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
