import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { grantComplimentary } from "@/lib/admin/grant-complimentary";
import { db } from "@/lib/db";
import { databaseEngine } from "@/lib/db-engine";
import { countVersionTriggers, createDataVersionReader } from "../../scripts/data-version.mjs";
import { createAdminWithPlan, createUser, type TestUser } from "./account-helpers";

/**
 * The "readers" counter (migration 20261201000000_reader_data_version) that the private
 * page cache compares before giving an admin back a list (scripts/page-cache.mjs). If a
 * write to the tables those lists show did not move it, an admin would see a stale list.
 */

const version = async () =>
  (await db.dataVersion.findUniqueOrThrow({ where: { id: "readers" } })).version;

/** Runs `write` and answers whether the counter moved. */
async function moves(write: () => Promise<unknown>): Promise<boolean> {
  const before = await version();
  await write();
  return (await version()) !== before;
}

let admin: TestUser;
let planId: string;

beforeAll(async () => {
  ({ admin, planId } = await createAdminWithPlan());
});

describe("the readers' data version", () => {
  it("moves on every insert, update and delete of accounts", async () => {
    let reader!: TestUser;
    expect(await moves(async () => (reader = await createUser()))).toBe(true);
    expect(
      await moves(() => db.user.update({ where: { id: reader.id }, data: { role: "EDITOR" } })),
    ).toBe(true);
    expect(
      await moves(() =>
        db.user.update({ where: { id: reader.id }, data: { disabledAt: new Date() } }),
      ),
    ).toBe(true);
    expect(await moves(() => db.user.delete({ where: { id: reader.id } }))).toBe(true);
  });

  it("moves on every write to subscriptions, payments and plans", async () => {
    const reader = await createUser();
    const now = new Date();
    let subscriptionId = "";
    expect(
      await moves(async () => {
        subscriptionId = (
          await db.subscription.create({
            data: {
              userId: reader.id,
              planId,
              provider: "demo",
              status: "ACTIVE",
              priceAmount: 900,
              currency: "usd",
              currentPeriodStart: now,
              currentPeriodEnd: new Date(now.getTime() + 30 * 86_400_000),
            },
          })
        ).id;
      }),
    ).toBe(true);
    let paymentId = "";
    expect(
      await moves(async () => {
        paymentId = (
          await db.payment.create({
            data: {
              subscriptionId,
              userId: reader.id,
              amount: 900,
              currency: "usd",
              status: "PAID",
              providerPaymentId: `pay_${randomUUID()}`,
              description: "Monthly",
              periodStart: now,
              periodEnd: now,
            },
          })
        ).id;
      }),
    ).toBe(true);
    expect(
      await moves(() =>
        db.payment.update({ where: { id: paymentId }, data: { refundedAmount: 100 } }),
      ),
    ).toBe(true);
    expect(
      await moves(() =>
        db.subscription.update({ where: { id: subscriptionId }, data: { status: "CANCELED" } }),
      ),
    ).toBe(true);
    expect(await moves(() => db.payment.delete({ where: { id: paymentId } }))).toBe(true);
    expect(await moves(() => db.subscription.delete({ where: { id: subscriptionId } }))).toBe(true);
    const plan = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(
      await moves(() =>
        db.plan.update({ where: { id: planId }, data: { name: `${plan.name} (renamed)` } }),
      ),
    ).toBe(true);
    await db.plan.update({ where: { id: planId }, data: { name: plan.name } });
    let newPlanId = "";
    expect(
      await moves(async () => {
        newPlanId = (
          await db.plan.create({
            data: {
              slug: `plan-${randomUUID().slice(0, 8)}`,
              name: "Weekend edition",
              interval: "MONTH",
              priceAmount: 500,
            },
          })
        ).id;
      }),
    ).toBe(true);
    expect(await moves(() => db.plan.delete({ where: { id: newPlanId } }))).toBe(true);
  });

  it("moves when an admin gives free months, the write the list must show next", async () => {
    const reader = await createUser();
    expect(
      await moves(async () => {
        const result = await grantComplimentary(db, admin.actor, {
          email: reader.email,
          planId,
          months: "2",
          requestId: randomUUID(),
        });
        expect(result.ok).toBe(true);
      }),
    ).toBe(true);
  });

  it("stands still for an update or delete that matches no row", async () => {
    // Row triggers on both engines: no row written, nothing fired. (PostgreSQL's statement
    // triggers, before, moved it for these too, and locked the counter's row for nothing.)
    expect(
      await moves(async () => {
        await db.$executeRaw`UPDATE "User" SET "name" = "name" WHERE "id" = ${randomUUID()}`;
        await db.$executeRaw`DELETE FROM "Payment" WHERE "id" = ${randomUUID()}`;
      }),
    ).toBe(false);
  });

  it("moves once for a transaction's writes on PostgreSQL, at its commit", async () => {
    const reader = await createUser();
    const before = await version();
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: reader.id }, data: { name: "First" } });
      await tx.user.update({ where: { id: reader.id }, data: { name: "Second" } });
      await tx.plan.update({ where: { id: planId }, data: { position: { increment: 0 } } });
    });
    // PostgreSQL bumps once per transaction, when it commits, so that the counter's one row
    // is locked only for the moment of committing rather than from the first write on
    // (which queued every such transaction on every server behind the others). SQLite's
    // row triggers move it per row written; a write transaction holds the whole file anyway.
    expect((await version()) - before).toBe(databaseEngine() === "postgres" ? 1 : 3);
  });

  it("stands still for writes the admin lists do not show", async () => {
    expect(
      await moves(async () => {
        await db.rateLimit.create({
          data: { key: `signin:${randomUUID()}`, count: 1, resetAt: new Date() },
        });
        await db.auditEntry.create({
          data: { action: "test.noop", actorId: admin.id, targetType: "test", targetId: "x" },
        });
      }),
    ).toBe(false);
  });
});

describe("the server's own reader of the counter (scripts/data-version.mjs)", () => {
  it("finds every trigger that moves it (else the server keeps no private copies)", async () => {
    const { found, wanted } = await countVersionTriggers({ url: process.env.DATABASE_URL! });
    expect(found).toBe(wanted);
    expect(wanted).toBe(databaseEngine() === "postgres" ? 4 : 12);
  });

  it("reads what the database holds, and sees a write from another connection at once", async () => {
    const read = createDataVersionReader({ url: process.env.DATABASE_URL! });
    expect(await read()).toBe(await version());
    const before = await read();
    await createUser();
    expect(await read()).toBe(await version());
    expect(await read()).not.toBe(before);
  });
});
