// Copies a SQLite database of this app into an empty PostgreSQL database: for a magazine
// moving from the embedded default to PostgreSQL (docs/deploy.md), and for the benchmark,
// which generates its dataset in SQLite and measures the same rows on both engines.
//
//   node scripts/db/copy-to-postgres.mjs --from file:./data/app.db --to postgres://…
//
// The target is migrated first (prisma/postgres/migrations) and must hold no rows of its
// own. The copy is one transaction: a failure leaves the target as empty as it was. The
// tables and their columns are PostgreSQL's (information_schema), so a table added to the
// schema is copied without a change here; values are converted by the column's PostgreSQL
// type (SQLite keeps booleans as 0/1 and dates as text). The search index moves as its
// rows: SQLite's FTS5 table and "ArticleSearchPage" become PostgreSQL's one
// "ArticleSearch", with the same rowids, so results rank in the same order. SQLite's
// reader lookup table (FTS5 "UserSearch") has no counterpart: PostgreSQL searches "User"
// through trigram indexes.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client";
import pg from "pg";
import { isPostgresUrl } from "../database-url.mjs";
import { isMain } from "../is-main.mjs";
import { migratePostgres } from "./migrate-postgres.mjs";

/** SQLite tables that PostgreSQL does without, or holds in another shape (see above). */
const SQLITE_ONLY = new Set(["_prisma_migrations", "sqlite_sequence", "ArticleSearchPage"]);
const SQLITE_FTS = ["ArticleSearch", "UserSearch"];
/** PostgreSQL tables not copied column for column: the migration history, the index. */
const NOT_COPIED = new Set(["_prisma_migrations", "ArticleSearch"]);
/** Rows the migrations insert; the source's rows replace them. */
const MIGRATION_ROWS = new Set(["DataVersion"]);

