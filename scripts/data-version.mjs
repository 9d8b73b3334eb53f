// Reads the data-version counter (DataVersion 'readers', moved by database triggers on every
// write to accounts, subscriptions, plans and payments): the page cache asks it before
// reusing a private admin list, and the edition resolver before reusing a reader's edition,
// so it is read on every signed-in request.
//
// For the embedded SQLite file, one prepared statement on a read-only connection of its own
// (about 12 µs); through @libsql/client's execute, which prepares the statement on every
// call, it cost 60 µs, a fifth of a cached page. A libSQL server is asked through the client,
// PostgreSQL through a small pool of its own (one connection is enough: one indexed read).
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import Database from "libsql";
import pg from "pg";
import { isPostgresUrl } from "./database-url.mjs";

const SQL = `SELECT "version" FROM "DataVersion" WHERE "id" = 'readers'`;

/** The SQLite file a `file:` URL names, or null for any other URL. */
function sqliteFile(url) {
  if (!url.startsWith("file:")) return null;
  return url.startsWith("file://") ? fileURLToPath(url) : url.slice("file:".length);
}

/**
 * Whether the triggers that move the counter are all there. SQLite drops a table's
 * triggers when a migration rebuilds the table; without every one the counter could stand
 * still through a write, and the server must then keep no private copies at all.
 * @param {{ url: string, authToken?: string }} database
 * @returns {Promise<{ found: number, wanted: number }>}
 */
export async function countVersionTriggers({ url, authToken }) {
  const tables = ["User", "Subscription", "Plan", "Payment"];
  if (isPostgresUrl(url)) {
    // One deferred row trigger per table (a constraint trigger, prisma/postgres/migrations/
    // …_init); constraint triggers are in pg_trigger too, and not internal.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(DISTINCT c.relname)::int AS n FROM pg_trigger t
         JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
         WHERE p.proname = 'bump_readers_version' AND NOT t.tgisinternal AND c.relname = ANY($1)`,
        [tables],
      );
      return { found: rows[0].n, wanted: tables.length };
    } finally {
      await client.end();
    }
  }
  const names = tables.flatMap((table) =>
    ["insert", "update", "delete"].map((event) => `${table}_version_${event}`),
  );
  const client = createClient({ url, authToken });
  try {
    const { rows } = await client.execute({
      sql: `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => "?").join(", ")})`,
      args: names,
    });
    return { found: rows.length, wanted: names.length };
  } finally {
    client.close();
  }
}

/**
 * `() => Promise<number>`: the counter now.
 * @param {{ url: string, authToken?: string }} database
 */
export function createDataVersionReader({ url, authToken }) {
  const file = sqliteFile(url);
  if (file) {
    const statement = new Database(file, { readonly: true }).prepare(SQL);
    return async () => {
      const row = statement.get();
      if (!row) throw new Error("DataVersion has no 'readers' row");
      return Number(row.version);
    };
  }
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    // An idle connection the server dropped must not take the process down.
    pool.on("error", () => {});
    return async () => {
      const { rows } = await pool.query({ name: "data-version", text: SQL });
      if (rows.length === 0) throw new Error("DataVersion has no 'readers' row");
      return Number(rows[0].version);
    };
  }
  const client = createClient({ url, authToken });
  return async () => {
    const { rows } = await client.execute(SQL);
    if (rows.length === 0) throw new Error("DataVersion has no 'readers' row");
    return Number(rows[0].version);
  };
}
