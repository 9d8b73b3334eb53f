import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { businessMetrics, monthPoints } from "@/lib/admin/business-metrics";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A small fixture whose figures are worked out by hand below. This file's database holds
 * only these rows (each test file gets its own copy of the migrated database).
 *
 * now = 2026-07-15 12:00 UTC, so the 30-day window is (2026-06-15 12:00, 2026-07-15 12:00].
 *
 * Plans: monthly (its price is now 1000, but A was sold at 900), yearly 12000, print yearly
 * 18000 (retired since).
 *
 *   sub plan    status                      price  created           ends (effective)
 *   A   monthly ACTIVE                        900  2026-01-10        —
 *   B   yearly  ACTIVE                      12000  2026-03-01 10:00  —
 *   C   yearly  ACTIVE, complimentary           0  2026-07-01 08:00  —
 *   D   print   ACTIVE, cancel at period end 18000 2025-08-01        2026-08-01 (period end); cancel asked 2026-07-01
 *   E   monthly CANCELED (cancel + refund)    1000  2026-02-01 09:00  2026-06-20 (endedAt)
 *   F   monthly CANCELED                      1000  2026-06-25        2026-07-05 10:00 (endedAt)
 *   G   monthly PAST_DUE (demo, no retry)     1000  2026-01-05        2026-07-05 (period end)
 *   H   yearly  CANCELED                     12000  2025-01-01        2026-05-01 00:00 exactly (endedAt)
 *   I   monthly INCOMPLETE                    1000  2026-07-10        never started
 *   J   monthly ACTIVE                        1000  2026-07-16        after `now`: not yet
 *   K   yearly  CANCELED, never paid         12000  2026-07-01        never started (incomplete_expired)
 *
 * Active now: A, B, C, D = 4 (monthly 1, yearly 2, print 1).
 * MRR = 900 + 12000/12 + 0 (complimentary) + 18000/12 = 900 + 1000 + 0 + 1500 = 3400.
 * New in window: C (07-01), F (06-25) = 2 (I incomplete, K never paid, J after now).
 * Cancellations asked in window: D (07-01), E (06-20), F (07-05) = 3 (H asked 2026-05-01).
 * Ended in window: E (06-20), F (07-05), G (07-05) = 3.
 * Churn: active at 2026-06-15 12:00 = A, B, D, E, G = 5 (C, F began later; H had ended);
 *        of those ended by now: E, G = 2; rate = 2 / 5 = 0.4.
 * Refunds in window: A's payment 300 on 07-10, E's payment 1000 on 06-20 = 2, $13.00
 *        (B's 500 refund on 2026-05-01 is outside).
 * Chart, active at the close of each month (the current one at `now`):
 *   Aug–Dec 2025: D, H = 2 each
 *   Jan 2026 (at Feb 1): + A, G = 4
 *   Feb (at Mar 1 00:00): + E = 5 (B starts Mar 1 10:00)
 *   Mar (at Apr 1): + B = 6
 *   Apr (at May 1 00:00): H ends exactly then, so not active = 5
 *   May (at Jun 1): 5
 *   Jun (at Jul 1 00:00): E ended, F running = A, B, D, F, G = 5 (C starts 08:00)
 *   Jul (at now): A, B, C, D = 4
 */
const NOW = new Date("2026-07-15T12:00:00Z");
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const admin = { id: "admin-1", role: "ADMIN" as const };

const plans = { monthly: "", yearly: "", print: "" };

async function sub(
  plan: keyof typeof plans,
  fields: Partial<Prisma.SubscriptionUncheckedCreateInput> & { createdAt: Date },
) {
  const user = await db.user.create({
    data: { email: `m-${randomUUID()}@example.com`, name: "Fixture" },
  });
  return db.subscription.create({
    data: {
      userId: user.id,
      planId: plans[plan],
      provider: "demo",
      status: "ACTIVE",
      priceAmount: 1000,
      currency: "usd",
      currentPeriodStart: fields.createdAt,
      currentPeriodEnd: at("2026-08-10"),
      firstPaidAt: fields.createdAt,
      ...fields,
    },
  });
}

async function payment(subscriptionId: string, amount: number, refunded: number, on: Date) {
  await db.payment.create({
    data: {
      subscriptionId,
      amount,
      currency: "usd",
      status: "PAID",
      refundedAmount: refunded,
      refundedAt: on,
      providerPaymentId: `pay-${randomUUID()}`,
      description: "Fixture payment",
      periodStart: on,
      periodEnd: on,
    },
  });
}

beforeAll(async () => {
  const plan = (slug: string, interval: "MONTH" | "YEAR", priceAmount: number, position: number) =>
    db.plan.create({ data: { slug, name: slug, interval, priceAmount, position } });
  plans.monthly = (await plan("fx-monthly", "MONTH", 1000, 0)).id;
  plans.yearly = (await plan("fx-yearly", "YEAR", 12000, 1)).id;
  plans.print = (await plan("fx-print", "YEAR", 18000, 2)).id;
  await db.plan.update({ where: { id: plans.print }, data: { retiredAt: at("2026-06-01") } });

  const a = await sub("monthly", {
    createdAt: at("2026-01-10"),
    priceAmount: 900,
    currentPeriodStart: at("2026-07-10"),
  });
  const b = await sub("yearly", {
    createdAt: at("2026-03-01T10:00:00Z"),
    priceAmount: 12000,
    currentPeriodEnd: at("2027-03-01T10:00:00Z"),
  });
  await sub("yearly", {
    createdAt: at("2026-07-01T08:00:00Z"),
    priceAmount: 0,
    complimentary: true,
    provider: "complimentary",
    firstPaidAt: null,
  });
  await sub("print", {
    createdAt: at("2025-08-01"),
    priceAmount: 18000,
    currentPeriodEnd: at("2026-08-01"),
    cancelAtPeriodEnd: true,
    canceledAt: at("2026-07-01T09:00:00Z"),
  });
  const e = await sub("monthly", {
    createdAt: at("2026-02-01T09:00:00Z"),
    status: "CANCELED",
    canceledAt: at("2026-06-20"),
    endedAt: at("2026-06-20"),
  });
  await sub("monthly", {
    createdAt: at("2026-06-25"),
    status: "CANCELED",
    canceledAt: at("2026-07-05T10:00:00Z"),
    endedAt: at("2026-07-05T10:00:00Z"),
  });
  await sub("monthly", {
    createdAt: at("2026-01-05"),
    status: "PAST_DUE",
    currentPeriodStart: at("2026-06-05"),
    currentPeriodEnd: at("2026-07-05"),
  });
  await sub("yearly", {
    createdAt: at("2025-01-01"),
    status: "CANCELED",
    priceAmount: 12000,
    canceledAt: at("2026-05-01"),
    endedAt: at("2026-05-01T00:00:00Z"),
  });
  await sub("monthly", { createdAt: at("2026-07-10"), status: "INCOMPLETE", firstPaidAt: null });
  await sub("monthly", { createdAt: at("2026-07-16") });
  await sub("yearly", {
    createdAt: at("2026-07-01"),
    status: "CANCELED",
    firstPaidAt: null,
    endedAt: at("2026-07-02"),
  });

  await payment(a.id, 900, 300, at("2026-07-10"));
  await payment(e.id, 1000, 1000, at("2026-06-20"));
  await payment(b.id, 12000, 500, at("2026-05-01"));
});

describe("business metrics", () => {
  it("matches the figures worked out by hand", async () => {
    const m = await businessMetrics(db, admin, NOW);
    expect(m.activeTotal).toBe(4);
    expect(m.activeByPlan.map((p) => [p.planName, p.count, p.retired])).toEqual([
      ["fx-monthly", 1, false],
      ["fx-yearly", 2, false],
      ["fx-print", 1, true],
    ]);
    expect(m.mrr).toEqual([{ currency: "usd", amount: 3400 }]);
    expect(m.newSubscriptions).toBe(2);
    expect(m.cancellations).toBe(3);
    expect(m.ended).toBe(3);
    expect(m.churn).toEqual({ activeAtStart: 5, endedSince: 2, rate: 0.4 });
    expect(m.refunds).toEqual({ count: 2, amounts: [{ currency: "usd", amount: 1300 }] });
    expect(m.monthly.map((p) => [p.month, p.active])).toEqual([
      ["2025-08", 2],
      ["2025-09", 2],
      ["2025-10", 2],
      ["2025-11", 2],
      ["2025-12", 2],
      ["2026-01", 4],
      ["2026-02", 5],
      ["2026-03", 6],
      ["2026-04", 5],
      ["2026-05", 5],
      ["2026-06", 5],
      ["2026-07", 4],
    ]);
  });

  it("moves with the injected clock: before anything existed every figure is zero", async () => {
    const m = await businessMetrics(db, admin, at("2024-06-01"));
    expect(m).toMatchObject({
      activeTotal: 0,
      mrr: [],
      newSubscriptions: 0,
      ended: 0,
      refunds: { count: 0, amounts: [] },
      churn: { activeAtStart: 0, endedSince: 0, rate: null },
    });
    expect(m.monthly.every((p) => p.active === 0)).toBe(true);
  });

  it("measures the chart at each month's close and the current month at now", () => {
    const points = monthPoints(NOW);
    expect(points).toHaveLength(12);
    expect(points[0]).toMatchObject({ month: "2025-08", label: "Aug 2025", at: at("2025-09-01") });
    expect(points[11]).toMatchObject({ month: "2026-07", at: NOW });
  });

  it("is for admins only", async () => {
    for (const role of ["READER", "WRITER", "EDITOR"] as const)
      await expect(businessMetrics(db, { id: "x", role }, NOW)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    await expect(businessMetrics(db, null, NOW)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