const READ_BATCH = 2_000;
// PostgreSQL takes at most 65,535 parameters per statement.
const MAX_PARAMETERS = 60_000;
const MAX_ROWS_PER_STATEMENT = 1_000;

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * A SQLite value as PostgreSQL's column type wants it. Dates: Prisma's SQLite adapter
 * writes ISO text ("…+00:00"), older rows may hold epoch milliseconds; PostgreSQL's
 * columns are `timestamp(3)` without a zone holding UTC, so they get UTC text without an
 * offset (a JS Date would be sent in this machine's zone, and the offset dropped).
 */
export function toPostgresValue(value, dataType) {
  if (value === null || value === undefined) return null;
  if (dataType === "boolean") return Number(value) !== 0;
  if (dataType.startsWith("timestamp") || dataType === "date") {
    const date =
      typeof value === "number" || typeof value === "bigint" || /^\d+$/.test(String(value))
        ? new Date(Number(value))
        : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(String(value)) ? value : `${value}Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`"${value}" is not a date`);
    return date.toISOString().slice(0, -1);
  }
  if (dataType === "bytea") return Buffer.from(value);
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** PostgreSQL's tables (but the ones copied another way) with their columns and types. */
async function targetTables(client) {
  const { rows } = await client.query(
    `SELECT c.table_name, c.column_name, c.data_type, c.is_generated
     FROM information_schema.columns c
     JOIN information_schema.tables t
       ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map();
  for (const row of rows) {
    if (NOT_COPIED.has(row.table_name)) continue;
    if (!tables.has(row.table_name)) tables.set(row.table_name, []);
    if (row.is_generated === "ALWAYS") continue;
    tables.get(row.table_name).push({ name: row.column_name, type: row.data_type });
  }
  return tables;
}

/** Table names with every table after those its foreign keys point at. */
async function foreignKeyOrder(client, names) {
  const { rows } = await client.query(
    `SELECT src.relname AS "from", dst.relname AS "to"
     FROM pg_constraint k
     JOIN pg_class src ON src.oid = k.conrelid
     JOIN pg_class dst ON dst.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  const needs = new Map(names.map((name) => [name, new Set()]));
  for (const { from, to } of rows) {
    if (from === to)
      throw new Error(`${from} refers to itself; copying it needs its rows ordered first.`);
    needs.get(from)?.add(to);
  }
  const ordered = [];
  const placed = new Set();
  while (ordered.length < names.length) {
    const ready = names.filter(
      (name) => !placed.has(name) && [...needs.get(name)].every((to) => placed.has(to)),
    );
    if (ready.length === 0) throw new Error("The foreign keys form a cycle.");
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

/** Multi-row INSERTs of `rows` (arrays of values in `columns` order). */
async function insertRows(client, table, columns, rows) {
  const perStatement = Math.max(
    1,
    Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length)),
  );
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const tuples = chunk.map(
      (_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
    );
    await client.query(head + tuples.join(", "), chunk.flat());
  }
}

/**
 * Reads rows in the order of `key` (a rowid), a batch at a time: keyset paging, so no
 * batch scans past the ones before it. `sql` selects the rowid as "__rowid".
 */
async function* readBatches(source, sql, key = "rowid") {
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const { rows } = await source.execute({
      sql: `${sql} WHERE ${key} > ? ORDER BY ${key} LIMIT ${READ_BATCH}`,
      args: [after],
    });
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows.at(-1).__rowid);
    if (rows.length < READ_BATCH) return;
  }
}

async function sqliteTables(source) {
  const { rows } = await source.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  return rows.map((row) => String(row.name));
}

async function sqliteColumns(source, table) {
  const { rows } = await source.execute(`PRAGMA table_info(${quote(table)})`);
  return new Set(rows.map((row) => String(row.name)));
}

/**
 * Copies every row of the SQLite database at `from` into the PostgreSQL database at `to`.
 * Returns the number of rows copied per table (the search index as "ArticleSearch").
 * @param {{ from: string, to: string, log?: (line: string) => void }} options
 * @returns {Promise<Record<string, number>>}
 */
export async function copySqliteToPostgres({ from, to, log = console.log }) {
  if (isPostgresUrl(from) || !from.startsWith("file:"))
    throw new Error("--from must be a SQLite database (file:…)");
  if (!isPostgresUrl(to)) throw new Error("--to must be a PostgreSQL URL (postgres://…)");
  // libSQL would create an empty database for a mistyped path (and report it unmigrated).
  const file = from.slice("file:".length);
  if (!fs.existsSync(file)) throw new Error(`There is no SQLite database at ${file}.`);
  await migratePostgres(to, { log });
  const source = createClient({ url: from });
  const target = new pg.Client({ connectionString: to });
  await target.connect();
  /** @type {Record<string, number>} */
  const copied = {};
  try {
    const tables = await targetTables(target);
    const present = await sqliteTables(source);
    const fts = SQLITE_FTS.flatMap((name) => [name, `${name}_`]);
    const unknown = present.filter(
      (name) =>
        !tables.has(name) &&
        !SQLITE_ONLY.has(name) &&
        !fts.some((prefix) => name === prefix || name.startsWith(prefix)),
    );
    if (unknown.length > 0)
      throw new Error(
        `PostgreSQL has no table for ${unknown.join(", ")}: is this the same app, and are ` +
          "both databases migrated (npm run db:migrate)?",
      );
    for (const [table, columns] of tables) {
      if (!present.includes(table))
        throw new Error(`The SQLite database has no table ${table}: run npm run db:migrate on it.`);
      const have = await sqliteColumns(source, table);
      const missing = columns.filter((column) => !have.has(column.name));
      if (missing.length > 0)
        throw new Error(
          `The SQLite table ${table} lacks ${missing.map((c) => c.name).join(", ")}: ` +
            "run npm run db:migrate on it first.",
        );
      if (MIGRATION_ROWS.has(table)) continue;
      const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM ${quote(table)}) AS any`);
      if (rows[0].any)
        throw new Error(`PostgreSQL's ${table} already has rows: copy into an empty database.`);
    }
    const { rows: indexed } = await target.query(
      `SELECT EXISTS (SELECT 1 FROM "ArticleSearch") AS any`,
    );
    if (indexed[0].any)
      throw new Error("PostgreSQL's ArticleSearch already has rows: copy into an empty database.");

    await checkSearchIndex(source);
    const order = await foreignKeyOrder(target, [...tables.keys()]);
    await target.query("BEGIN");
    // The tables' own triggers (the data-version counter's, one deferred call per row, and
    // the audit log's guard) have nothing to do while rows arrive that were already
    // counted and guarded at the source; the foreign keys' triggers stay on. The copied
    // "DataVersion" row carries the counter. Inside the transaction, so a failure undoes it.
    for (const table of order)
      await target.query(`ALTER TABLE ${quote(table)} DISABLE TRIGGER USER`);
    for (const table of order) {
      const columns = tables.get(table);
      const names = columns.map((column) => column.name);
      if (MIGRATION_ROWS.has(table)) await target.query(`DELETE FROM ${quote(table)}`);
      const select = `SELECT rowid AS __rowid, ${names.map(quote).join(", ")} FROM ${quote(table)}`;
      let count = 0;
      for await (const rows of readBatches(source, select)) {
        const values = rows.map((row) =>
          columns.map((column) => toPostgresValue(row[column.name], column.type)),
        );
        await insertRows(target, table, names, values);
        count += rows.length;
      }
      copied[table] = count;
      log(`  ${table}: ${count}`);
    }
    copied.ArticleSearch = await copySearchIndex(source, target);
    log(`  ArticleSearch: ${copied.ArticleSearch}`);
    for (const table of order)
      await target.query(`ALTER TABLE ${quote(table)} ENABLE TRIGGER USER`);
    await target.query("COMMIT");
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    source.close();
    await target.end();
  }
  // A bulk load leaves the planner without statistics until autovacuum comes by; a
  // database that grew by use has them.
  const analyze = new pg.Client({ connectionString: to });
  await analyze.connect();
  await analyze.query("ANALYZE").finally(() => analyze.end());
  return copied;
}

