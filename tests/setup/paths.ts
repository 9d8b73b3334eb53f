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
