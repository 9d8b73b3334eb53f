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

/**
 * A date as a raw-SQL parameter compares with a DateTime column on each engine: the
 * libSQL adapter stores dates as ISO text with a "+00:00" offset, so SQLite compares
 * text with text; PostgreSQL compares timestamps and is given the Date itself.
 */
export function sqlDate(date: Date): Date | string {
  return databaseEngine() === "postgres" ? date : date.toISOString().replace("Z", "+00:00");
}
