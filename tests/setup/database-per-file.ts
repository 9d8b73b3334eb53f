import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  postgresPrefix,
  postgresUrlFor,
  TEMPLATE_DB,
  TEST_DB_DIR,
  TEST_POSTGRES_URL,
} from "./paths";

// Runs before each test file, before lib/env.ts is imported: point the app at a fresh copy.
const name = randomUUID();
if (TEST_POSTGRES_URL) {
  const database = `${postgresPrefix()}_${name.replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${postgresPrefix()}_template"`);
  await admin.end();
  process.env.DATABASE_URL = postgresUrlFor(database);
} else {
  const file = path.join(TEST_DB_DIR, `${name}.db`);
  fs.copyFileSync(TEMPLATE_DB, file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.UPLOADS_DIR = path.join(TEST_DB_DIR, `${name}-uploads`);
process.env.PRIVATE_FILES_DIR = path.join(TEST_DB_DIR, `${name}-private`);
export {};
