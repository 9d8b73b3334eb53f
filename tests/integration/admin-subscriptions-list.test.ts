import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  parseSubscriptionFilters,
  type SubscriptionFilters,
} from "@/lib/admin/subscription-filters";
import {
  countSubscriptions,
  listSubscriptions,
  selectSubscriptionPage,
  subscriptionCountSql,
  subscriptionPageSql,
  type SubscriptionListRow,
} from "@/lib/admin/subscription-list";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { createUser } from "./account-helpers";
import { onPostgres, queryPlan } from "./query-plan";

/** The admin list against a seeded table: every filter, sort and page, checked against a plain in-memory answer. */

const STATUSES = ["ACTIVE", "ACTIVE", "CANCELED", "PAST_DUE", "TRIALING"] as const;
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const COUNT = 240;

type Seeded = {
  id: string;
  name: string;
  email: string;
  planId: string;
  print: boolean;
  status: string;
  createdAt: Date;
  currentPeriodEnd: Date;
};
let seeded: Seeded[] = [];
let admin: Awaited<ReturnType<typeof createUser>>;
let plans: { id: string; includesPrint: boolean }[];

beforeAll(async () => {
  await ensureDefaultPlans(db);
  admin = await createUser({ role: "ADMIN" });
  plans = await db.plan.findMany({ select: { id: true, includesPrint: true } });
  const tag = randomUUID().slice(0, 6);
  const users = Array.from({ length: COUNT }, (_, i) => ({
    id: `lu-${tag}-${String(i).padStart(4, "0")}`,
    // Names repeat (ties on the sort key) and include characters LIKE would treat as wildcards.
    name:
      i % 7 === 0
        ? "Same Name"
        : `Reader ${String((i * 37) % COUNT).padStart(3, "0")}${i === 5 ? " 100%_off" : ""}`,
    email: `list-${tag}-${i}@example.com`,
  }));
  await db.user.createMany({ data: users });
  seeded = users.map((user, i) => {
    const plan = plans[i % plans.length]!;
    return {
      id: `ls-${tag}-${String(i).padStart(4, "0")}`,
      name: user.name,
      email: user.email,
      planId: plan.id,
      print: plan.includesPrint,
      status: STATUSES[i % STATUSES.length]!,
      // Several rows share each start instant, so the id tie-break matters.
      createdAt: new Date(BASE + Math.floor(i / 3) * DAY),
      currentPeriodEnd: new Date(BASE + ((i * 53) % 97) * DAY),
    };
  });
  await db.subscription.createMany({
    data: seeded.map((row, i) => ({
      id: row.id,
      userId: users[i]!.id,
      planId: row.planId,
      provider: "demo",
      status: row.status as "ACTIVE",
      priceAmount: 900,
      currency: "usd",
      currentPeriodStart: row.createdAt,
      currentPeriodEnd: row.currentPeriodEnd,
      createdAt: row.createdAt,
    })),
  });
});

const filtersOf = (params: Record<string, string>) => parseSubscriptionFilters(params).filters;

/** The expected order of `rows` for `filters`, computed without SQL. */
function expected(filters: SubscriptionFilters): string[] {
  const key = (row: Seeded): string | number =>
    filters.sort === "name"
      ? row.name
      : (filters.sort === "started" ? row.createdAt : row.currentPeriodEnd).getTime();
  const from = filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : -Infinity;
  const until = filters.to ? Date.parse(`${filters.to}T00:00:00Z`) + DAY : Infinity;
  const q = filters.q.toLowerCase();
  return seeded
    .filter((row) => !filters.status || row.status === filters.status)
    .filter((row) => !filters.plan || row.planId === filters.plan)
    .filter((row) => !filters.print || row.print === (filters.print === "yes"))
    .filter((row) => row.createdAt.getTime() >= from && row.createdAt.getTime() < until)
    .filter((row) => !q || row.name.toLowerCase().includes(q) || row.email.includes(q))
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const byKey = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return filters.dir === "asc" ? byKey : -byKey;
    })
    .map((row) => row.id);
}

