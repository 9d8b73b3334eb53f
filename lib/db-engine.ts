import { isPostgresUrl } from "../scripts/database-url.mjs";
import { env } from "./env";

/**
 * Which database engine a URL names. SQLite (file:, or a libSQL server) is the default;
 * postgres:// or postgresql:// selects PostgreSQL. Code that must speak each engine's SQL
 * (search, a few reports) asks `databaseEngine()` rather than parsing the URL itself.
 */
export type DatabaseEngine = "sqlite" | "postgres";

// One test of the scheme for the app and the scripts alike (scripts/database-url.mjs).
export { isPostgresUrl };

export function databaseEngine(url: string = env.DATABASE_URL): DatabaseEngine {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}
