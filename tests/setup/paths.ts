import path from "node:path";

/** Test databases live here, outside ./data, so tests never touch the real one. */
export const TEST_DB_DIR = path.resolve(import.meta.dirname, "../../.test-data");
export const TEMPLATE_DB = path.join(TEST_DB_DIR, "template.db");