/**
 * Each FTS row of SQLite's search index has its "ArticleSearchPage" row, written together
 * (lib/search/search-index.ts). A database where they disagree is refused before anything
 * is copied, rather than copied with rows quietly missing.
 */
async function checkSearchIndex(source) {
  const count = async (sql) => Number((await source.execute(sql)).rows[0].n);
  const [texts, pages, pairs] = await Promise.all([
    count(`SELECT count(*) AS n FROM "ArticleSearch"`),
    count(`SELECT count(*) AS n FROM "ArticleSearchPage"`),
    count(
      `SELECT count(*) AS n FROM "ArticleSearchPage" p JOIN "ArticleSearch" s ON s.rowid = p.rowid`,
    ),
  ]);
  if (texts !== pairs || pages !== pairs)
    throw new Error(
      `The SQLite search index is inconsistent (${texts} texts, ${pages} page rows, ` +
        `${pairs} matching): every text should have its page row.`,
    );
}

/** SQLite's FTS5 rows and their "ArticleSearchPage" rows, as PostgreSQL's one table. */
async function copySearchIndex(source, target) {
  const columns = ["rowid", "articleId", "page", "audience", "title", "dek", "body", "authors"];
  const select = `SELECT p.rowid AS __rowid, p."articleId", p."page", p."audience",
      s."title", s."dek", s."body", s."authors"
    FROM "ArticleSearchPage" p JOIN "ArticleSearch" s ON s.rowid = p.rowid`;
  let count = 0;
  for await (const rows of readBatches(source, `SELECT * FROM (${select})`, "__rowid")) {
    const values = rows.map((row) => [
      Number(row.__rowid),
      row.articleId,
      Number(row.page),
      row.audience,
      row.title ?? "",
      row.dek ?? "",
      row.body ?? "",
      row.authors ?? "",
    ]);
    await insertRows(target, "ArticleSearch", columns, values);
    count += rows.length;
  }
  return count;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { from: { type: "string" }, to: { type: "string" } },
  });
  if (!values.from || !values.to) {
    console.error(
      "Usage: node scripts/db/copy-to-postgres.mjs --from file:./data/app.db --to postgres://…",
    );
    process.exit(2);
  }
  const started = Date.now();
  copySqliteToPostgres({ from: values.from, to: values.to })
    .then((copied) => {
      const rows = Object.values(copied).reduce((sum, n) => sum + n, 0);
      console.log(`Copied ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    })
    .catch((error) => {
      console.error(`Copy failed; no rows were written to PostgreSQL: ${error.message}`);
      process.exit(1);
    });
}
