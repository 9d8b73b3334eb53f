import type { Client, InStatement, InValue } from "@libsql/client";

/**
 * Batched multi-row INSERTs through @libsql/client. One statement carries up to a few
 * hundred rows and one transaction a few thousand: row-by-row inserts (or Prisma
 * creates) would spend their time on per-statement overhead and per-transaction syncs,
 * turning a one-minute generation into an hour.
 */

// SQLite's default limit on bound parameters per statement is 32,766; stay well below.
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_STATEMENT = 500;
const ROWS_PER_TRANSACTION = 5_000;

export type Row = readonly InValue[];

export function insertStatements(
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
): InStatement[] {
  const perStatement = Math.max(
    1,
    Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length)),
  );
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statements: InStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    for (const row of chunk)
      if (row.length !== columns.length)
        throw new Error(`${table}: a row has ${row.length} values for ${columns.length} columns`);
    statements.push({
      sql: head + chunk.map(() => tuple).join(", "),
      args: chunk.flat(),
    });
  }
  return statements;
}

/** A table's rows, written in transactions of ROWS_PER_TRANSACTION. */
export async function bulkInsert(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) {
    await client.batch(
      insertStatements(table, columns, rows.slice(start, start + ROWS_PER_TRANSACTION)),
      "write",
    );
  }
}

/** Dates as the Prisma libSQL adapter stores them, so the app's raw SQL compares correctly. */
export function sqlDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
