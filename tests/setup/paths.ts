import path from "node:path";

/**
 * Test databases live under .test-data, outside ./data, so tests never touch the real one.
 * Each vitest run gets its own folder (set by global-setup.ts and inherited by the test
 * workers), so two runs at once, or a browser-test server log beside them, don't collide.
 */
export const TEST_DB_DIR =
  process.env.TEST_DB_DIR ??
  path.resolve(import.meta.dirname, "../../.test-data", `vitest-${process.pid}`);
export const TEMPLATE_DB = path.join(TEST_DB_DIR, "template.db");

/**
 * With TEST_POSTGRES_URL (a PostgreSQL server's maintenance database, e.g.
 * postgres://meridian@127.0.0.1:5433/postgres), the suite runs on PostgreSQL instead:
 * one migrated template database per run, copied (CREATE DATABASE … TEMPLATE) for each
 * test file. `npm run test:postgres` starts a server of its own and sets it.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;

/** The run's database names share this prefix, so teardown can find and drop them. */
export const postgresPrefix = () =>
  `meridian_test_${path.basename(TEST_DB_DIR).replace(/\W/g, "_")}`;

/** The same server's URL for one database of it. */
export function postgresUrlFor(database: string): string {
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
