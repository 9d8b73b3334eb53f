// `node --expose-gc --import tsx scripts/measure-csv-export.ts [--rows 100000] [--batch 1000]
//   [--postgres postgres://user@host:port/postgres]`
// Seeds a throwaway database with N subscriptions (SQLite, or with --postgres a database
// made on that PostgreSQL server and dropped at the end), streams the admin CSV export through the
// same function the route uses (lib/admin/subscription-csv.ts), and prints how many rows came
// out, how long it took, and the process's memory before, after and at its peak during the
// export. The point: memory must stay flat however many rows there are.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { Prisma } from "../lib/generated/prisma/client";
import { migratePostgres } from "./db/migrate-postgres.mjs";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    batch: { type: "string", default: "1000" },
    postgres: { type: "string" },
  },
});
const ROWS = Number(values.rows);
const BATCH = Number(values.batch);
const SEED_BATCH = 10_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "measure-csv-"));
const file = path.join(dir, "measure.db");
const postgresUrl = values.postgres;
const postgresDb = `meridian_measure_${process.pid}`;
const databaseUrl = () => {
  if (!postgresUrl) return `file:${file}`;
  const url = new URL(postgresUrl);
  url.pathname = `/${postgresDb}`;
  return url.toString();
};
// Set before lib/env.ts is imported (below), so the app's modules see this database.
process.env.DATABASE_URL = databaseUrl();

/** Runs one statement on the PostgreSQL server's maintenance database. */
async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The seeded rows' instant, `seconds` after the epoch, as each engine stores DateTime. */
const instant = (seconds: Prisma.Sql) =>
  postgresUrl
    ? Prisma.sql`(to_timestamp(${seconds}) AT TIME ZONE 'UTC')`
    : Prisma.sql`strftime('%Y-%m-%dT%H:%M:%S.000+00:00', ${seconds}, 'unixepoch')`;
/** Text as the status column: PostgreSQL's is an enum, which text must be cast to. */
const asStatus = (text: Prisma.Sql) =>
  postgresUrl ? Prisma.sql`CAST(${text} AS "SubscriptionStatus")` : text;

async function removeDatabase() {
  fs.rmSync(dir, { recursive: true, force: true });
  if (postgresUrl) await onServer(`DROP DATABASE IF EXISTS "${postgresDb}" WITH (FORCE)`);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;
function memory() {
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function migrate() {
  if (postgresUrl) {
    await onServer(`CREATE DATABASE "${postgresDb}"`);
    await migratePostgres(process.env.DATABASE_URL!, { log: () => {} });
    return;
  }
  const migrated = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "deploy"],
    {
      env: process.env,
      encoding: "utf8",
    },
  );
  if (migrated.status !== 0)
    throw new Error(`migrate deploy failed:\n${migrated.stdout}\n${migrated.stderr}`);
}

