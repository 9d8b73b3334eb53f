import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

/**
 * Builds a Prisma client over libSQL. Kept apart from lib/db.ts (which is server-only)
 * so the seed, scripts and integration tests can build clients for their own databases.
 */
export function createDbClient(
  url: string = env.DATABASE_URL,
  authToken = env.DATABASE_AUTH_TOKEN,
) {
  const adapter = new PrismaLibSQL({ url, authToken });
  return new PrismaClient({
    adapter,
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type DbClient = ReturnType<typeof createDbClient>;
export type TransactionClient = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];
