import { z } from "zod";
import { assertCan, type Actor } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { databaseEngine } from "../db-engine";
import { Prisma } from "../generated/prisma/client";
import { userIdsMatching } from "../users/user-search";
import {
  startedRange,
  type SubscriptionFilters,
  type SubscriptionStatus,
} from "./subscription-filters";

/**
 * The admin's subscription list, built to stay fast at 100,000 rows and more:
 *
 * - Keyset pagination: a page starts after (or before) the sort value and id of a row, so
 *   page 4,000 costs what page 1 costs; OFFSET would walk every row before it.
 * - Each sort order has an index ending in id (see the admin_subscriptions migration), alone
 *   and after the status and plan filters, so the database reads rows already in order.
 * - The "print" filter becomes a list of plan ids (a few plans), so it uses the same index.
 * - Search is a substring match on the reader's name and email, from the trigram index
 *   (lib/users/user-search.ts): the matching readers' subscriptions are read by userId and
 *   sorted, so the cost follows the number of matches, not the size of the table.
 *
 * On SQLite, dates are compared as the text Prisma's libSQL adapter stores
 * ("…T12:00:00.000+00:00"); a Date passed as a parameter is serialised the same way, so
 * comparisons hold. On PostgreSQL they are timestamps. The SQL is the same on both engines
 * but for SQLite's planner hints (filterConditions).
 */

export const SUBSCRIPTIONS_PAGE_SIZE = 50;

export type SubscriptionListRow = {
  id: string;
  userId: string;
  readerName: string;
  readerEmail: string;
  planName: string;
  status: SubscriptionStatus;
  includesPrint: boolean;
  complimentary: boolean;
  cancelAtPeriodEnd: boolean;
  startedAt: Date;
  currentPeriodEnd: Date;
  priceAmount: number;
  currency: string;
};

type RawRow = Omit<SubscriptionListRow, "includesPrint" | "complimentary" | "cancelAtPeriodEnd"> & {
  includesPrint: boolean | number | bigint;
  complimentary: boolean | number | bigint;
  cancelAtPeriodEnd: boolean | number | bigint;
  priceAmount: number | bigint;
};

/**
 * The columns each sort orders by, most significant first, ending in unique ids. By name,
 * readers are walked in name order (User_name_id_idx) and each one's subscriptions by id
 * (Subscription_userId_id_idx), so no sort step is needed for that order either.
 */
const SORT_KEYS = {
  started: [Prisma.raw(`s."createdAt"`), Prisma.raw(`s."id"`)],
  "period-end": [Prisma.raw(`s."currentPeriodEnd"`), Prisma.raw(`s."id"`)],
  name: [Prisma.raw(`u."name"`), Prisma.raw(`u."id"`), Prisma.raw(`s."id"`)],
} as const;

/** Where a page starts: the sort key values of the row next to it. */
const CursorSchema = z.array(z.string().max(300)).min(2).max(3);

