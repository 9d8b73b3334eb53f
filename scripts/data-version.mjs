// Reads the data-version counter (DataVersion 'readers', moved by database triggers on every
// write to accounts, subscriptions, plans and payments): the page cache asks it before
// reusing a private admin list, and the edition resolver before reusing a reader's edition,
// so it is read on every signed-in request.
//
// For the embedded SQLite file, one prepared statement on a read-only connection of its own
// (about 12 µs); through @libsql/client's execute, which prepares the statement on every
// call, it cost 60 µs, a fifth of a cached page. A libSQL server is asked through the client.
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import Database from "libsql";

const SQL = `SELECT "version" FROM "DataVersion" WHERE "id" = 'readers'`;

/** The SQLite file a `file:` URL names, or null for any other URL. */
function sqliteFile(url) {
  if (!url.startsWith("file:")) return null;
  return url.startsWith("file://") ? fileURLToPath(url) : url.slice("file:".length);
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
  const client = createClient({ url, authToken });
  return async () => {
    const { rows } = await client.execute(SQL);
    if (rows.length === 0) throw new Error("DataVersion has no 'readers' row");
    return Number(rows[0].version);
  };
}
