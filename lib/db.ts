import "server-only";
import { createDbClient, type DbClient } from "./db-client";

// One client per process; in development, Next.js reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { db?: DbClient };

export const db: DbClient = globalForDb.db ?? createDbClient();

if (process.env.NODE_ENV !== "production") globalForDb.db = db;
