import { databaseEngine } from "../db-engine";
import { Prisma } from "../generated/prisma/client";

/** The trigram index cannot match fewer characters than this; shorter text is scanned for. */
const TRIGRAM = 3;

/**
 * A subquery of the ids of people whose name or email contains `q` (case-insensitive, a
 * plain substring: % _ * " and the like mean themselves). On SQLite, from the trigram
 * index "UserSearch" when `q` is long enough, else by scanning "User" (one or two
 * characters match so many people that the scan stops early on a page anyway). On
 * PostgreSQL, from the pg_trgm indexes on lower("name") and lower("email").
 */
export function userIdsMatching(q: string): Prisma.Sql {
  if (databaseEngine() === "postgres") {
    // The LIKE must read as the indexed expressions, lower("name") and lower("email"), for
    // the trigram indexes to serve it; lower() folds any letter here, so both sides agree.
    const contains = Prisma.sql`'%' || lower(${escapeLike(q)}) || '%'`;
    return Prisma.sql`SELECT "id" FROM "User"
      WHERE lower("name") LIKE ${contains} OR lower("email") LIKE ${contains}`;
  }
  if ([...q].length >= TRIGRAM) {
    const phrase = `"${q.replaceAll('"', '""')}"`;
    return Prisma.sql`SELECT "userId" FROM "UserSearch" WHERE "UserSearch" MATCH ${phrase}`;
  }
  // SQLite's lower() folds ASCII only, so each way of writing the one or two letters is
  // looked for as typed (a handful of spellings).
  const spellings = caseVariants(q);
  return Prisma.sql`SELECT "id" FROM "User" WHERE ${Prisma.join(
    spellings.map((text) => Prisma.sql`instr("email", ${text}) > 0 OR instr("name", ${text}) > 0`),
    " OR ",
  )}`;
}

/** Every mix of upper and lower case of a short text's letters. */
function caseVariants(text: string): string[] {
  let variants = [""];
  for (const char of text) {
    const forms = new Set([char, char.toLowerCase(), char.toUpperCase()]);
    variants = variants.flatMap((start) => [...forms].map((form) => start + form));
  }
  return [...new Set(variants)];
}

/** `text` as a LIKE pattern that matches only itself (backslash is PostgreSQL's escape). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