/** Walks every page forwards with the "next" cursors. */
async function walk(filters: SubscriptionFilters, pageSize: number) {
  const ids: string[] = [];
  const pages: string[][] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await listSubscriptions(db, admin.actor, { filters, after, pageSize });
    pages.push(page.rows.map((r) => r.id));
    ids.push(...page.rows.map((r) => r.id));
    if (!page.next) return { ids, pages, total: page.total };
    after = page.next;
  }
  throw new Error("pagination did not end");
}

// Only this file's rows: the search narrows to the seeded emails where a filter would not.
const mine = (rows: SubscriptionListRow[]) => rows.filter((r) => r.id.startsWith("ls-"));

describe("admin subscription list", () => {
  const cases: Record<string, string>[] = [
    {},
    { sort: "started", dir: "asc" },
    { sort: "period-end", dir: "asc" },
    { sort: "period-end", dir: "desc" },
    { sort: "name" },
    { sort: "name", dir: "desc" },
    { status: "ACTIVE" },
    { status: "CANCELED", sort: "period-end" },
    { print: "yes" },
    { print: "no", sort: "name" },
    { from: "2026-01-10", to: "2026-02-05" },
    { from: "2026-01-10", to: "2026-01-10", sort: "period-end" },
    { status: "ACTIVE", print: "no", from: "2026-01-05", sort: "name", dir: "desc" },
  ];

  it.each(cases)("pages through every row in order: %o", async (params) => {
    const filters = filtersOf({ q: "list-", ...params });
    const want = expected(filters);
    const { ids, pages, total } = await walk(filters, 17);
    expect(ids).toEqual(want);
    expect(total).toBe(want.length);
    expect(pages.slice(0, -1).every((p) => p.length === 17)).toBe(true);
  });

  it("filters by plan", async () => {
    const filters = filtersOf({ q: "list-", plan: plans[1]!.id, sort: "name" });
    expect((await walk(filters, 25)).ids).toEqual(expected(filters));
  });

  it("the previous-page cursor returns the page before, in the same order", async () => {
    const filters = filtersOf({ q: "list-", sort: "period-end", dir: "asc" });
    const first = await listSubscriptions(db, admin.actor, { filters, pageSize: 20 });
    const second = await listSubscriptions(db, admin.actor, {
      filters,
      after: first.next!,
      pageSize: 20,
    });
    const third = await listSubscriptions(db, admin.actor, {
      filters,
      after: second.next!,
      pageSize: 20,
    });
    const back = await listSubscriptions(db, admin.actor, {
      filters,
      before: third.previous!,
      pageSize: 20,
    });
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    expect(back.previous).not.toBeNull();
    const start = await listSubscriptions(db, admin.actor, {
      filters,
      before: second.previous!,
      pageSize: 20,
    });
    expect(start.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(start.previous).toBeNull();
    expect(first.previous).toBeNull();
  });

  it("searches names and emails as plain text, case-insensitively", async () => {
    const byEmail = await listSubscriptions(db, admin.actor, {
      filters: filtersOf({ q: seeded[42]!.email.toUpperCase() }),
    });
    expect(byEmail.rows.map((r) => r.id)).toEqual([seeded[42]!.id]);
    expect(byEmail.rows[0]).toMatchObject({ readerEmail: seeded[42]!.email, status: "CANCELED" });
    // "%" and "_" are matched literally, not as wildcards.
    const literal = await listSubscriptions(db, admin.actor, {
      filters: filtersOf({ q: "100%_" }),
    });
    expect(mine(literal.rows).map((r) => r.id)).toEqual([seeded[5]!.id]);
    const none = await listSubscriptions(db, admin.actor, {
      filters: filtersOf({ q: "no such reader" }),
    });
    expect(none).toMatchObject({ rows: [], total: 0, next: null, previous: null });
  });

  it("a tampered cursor starts from the first page instead of failing", async () => {
    const filters = filtersOf({ q: "list-" });
    const page = await listSubscriptions(db, admin.actor, {
      filters,
      after: "not-a-cursor",
      pageSize: 5,
    });
    expect(page.rows.map((r) => r.id)).toEqual(expected(filters).slice(0, 5));
  });

  it("reports bad filter values and keeps the others", () => {
    const { filters, errors } = parseSubscriptionFilters({
      status: "SOMETHING",
      from: "2026-02-30",
      to: "2026-01-01",
      print: "yes",
      sort: "name",
    });
    expect(errors).toMatchObject({
      status: expect.any(String),
      from: expect.stringMatching(/date/),
    });
    expect(filters).toMatchObject({ print: "yes", sort: "name", dir: "asc", to: "2026-01-01" });
    expect(filters.status).toBeUndefined();
    const reversed = parseSubscriptionFilters({ from: "2026-03-01", to: "2026-01-01" });
    expect(reversed.errors.to).toMatch(/before its start/);
  });

  it("is for admins only", async () => {
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      const user = await createUser({ role });
      await expect(listSubscriptions(db, user.actor, { filters: filtersOf({}) })).rejects.toThrow(
        /admins/,
      );
    }
    await expect(listSubscriptions(db, null, { filters: filtersOf({}) })).rejects.toThrow(
      /sign in/i,
    );
  });

  it("count and page agree", async () => {
    const filters = filtersOf({ status: "PAST_DUE", q: "list-" });
    const page = await selectSubscriptionPage(db, filters, { limit: 1000 });
    // Both against the answer computed without SQL, so a wrong filter cannot agree with itself.
    expect(page.rows.map((row) => row.id)).toEqual(expected(filters));
    expect(await countSubscriptions(db, filters)).toBe(expected(filters).length);
  });
});

