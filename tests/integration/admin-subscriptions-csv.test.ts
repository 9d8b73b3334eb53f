import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { csvRow } from "@/lib/admin/csv";
import { CSV_HEADER, subscriptionCsvStream } from "@/lib/admin/subscription-csv";
import { parseSubscriptionFilters } from "@/lib/admin/subscription-filters";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { createUser } from "./account-helpers";

const ROWS = 5000;
const BATCH = 400;
let admin: Awaited<ReturnType<typeof createUser>>;
const tag = randomUUID().slice(0, 6);
const BASE = Date.UTC(2026, 2, 1);

beforeAll(async () => {
  await ensureDefaultPlans(db);
  admin = await createUser({ role: "ADMIN" });
  const plan = await db.plan.findFirstOrThrow({ where: { slug: "digital-monthly" } });
  const users = Array.from({ length: ROWS }, (_, i) => ({
    id: `cu-${tag}-${String(i).padStart(5, "0")}`,
    // Every few rows, a name that needs quoting or would run as a formula.
    name: i % 10 === 0 ? `=cmd|' /C calc'!A${i}` : i % 10 === 1 ? `Smith, "J" ${i}` : `Reader ${i}`,
    email: `csv-${tag}-${i}@example.com`,
  }));
  // 10,000 rows take Prisma's client a few seconds on either engine (the work is in building
  // the statements, not in the database): more than the default 5 s a transaction may last.
  await db.$transaction(
    async (tx) => {
      await tx.user.createMany({ data: users });
      await tx.subscription.createMany({
        data: users.map((user, i) => ({
          id: `cs-${tag}-${String(i).padStart(5, "0")}`,
          userId: user.id,
          planId: plan.id,
          provider: "demo",
          status: "ACTIVE" as const,
          priceAmount: 900 + (i % 3),
          currency: "usd",
          currentPeriodStart: new Date(BASE + i * 1000),
          currentPeriodEnd: new Date(BASE + i * 1000 + 30 * 86_400_000),
          createdAt: new Date(BASE + i * 1000),
        })),
      });
    },
    { timeout: 60_000 },
  );
});

describe("CSV export", () => {
  it("streams every filtered row, escaped, in order, one batch per chunk", async () => {
    const { filters } = parseSubscriptionFilters({ q: `csv-${tag}`, sort: "started", dir: "asc" });
    const stream = subscriptionCsvStream(db, admin.actor, filters, { batchSize: BATCH });
    const reader = stream.getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const chunks: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value));
    }
    // The header, then one chunk per batch: rows arrive as they are read, never all at once.
    expect(chunks).toHaveLength(1 + Math.ceil(ROWS / BATCH));
    expect(chunks[0]).toBe(`\uFEFF${csvRow(CSV_HEADER)}`);
    for (const chunk of chunks.slice(1, -1))
      expect(chunk.match(/\r\ncs-/g)?.length ?? 0).toBe(BATCH - 1);
    const want =
      `\uFEFF${csvRow(CSV_HEADER)}` +
      Array.from({ length: ROWS }, (_, i) => {
        const name =
          i % 10 === 0
            ? `'=cmd|' /C calc'!A${i}`
            : i % 10 === 1
              ? `"Smith, ""J"" ${i}"`
              : `Reader ${i}`;
        const start = new Date(BASE + i * 1000);
        const end = new Date(BASE + i * 1000 + 30 * 86_400_000);
        return `cs-${tag}-${String(i).padStart(5, "0")},${name},csv-${tag}-${i}@example.com,Digital monthly,ACTIVE,no,no,${start.toISOString()},${end.toISOString()},${((900 + (i % 3)) / 100).toFixed(2)},USD,no\r\n`;
      }).join("");
    expect(chunks.join("")).toBe(want);
    // The export itself is on the audit trail, with the filters used.
    const audit = await db.auditEntry.findMany({
      where: { action: "subscription.export", actorId: admin.id },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ q: `csv-${tag}` });
  });

  it("reads the next batch only when the previous one was taken", async () => {
    const { filters } = parseSubscriptionFilters({ q: `csv-${tag}` });
    let queries = 0;
    const counting = new Proxy(db, {
      get(target, key, receiver) {
        if (key === "$queryRaw") queries++;
        return Reflect.get(target, key, receiver);
      },
    });
    const reader = subscriptionCsvStream(counting, admin.actor, filters, {
      batchSize: BATCH,
    }).getReader();
    await reader.read(); // header
    await reader.read(); // first batch
    await new Promise((resolve) => setTimeout(resolve, 50));
    // At most one batch read ahead (the stream's high-water mark), not the whole table.
    expect(queries).toBeGreaterThanOrEqual(1);
    expect(queries).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it("refuses anyone but an admin before writing anything", async () => {
    const { filters } = parseSubscriptionFilters({});
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      const user = await createUser({ role });
      expect(() => subscriptionCsvStream(db, user.actor, filters)).toThrow(/admins/);
    }
  });
});
