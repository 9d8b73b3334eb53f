import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { migratePostgres } from "../../scripts/db/migrate-postgres.mjs";
import {
  postgresPrefix,
  postgresUrlFor,
  TEMPLATE_DB,
  TEST_DB_DIR,
  TEST_POSTGRES_URL,
} from "./paths";

/**
 * Builds one migrated database with the real migrations; each test file then works on
 * its own copy (tests/setup/database-per-file.ts), so files run in parallel.
 */
export default async function setup() {
  // Workers inherit this, so they find the databases made here.
  process.env.TEST_DB_DIR = TEST_DB_DIR;
  fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
  if (TEST_POSTGRES_URL) return setupPostgres();
  const result = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "deploy"],
    {
      env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
      encoding: "utf8",
    },
  );
  if (result.status !== 0)
    throw new Error(
      `Migrating the test template database failed:\n${result.stdout}\n${result.stderr}`,
    );
  return () => fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
}

async function setupPostgres() {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  const template = `${postgresPrefix()}_template`;
  await dropRunDatabases(admin);
  await admin.query(`CREATE DATABASE "${template}"`);
  await migratePostgres(postgresUrlFor(template), { log: () => {} });
  await admin.end();
  return async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    await dropRunDatabases(client);
    await client.end();
    fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
  };
}

/**
 * This run's databases: the template and each file's copy, all named prefix + "_" + ….
 * Matched as plain text, "_" included: under LIKE, "_" matches any character, and
 * `prefix%` for run 12 would also match run 123's databases and drop them from under it.
 */
async function dropRunDatabases(client: pg.Client) {
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
    [`${postgresPrefix()}_`],
  );
  for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
}
