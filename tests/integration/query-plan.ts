import { db } from "@/lib/db";
import { databaseEngine } from "@/lib/db-engine";

export const onPostgres = databaseEngine() === "postgres";

/**
 * The database's plan for a query built with Prisma.sql, one step per line, for index
 * checks: SQLite's EXPLAIN QUERY PLAN, or PostgreSQL's EXPLAIN. Test tables hold a few
 * rows, which PostgreSQL would rather read whole; with sequential scans priced out, the
 * plan shows which indexes the query can use (tests that need a plan for a large table
 * fill it and VACUUM ANALYZE it first). `postgresOff` prices out more of PostgreSQL's plan
 * steps, e.g. "sort" to see whether an index can give the order (a few hundred rows are
 * cheaper to sort); SQLite ignores it.
 */
export async function queryPlan(
  sql: {
    sql: string;
    text: string;
    values: unknown[];
  },
  options: { postgresOff?: ("sort" | "incremental_sort")[] } = {},
): Promise<string> {
  if (onPostgres) {
    const rows = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      for (const step of options.postgresOff ?? [])
        await tx.$executeRawUnsafe(`SET LOCAL enable_${step} = off`);
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql.text}`, ...sql.values);
    });
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  }
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN ${sql.sql}`,
    ...sql.values,
  );
  return rows.map((row) => row.detail).join("\n");
}