async function main() {
  await migrate();

  const { createDbClient } = await import("../lib/db-client");
  const { subscriptionCsvStream } = await import("../lib/admin/subscription-csv");
  const { parseSubscriptionFilters } = await import("../lib/admin/subscription-filters");
  const db = createDbClient(process.env.DATABASE_URL);

  const seedStart = performance.now();
  const plans = await Promise.all(
    [
      {
        slug: "monthly",
        name: "Digital monthly",
        interval: "MONTH" as const,
        priceAmount: 900,
        includesPrint: false,
      },
      {
        slug: "yearly",
        name: "Digital yearly",
        interval: "YEAR" as const,
        priceAmount: 9000,
        includesPrint: false,
      },
      {
        slug: "print",
        name: "Digital + Print yearly",
        interval: "YEAR" as const,
        priceAmount: 14000,
        includesPrint: true,
      },
    ].map((plan) => db.plan.create({ data: plan })),
  );
  const admin = await db.user.create({
    data: { email: "admin@example.com", name: "Admin", role: "ADMIN" },
  });
  const [monthly, yearly, print] = plans.map((plan) => plan.id);
  const base = Date.UTC(2024, 0, 1) / 1000;
  for (let start = 0; start < ROWS; start += SEED_BATCH) {
    const end = Math.min(start + SEED_BATCH, ROWS) - 1;
    // One transaction per batch of rows generated inside the database (a recursive CTE), so
    // seeding 100,000 rows takes seconds. Dates are written as each engine stores them.
    const at = (offset: number) => instant(Prisma.sql`${base} + i * 60 + ${offset}`);
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "User" ("id", "email", "name", "role", "sessionVersion", "createdAt", "updatedAt")
        WITH RECURSIVE n(i) AS (SELECT CAST(${start} AS INTEGER) UNION ALL SELECT i + 1 FROM n WHERE i < ${end})
        SELECT 'u' || i, 'reader' || i || '@example.com',
          CASE WHEN i % 50 = 0 THEN '=Reader, "' || i || '"' ELSE 'Reader ' || i END,
          'READER', 0, ${at(0)}, ${at(0)}
        FROM n`;
      await tx.$executeRaw`
        INSERT INTO "Subscription" ("id", "userId", "planId", "provider", "status", "complimentary",
          "priceAmount", "currency", "currentPeriodStart", "currentPeriodEnd", "cancelAtPeriodEnd",
          "createdAt", "updatedAt")
        WITH RECURSIVE n(i) AS (SELECT CAST(${start} AS INTEGER) UNION ALL SELECT i + 1 FROM n WHERE i < ${end})
        SELECT 's' || i, 'u' || i,
          CASE i % 3 WHEN 0 THEN ${monthly} WHEN 1 THEN ${yearly} ELSE ${print} END,
          'demo',
          ${asStatus(Prisma.sql`CASE i % 5 WHEN 3 THEN 'CANCELED' WHEN 4 THEN 'PAST_DUE' ELSE 'ACTIVE' END`)},
          false, CASE i % 3 WHEN 0 THEN 900 WHEN 1 THEN 9000 ELSE 14000 END, 'usd',
          ${at(0)}, ${at(30 * 86400)}, false, ${at(0)}, ${at(0)}
        FROM n`;
    });
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;

  const { filters } = parseSubscriptionFilters({});
  // Warm up: the first query loads Prisma's query compiler; that one-time cost is not the
  // export's, so it is paid before "before" is taken.
  const warm = subscriptionCsvStream(db, { id: admin.id, role: "ADMIN" }, filters, {
    batchSize: BATCH,
  }).getReader();
  await warm.read();
  await warm.read();
  await warm.cancel();
  const before = memory();
  let peak = { ...before };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, rss), heapUsed: Math.max(peak.heapUsed, heapUsed) };
  };
  const sampler = setInterval(sample, 10);
  const started = performance.now();
  const reader = subscriptionCsvStream(db, { id: admin.id, role: "ADMIN" }, filters, {
    batchSize: BATCH,
  }).getReader();
  let bytes = 0;
  let lines = 0;
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks++;
    bytes += value.byteLength;
    // libSQL answers synchronously, so the timer above rarely fires during the export:
    // sample after every chunk as well.
    sample();
    // Quoted cells hold no line breaks in this data, so CRLFs count records.
    for (let i = 0; i < value.length; i++) if (value[i] === 0x0a) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = memory();

  // What one page of /admin/subscriptions costs at this size: first page, a page deep in the
  // list (keyset cursor), a filtered page, and the count.
  const { selectSubscriptionPage, countSubscriptions, encodeCursor } =
    await import("../lib/admin/subscription-list");
  const timed = async (label: string, run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    console.log(`  ${label}: ${(performance.now() - t).toFixed(1)} ms`);
  };
  const middle = await selectSubscriptionPage(db, filters, { limit: 1 });
  const deep = (await db.subscription.findFirstOrThrow({
    where: { id: `s${Math.floor(ROWS / 2)}` },
    select: { id: true, createdAt: true },
  }))!;
  const cursor = encodeCursor(filters, {
    ...middle.rows[0]!,
    id: deep.id,
    startedAt: deep.createdAt,
  });
  const active = parseSubscriptionFilters({ status: "ACTIVE", print: "yes" }).filters;
  const byName = parseSubscriptionFilters({ sort: "name" }).filters;
  console.log("Page queries (50 rows):");
  await timed("first page", () => selectSubscriptionPage(db, filters, { limit: 50 }));
  await timed("page from the middle (keyset)", () =>
    selectSubscriptionPage(db, filters, { after: cursor, limit: 50 }),
  );
  await timed("active + print, first page", () =>
    selectSubscriptionPage(db, active, { limit: 50 }),
  );
  await timed("sorted by name, first page", () =>
    selectSubscriptionPage(db, byName, { limit: 50 }),
  );
  await timed("count, no filter", () => countSubscriptions(db, filters));
  await timed("count, active + print", () => countSubscriptions(db, active));
  await timed("search by email (substring scan)", () =>
    selectSubscriptionPage(db, parseSubscriptionFilters({ q: `reader${ROWS - 7}@` }).filters, {
      limit: 50,
    }),
  );
  await db.$disconnect();
  await removeDatabase();

  console.log(
    `Seeded ${ROWS.toLocaleString("en-US")} subscriptions in ${seedSeconds.toFixed(1)} s`,
  );
  console.log(
    `Exported ${(lines - 1).toLocaleString("en-US")} rows (+ header) in ${chunks} chunks, ${mb(bytes)}, in ${seconds.toFixed(2)} s (batch ${BATCH})`,
  );
  console.log(`RSS   before ${mb(before.rss)}  peak ${mb(peak.rss)}  after ${mb(after.rss)}`);
  console.log(
    `Heap  before ${mb(before.heapUsed)}  peak ${mb(peak.heapUsed)}  after ${mb(after.heapUsed)}`,
  );
  if (!gc)
    console.log("(run with --expose-gc for before/after figures taken after garbage collection)");
  if (lines - 1 !== ROWS) throw new Error(`expected ${ROWS} rows, got ${lines - 1}`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await removeDatabase().catch(() => {});
  process.exit(1);
});
