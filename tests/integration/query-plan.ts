import { db } from "@/lib/db";

/** SQLite's plan for a query built with Prisma.sql, one step per line, for index checks. */
export async function queryPlan(sql: { sql: string; values: unknown[] }): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN ${sql.sql}`,
    ...sql.values,
  );
  return rows.map((row) => row.detail).join("\n");
}
