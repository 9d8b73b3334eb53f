import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TEST_DB_DIR } from "./paths";

// Runs before each test file, before lib/env.ts is imported: point the app at a fresh copy.
const file = path.join(TEST_DB_DIR, `${randomUUID()}.db`);
fs.copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.UPLOADS_DIR = path.join(TEST_DB_DIR, `${path.basename(file, ".db")}-uploads`);
process.env.PRIVATE_FILES_DIR = path.join(TEST_DB_DIR, `${path.basename(file, ".db")}-private`);
