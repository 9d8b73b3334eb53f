import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseSubscriptionFilters } from "@/lib/admin/subscription-filters";
import {
  countSubscriptions,
  listSubscriptions,
  subscriptionCountSql,
  subscriptionPageSql,
} from "@/lib/admin/subscription-list";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/admin-users";
import { createAdminWithPlan, createUser, type TestUser } from "./account-helpers";
import { onPostgres, queryPlan } from "./query-plan";

/**
 * The readers' search (lib/users/user-search.ts): on SQLite the trigram index "UserSearch"
 * for three characters or more, a scan for fewer; on PostgreSQL pg_trgm indexes on "User";
 * behind /admin/users and /admin/subscriptions. Every test makes its own people with
 * made-up names; the database is shared by the file.
 */

const tag = () => randomUUID().slice(0, 8);
const filtersOf = (params: Record<string, string>) => parseSubscriptionFilters(params).filters;

let admin: TestUser;
let planId: string;

beforeAll(async () => {
  ({ admin, planId } = await createAdminWithPlan());
});

/** Ids of the (not deleted) accounts /admin/users lists for `q`, sorted. */
async function usersFound(q: string): Promise<string[]> {
  const found = await listUsers(db, admin.actor, { q });
  expect(found.total).toBe(found.users.length);
  return found.users.map((user) => user.id).sort();
}

const ids = (...users: { id: string }[]) => users.map((user) => user.id).sort();

async function subscribe(user: { id: string }) {
  return db.subscription.create({
    data: {
      userId: user.id,
      planId,
      provider: "demo",
      status: "ACTIVE",
      priceAmount: 900,
      currency: "usd",
      currentPeriodStart: new Date("2026-01-01T00:00:00Z"),
      currentPeriodEnd: new Date("2026-02-01T00:00:00Z"),
    },
    select: { id: true },
  });
}

/** Subscription ids the admin list shows for `q`, checked against its count. */
async function subscriptionsFound(q: string): Promise<string[]> {
  const filters = filtersOf({ q });
  const page = await listSubscriptions(db, admin.actor, { filters, pageSize: 100 });
  expect(page.total).toBe(page.rows.length);
  expect(await countSubscriptions(db, filters)).toBe(page.total);
  return page.rows.map((row) => row.id).sort();
}