describe("query plans", () => {
  const cursorFor = async (filters: SubscriptionFilters) =>
    (await listSubscriptions(db, admin.actor, { filters, pageSize: 3 })).next ?? undefined;

  const cases: [Record<string, string>, RegExp][] = [
    [{}, /Subscription_createdAt_id_idx/],
    [{ sort: "period-end" }, /Subscription_currentPeriodEnd_id_idx/],
    [{ status: "ACTIVE" }, /Subscription_status_createdAt_id_idx/],
    [{ status: "ACTIVE", sort: "period-end" }, /Subscription_status_currentPeriodEnd_id_idx/],
    [{ plan: "PLAN" }, /Subscription_planId_createdAt_id_idx/],
    [{ plan: "PLAN", sort: "period-end" }, /Subscription_planId_currentPeriodEnd_id_idx/],
    [{ sort: "name" }, /User_name_id_idx/],
    [
      { from: "2026-01-10", to: "2026-02-05" },
      /Subscription_createdAt_id_idx \(createdAt>\? AND createdAt<\?\)/,
    ],
  ];

  it.each(cases)(
    "%o reads its index, sorts without a temporary table, and pages from the cursor",
    async (params, index) => {
      const filters = filtersOf({ ...params, ...(params.plan ? { plan: plans[0]!.id } : {}) });
      const after = await cursorFor(filters);
      expect(after).toBeDefined();
      // On PostgreSQL, whether the index can give the order: these few rows it would sort.
      // By name, ties on the reader are still sorted (incremental sort), as on SQLite.
      const detail = await queryPlan(subscriptionPageSql(filters, { after, limit: 50 }), {
        postgresOff: filters.sort === "name" ? ["sort"] : ["sort", "incremental_sort"],
      });
      if (onPostgres) {
        // The index by name (the index's own name; the range is in its Index Cond).
        expect(detail).toMatch(
          new RegExp(`Index (Only )?Scan (Backward )?using "${index.source.split(" ")[0]}"`),
        );
        // The order comes from the index; at most ties on the name are sorted (Incremental Sort).
        expect(detail).not.toMatch(/(^|-> {2})Sort\b/m);
        expect(detail).not.toMatch(/Seq Scan on "Subscription"/);
        return;
      }
      expect(detail).toMatch(index);
      // The order comes from the index; at most ties on the name are sorted.
      expect(detail).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
      expect(detail).not.toMatch(/SCAN s\b(?! USING)/);
    },
  );

  it("counts use an index, never the table", async () => {
    const list: Record<string, string>[] = [
      {},
      { status: "ACTIVE" },
      { plan: plans[0]!.id },
      { from: "2026-01-10" },
    ];
    for (const params of list) {
      const detail = await queryPlan(subscriptionCountSql(filtersOf(params)));
      expect(detail).toMatch(onPostgres ? /Index (Only )?Scan/ : /USING (COVERING )?INDEX/);
    }
  });
});
