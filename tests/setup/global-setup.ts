import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { TEMPLATE_DB, TEST_DB_DIR } from "./paths";

/**
 * Builds one migrated database with the real migrations; each test file then works on
 * its own copy (tests/setup/database-per-file.ts), so files run in parallel.
 */
export default function setup() {
  // Workers inherit this, so they find the databases made here.
  process.env.TEST_DB_DIR = TEST_DB_DIR;
  fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
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