describe("user search", () => {
  it("finds a part of a name or an email, whatever its case", async () => {
    const t = tag();
    const ada = await createUser({ name: "Ada Okafor", email: `ada-${t}@example.com` });
    const bea = await createUser({
      name: `Bea ${t}`,
      email: `Bea.Quillfeather-${t}@Example.ORG`,
    });
    // Close, but not the substring.
    const decoy = await createUser({ name: "Kaf Oku Forde", email: `kaf-${t}@example.com` });
    await createUser({ name: "Ada Okafor", email: `gone-${t}@example.com`, deletedAt: new Date() });

    for (const q of ["KAFO", "okafor", "Ada Oka", "  okaFOR  "])
      expect(await usersFound(q)).toEqual(ids(ada));
    for (const q of ["quillfeather", "QUILLFEATHER", `${t}@example.org`, `BEA.QUILL`])
      expect(await usersFound(q)).toEqual(ids(bea));
    expect(await usersFound(`ada-${t.toUpperCase()}@EXAMPLE`)).toEqual(ids(ada));
    expect(await usersFound("Okafor Ada")).toEqual([]);

    // The same search in the subscription list, page and count.
    const [adaSub, beaSub] = [await subscribe(ada), await subscribe(bea)];
    await subscribe(decoy);
    expect(await subscriptionsFound("KAFO")).toEqual(ids(adaSub));
    expect(await subscriptionsFound("quillFEATHER")).toEqual(ids(beaSub));
    const page = await listSubscriptions(db, admin.actor, { filters: filtersOf({ q: "kafo" }) });
    expect(page.rows[0]).toMatchObject({ readerName: "Ada Okafor", readerEmail: ada.email });
  });

  it("folds the case of non-ASCII letters too", async () => {
    const odon = await createUser({ name: "Ödön Ångström", email: `odon-${tag()}@example.com` });
    for (const q of ["ångst", "ÅNGST", "Ångström", "ödön", "ÖDÖN", "STRÖM", "ön Å"])
      expect(await usersFound(q), q).toEqual(ids(odon));
    // Two characters, as typed: the scan finds them.
    expect(await usersFound("Öd")).toContain(odon.id);
    const sub = await subscribe(odon);
    expect(await subscriptionsFound("ÅNGSTRÖM")).toEqual(ids(sub));
  });

  // Queries shorter than three characters are scanned for, not looked up; SQLite's lower()
  // folds ASCII only, so "öd" must still find "Ödön" (and "å" find "Å").
  it("folds the case of non-ASCII letters in one- and two-character queries", async () => {
    const odon = await createUser({ name: "Ödön Ångström", email: `odon-${tag()}@example.com` });
    expect(await usersFound("öd")).toContain(odon.id);
    expect(await usersFound("å")).toContain(odon.id);
  });

  it('treats " * % _ ( and FTS5 syntax as plain characters', async () => {
    const t = tag();
    const symbols = await createUser({
      name: `Quinn "*%_( Marlow`,
      email: `pct%_under-${t}@example.com`,
    });
    const quoted = await createUser({ name: 'Dee "Quoted"', email: `quoted-${t}@example.com` });
    const star = await createUser({ name: "Dee Star*", email: `star-${t}@example.com` });
    const percent = await createUser({ name: "Dee 100% Sure", email: `pc-${t}@example.com` });
    const under = await createUser({ name: "Dee under_score", email: `us-${t}@example.com` });
    const paren = await createUser({ name: "Dee (Parens)", email: `pa-${t}@example.com` });

    // The whole run, and parts of it (three or more characters: from the trigram index;
    // "%_": the scan).
    for (const q of ['"*%_(', '"*%', "*%_", "%_(", "%_", `"*%_( marlow`, `%_under-${t}`])
      expect(await usersFound(q), q).toEqual(ids(symbols));
    // Each alone finds who has it, and not the others.
    const single: [string, TestUser][] = [
      ['"', quoted],
      ["*", star],
      ["%", percent],
      ["_", under],
      ["(", paren],
    ];
    for (const [q, owner] of single) {
      const found = await usersFound(q);
      expect(found, q).toEqual(expect.arrayContaining([symbols.id, owner.id]));
      const others = [quoted, star, percent, under, paren].filter((user) => user !== owner);
      for (const other of others) expect(found, q).not.toContain(other.id);
    }
    // Not wildcards, not a prefix operator.
    for (const q of ["Dee*", "Dee%", "D_e", "De_", "%Dee", "Dee (P*"])
      expect(await usersFound(q), q).toEqual([]);
    // FTS5 query syntax means nothing, and nothing throws.
    for (const q of [
      '""""',
      "NEAR(",
      "a OR b",
      "NOT dee",
      "name:dee",
      "^dee",
      "-dee",
      "dee +",
      "'",
      "\\",
      "(((",
      "x".repeat(500),
    ])
      expect(await usersFound(q), q).toEqual([]);
    const sub = await subscribe(symbols);
    expect(await subscriptionsFound('"*%_(')).toEqual(ids(sub));
    expect(await subscriptionsFound("NEAR(")).toEqual([]);
  });

  it("finds one and two characters by scanning", async () => {
    const t = tag();
    const jo = await createUser({ name: "Jo Wq", email: `jo-${t}@example.com` });
    const sub = await subscribe(jo);
    for (const q of ["WQ", "wq", "Wq", "o W"]) expect(await usersFound(q), q).toEqual(ids(jo));
    expect(await subscriptionsFound("wQ")).toEqual(ids(sub));

    const lower = await usersFound("w");
    expect(lower).toContain(jo.id);
    expect(await usersFound("W")).toEqual(lower);
    // Everyone found has a "w" in their name or email; everyone with one is found.
    const withW = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "deletedAt" IS NULL
        AND (lower("name") LIKE '%w%' OR lower("email") LIKE '%w%')`;
    expect(lower).toEqual(withW.map((row) => row.id).sort());
  });

  it("follows renames, new emails and deleted rows", async () => {
    const t = tag();
    const user = await createUser({
      name: "Renata Vellichor",
      email: `vellichor-${t}@example.com`,
    });
    const sub = await subscribe(user);
    expect(await usersFound("vellichor")).toEqual(ids(user));

    await db.user.update({ where: { id: user.id }, data: { name: "Renata Quenby" } });
    expect(await usersFound("RENATA VELL")).toEqual([]);
    expect(await usersFound("renata quen")).toEqual(ids(user));
    // The old email is still hers.
    expect(await usersFound(`vellichor-${t}`)).toEqual(ids(user));
    expect(await subscriptionsFound("quenby")).toEqual(ids(sub));

    await db.user.update({ where: { id: user.id }, data: { email: `quenby-${t}@example.com` } });
    expect(await usersFound("vellichor")).toEqual([]);
    expect(await usersFound(`QUENBY-${t}`)).toEqual(ids(user));
    expect(await subscriptionsFound("vellichor")).toEqual([]);

    // Other columns change nothing.
    await db.user.update({ where: { id: user.id }, data: { role: "WRITER" } });
    expect(await usersFound("quenby")).toEqual(ids(user));

    await db.user.delete({ where: { id: user.id } });
    expect(await usersFound("quenby")).toEqual([]);
    expect(await subscriptionsFound("quenby")).toEqual([]);
    // PostgreSQL searches "User" itself, so there is no copy to be left behind.
    if (onPostgres) return;
    const left = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "UserSearch" WHERE "userId" = ${user.id}`;
    expect(Number(left[0]!.n)).toBe(0);
  });

  // "UserSearch" is SQLite's copy of names and emails; PostgreSQL indexes "User" itself.
  it.skipIf(onPostgres)('keeps "UserSearch" in step with "User", one row per account', async () => {
    await db.user.createMany({
      data: [1, 2, 3].map((i) => ({
        name: `Batch ${i}`,
        email: `batch-${i}-${tag()}@example.com`,
      })),
    });
    const [counts] = await db.$queryRaw<{ users: bigint; rows: bigint; stale: bigint }[]>`
      SELECT (SELECT count(*) FROM "User") AS users,
             (SELECT count(*) FROM "UserSearch") AS rows,
             (SELECT count(*) FROM "User" u WHERE NOT EXISTS (
                SELECT 1 FROM "UserSearch" s
                WHERE s."userId" = u."id" AND s."name" = u."name" AND s."email" = u."email"))
               AS stale`;
    expect(Number(counts!.rows)).toBe(Number(counts!.users));
    expect(Number(counts!.stale)).toBe(0);
  });
});