export function encodeCursor(filters: SubscriptionFilters, row: SubscriptionListRow): string {
  const values =
    filters.sort === "name"
      ? [row.readerName, row.userId, row.id]
      : [(filters.sort === "started" ? row.startedAt : row.currentPeriodEnd).toISOString(), row.id];
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** The cursor's values as SQL parameters, or null (first page) for one that does not fit. */
function decodeCursor(filters: SubscriptionFilters, cursor: string | undefined) {
  if (!cursor) return null;
  try {
    const values = CursorSchema.parse(
      JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")),
    );
    if (values.length !== SORT_KEYS[filters.sort].length) return null;
    if (filters.sort === "name") return values;
    const date = new Date(values[0]!);
    return Number.isNaN(date.getTime()) ? null : [date, values[1]!];
  } catch {
    return null;
  }
}

/** The WHERE clause for the filters (no cursor), with the tables aliased s, u and p. */
function filterConditions(filters: SubscriptionFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  // With a search, the matching readers' subscriptions are few: the unary + keeps SQLite
  // from walking the status or plan index over the whole table instead of reading them.
  // SQLite only: PostgreSQL has no unary + on text, and its planner weighs the row counts.
  const hint = filters.q && databaseEngine() === "sqlite" ? "+" : "";
  const column = (name: string) => Prisma.raw(`${hint}s."${name}"`);
  if (filters.status) conditions.push(Prisma.sql`${column("status")} = ${filters.status}`);
  if (filters.plan) conditions.push(Prisma.sql`${column("planId")} = ${filters.plan}`);
  if (filters.print)
    conditions.push(
      Prisma.sql`s."planId" IN (SELECT "id" FROM "Plan" WHERE "includesPrint" = ${filters.print === "yes"})`,
    );
  const { from, until } = startedRange(filters);
  if (from) conditions.push(Prisma.sql`s."createdAt" >= ${from}`);
  if (until) conditions.push(Prisma.sql`s."createdAt" < ${until}`);
  if (filters.q) conditions.push(Prisma.sql`s."userId" IN (${userIdsMatching(filters.q)})`);
  return conditions;
}

const where = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/**
 * One page of rows in the filters' order, starting after `after` (or ending before
 * `before`, for the previous page). Returns up to `limit` rows and whether more lie beyond.
 */
export async function selectSubscriptionPage(
  db: DbClient,
  filters: SubscriptionFilters,
  page: { after?: string; before?: string; limit: number },
): Promise<{ rows: SubscriptionListRow[]; more: boolean }> {
  const raw = await db.$queryRaw<RawRow[]>(subscriptionPageSql(filters, page));
  const more = raw.length > page.limit;
  const rows = raw.slice(0, page.limit).map(toRow);
  if (!page.after && page.before) rows.reverse();
  return { rows, more };
}

/** The page query itself; exported so tests can EXPLAIN it and check its indexes. */
export function subscriptionPageSql(
  filters: SubscriptionFilters,
  page: { after?: string; before?: string; limit: number },
): Prisma.Sql {
  const backwards = !page.after && Boolean(page.before);
  const cursor = decodeCursor(filters, backwards ? page.before : page.after);
  // Reading backwards flips the order; the rows are put right again below.
  const ascending = (filters.dir === "asc") !== backwards;
  const keys = SORT_KEYS[filters.sort];
  const conditions = filterConditions(filters);
  if (cursor) {
    // A row-value comparison pages exactly after the cursor; the redundant comparison on
    // the first column lets the index range start there instead of at the beginning.
    const [first] = keys;
    const tuple = Prisma.sql`(${Prisma.join(keys)})`;
    const values = Prisma.sql`(${Prisma.join(cursor)})`;
    conditions.push(
      ascending
        ? Prisma.sql`${first} >= ${cursor[0]} AND ${tuple} > ${values}`
        : Prisma.sql`${first} <= ${cursor[0]} AND ${tuple} < ${values}`,
    );
  }
  const order = ascending ? Prisma.raw("ASC") : Prisma.raw("DESC");
  // By name, CROSS JOIN makes readers the outer loop (SQLite keeps that join order), so
  // the name index gives the order; otherwise subscriptions lead. The join condition is in
  // the WHERE clause: PostgreSQL allows no ON after CROSS JOIN (and plans it as a join).
  if (filters.sort === "name") conditions.unshift(Prisma.sql`s."userId" = u."id"`);
  const from =
    filters.sort === "name"
      ? Prisma.sql`"User" u CROSS JOIN "Subscription" s`
      : Prisma.sql`"Subscription" s JOIN "User" u ON u."id" = s."userId"`;
  return Prisma.sql`
    SELECT s."id", s."userId", u."name" AS "readerName", u."email" AS "readerEmail",
      p."name" AS "planName", s."status", p."includesPrint", s."complimentary",
      s."cancelAtPeriodEnd", s."createdAt" AS "startedAt", s."currentPeriodEnd",
      s."priceAmount", s."currency"
    FROM ${from}
    JOIN "Plan" p ON p."id" = s."planId"
    ${where(conditions)}
    ORDER BY ${Prisma.join(
      keys.map((key) => Prisma.sql`${key} ${order}`),
      ", ",
    )}
    LIMIT ${page.limit + 1}`;
}

function toRow(row: RawRow): SubscriptionListRow {
  return {
    ...row,
    startedAt: new Date(row.startedAt),
    currentPeriodEnd: new Date(row.currentPeriodEnd),
    priceAmount: Number(row.priceAmount),
    includesPrint: Boolean(Number(row.includesPrint)),
    complimentary: Boolean(Number(row.complimentary)),
    cancelAtPeriodEnd: Boolean(Number(row.cancelAtPeriodEnd)),
  };
}

/** How many subscriptions match; on indexes only (the search is a subquery of reader ids). */
export async function countSubscriptions(db: DbClient, filters: SubscriptionFilters) {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>(subscriptionCountSql(filters));
  return Number(row?.n ?? 0);
}

export function subscriptionCountSql(filters: SubscriptionFilters): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*) AS "n" FROM "Subscription" s ${where(filterConditions(filters))}`;
}

/** A page of the admin list, with the cursors of the pages either side. */
export async function listSubscriptions(
  db: DbClient,
  actor: Actor | null,
  input: { filters: SubscriptionFilters; after?: string; before?: string; pageSize?: number },
) {
  assertCan(actor, "subscription:manage", "Only admins can see subscriptions.");
  const limit = input.pageSize ?? SUBSCRIPTIONS_PAGE_SIZE;
  const [page, total] = await Promise.all([
    selectSubscriptionPage(db, input.filters, { after: input.after, before: input.before, limit }),
    countSubscriptions(db, input.filters),
  ]);
  const first = page.rows[0];
  const last = page.rows.at(-1);
  const backwards = !input.after && Boolean(input.before);
  const hasNext = backwards ? true : page.more;
  const hasPrevious = backwards ? page.more : Boolean(input.after);
  return {
    rows: page.rows,
    total,
    next: hasNext && last ? encodeCursor(input.filters, last) : null,
    previous: hasPrevious && first ? encodeCursor(input.filters, first) : null,
  };
}

/** Every plan (retired ones marked), for the filter and the action forms. */
export async function subscriptionPlanOptions(db: DbClient, actor: Actor | null) {
  assertCan(actor, "subscription:manage", "Only admins can see subscriptions.");
  const plans = await db.plan.findMany({
    orderBy: [{ position: "asc" }, { priceAmount: "asc" }],
    select: { id: true, name: true, retiredAt: true },
    take: 100,
  });
  return plans.map((plan) => ({
    id: plan.id,
    label: plan.retiredAt ? `${plan.name} (retired)` : plan.name,
    retired: Boolean(plan.retiredAt),
  }));
}
