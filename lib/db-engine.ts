import { env } from "./env";

/**
 * Which database engine a URL names. SQLite (file:, or a libSQL server) is the default;
 * postgres:// or postgresql:// selects PostgreSQL. Code that must speak each engine's SQL
 * (search, a few reports) asks `databaseEngine()` rather than parsing the URL itself.
 */
export type DatabaseEngine = "sqlite" | "postgres";

export const isPostgresUrl = (url: string) => /^postgres(?:ql)?:\/\//.test(url);

export function databaseEngine(url: string = env.DATABASE_URL): DatabaseEngine {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}