describe("user search query plans", () => {
  // PostgreSQL plans by the tables' sizes: over the few readers and subscriptions the
  // tests make, reading them all costs less than an index. Copies of a subscriber (named
  // unlike anyone searched for) give it tables where the trigram indexes are worth using.
  beforeAll(async () => {
    if (!onPostgres) return;
    const user = await createUser({ name: "Filler", email: `filler-${tag()}@example.com` });
    const { id } = await subscribe(user);
    await db.$executeRaw`
      INSERT INTO "User"
      SELECT (jsonb_populate_record(u, jsonb_build_object(
        'id', 'filler-' || n, 'name', 'Filler ' || n, 'email', 'filler-' || n || '@example.com'))).*
      FROM "User" u CROSS JOIN generate_series(1, 5000) AS n WHERE u."id" = ${user.id}`;
    await db.$executeRaw`
      INSERT INTO "Subscription"
      SELECT (jsonb_populate_record(s, jsonb_build_object('id', 'filler-' || n, 'userId', 'filler-' || n))).*
      FROM "Subscription" s CROSS JOIN generate_series(1, 5000) AS n WHERE s."id" = ${id}`;
    // As autovacuum would: statistics, and the trigram indexes' pending rows merged.
    await db.$executeRawUnsafe(`VACUUM ANALYZE "User", "Subscription"`);
  });

  it.each<Record<string, string>>([
    {},
    { sort: "name" },
    { sort: "period-end", dir: "asc" },
    { status: "ACTIVE" },
  ])("the subscription list searches readers through the trigram index: %o", async (params) => {
    const filters = filtersOf({ ...params, q: "okafor" });
    for (const sql of [
      subscriptionPageSql(filters, { limit: 50 }),
      subscriptionCountSql(filters),
    ]) {
      const detail = await queryPlan(sql);
      if (onPostgres) {
        // Both trigram indexes, their matches OR-ed...
        expect(detail).toMatch(/Bitmap Index Scan on "User_name_trgm_idx"/);
        expect(detail).toMatch(/Bitmap Index Scan on "User_email_trgm_idx"/);
        // ...and "User" read no other way than by id: no walk through every reader.
        expect(detail).not.toMatch(/Seq Scan on "User"|"User_pkey" on "User".*\n(?!\s+Index Cond)/);
        continue;
      }
      expect(detail).toMatch(/SCAN UserSearch VIRTUAL TABLE/);
      // No scan of "User" (by either name), with or without an index.
      expect(detail).not.toMatch(/SCAN u\b/);
      expect(detail).not.toMatch(/SCAN "?User\b/);
    }
  });
});
