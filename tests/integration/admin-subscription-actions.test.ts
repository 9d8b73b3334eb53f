import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelSubscriptionAsAdmin } from "@/lib/admin/cancel-subscription";
import { changePlanFromNextPeriod } from "@/lib/admin/change-plan";
import { grantComplimentary } from "@/lib/admin/grant-complimentary";
import { refundPaymentAsAdmin } from "@/lib/admin/refund-payment";
import { getSubscriptionDetail } from "@/lib/admin/subscription-detail";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { getEntitlement } from "@/lib/subscriptions/entitlements";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";
import { createUser, sentEmails, spyOnEmails, type TestUser } from "./account-helpers";

const DAY = 86_400_000;
const NOW = new Date("2026-06-01T12:00:00Z");
let admin: TestUser;
let plans: Record<string, { id: string; priceAmount: number }>;

beforeAll(async () => {
  await ensureDefaultPlans(db);
  admin = await createUser({ role: "ADMIN" });
  plans = Object.fromEntries(
    (await db.plan.findMany({ select: { id: true, slug: true, priceAmount: true } })).map((p) => [
      p.slug,
      p,
    ]),
  );
});
beforeEach(() => {
  spyOnEmails();
});

/** A paid demo subscription started `daysAgo` before NOW, with one payment for its first period. */
async function paidSubscription(daysAgo = 10, plan = "digital-monthly") {
  const reader = await createUser();
  const start = new Date(NOW.getTime() - daysAgo * DAY);
  const end = new Date(start.getTime() + (plan === "digital-monthly" ? 30 : 365) * DAY);
  const price = plans[plan]!.priceAmount;
  const subscription = await db.subscription.create({
    data: {
      userId: reader.id,
      planId: plans[plan]!.id,
      provider: "demo",
      status: "ACTIVE",
      priceAmount: price,
      currency: "usd",
      currentPeriodStart: start,
      currentPeriodEnd: end,
      firstPaidAt: start,
      createdAt: start,
    },
  });
  const payment = await db.payment.create({
    data: {
      subscriptionId: subscription.id,
      userId: reader.id,
      amount: price,
      currency: "usd",
      status: "PAID",
      providerPaymentId: `demo_${randomUUID()}`,
      description: "first period",
      periodStart: start,
      periodEnd: end,
      cardLast4: "4242",
      createdAt: start,
    },
  });
  return { reader, subscription, payment };
}

const refundEmails = (email: string) =>
  sentEmails().filter((e) => e.to === email && /^Refund of/.test(e.subject));

describe("permissions", () => {
  it("refuses READER, WRITER and EDITOR for every action, writing nothing", async () => {
    const { reader, subscription, payment } = await paidSubscription();
    const snapshot = async () => ({
      subscriptions: await db.subscription.findMany({ where: { userId: reader.id } }),
      payment: await db.payment.findUniqueOrThrow({ where: { id: payment.id } }),
      audits: await db.auditEntry.count(),
      requests: await db.processedRequest.count(),
      events: await db.subscriptionEvent.count(),
    });
    const before = await snapshot();
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      const { actor } = await createUser({ role });
      const calls = [
        () =>
          grantComplimentary(
            db,
            actor,
            {
              userId: reader.id,
              planId: plans["digital-yearly"]!.id,
              months: 3,
              requestId: randomUUID(),
            },
            NOW,
          ),
        () =>
          changePlanFromNextPeriod(
            db,
            actor,
            {
              subscriptionId: subscription.id,
              planId: plans["digital-yearly"]!.id,
            },
            NOW,
          ),
        () =>
          cancelSubscriptionAsAdmin(
            db,
            actor,
            { subscriptionId: subscription.id, when: "now" },
            NOW,
          ),
        () =>
          cancelSubscriptionAsAdmin(
            db,
            actor,
            {
              subscriptionId: subscription.id,
              when: "period-end",
            },
            NOW,
          ),
        () =>
          refundPaymentAsAdmin(
            db,
            actor,
            {
              subscriptionId: subscription.id,
              paymentId: payment.id,
              amount: "9",
              requestId: randomUUID(),
            },
            NOW,
          ),
        () => getSubscriptionDetail(db, actor, subscription.id, NOW),
      ];
      for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      cancelSubscriptionAsAdmin(db, null, { subscriptionId: subscription.id, when: "now" }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("complimentary months", () => {
  it("a comp gives access, a second grant extends it, a repeated form adds nothing", async () => {
    const reader = await createUser();
    expect((await getEntitlement(db, reader.id, NOW)).subscriber).toBe(false);
    const requestId = randomUUID();
    const input = {
      email: reader.email.toUpperCase(),
      planId: plans["digital-yearly"]!.id,
      months: "3",
      requestId,
    };
    const granted = await grantComplimentary(db, admin.actor, input, NOW);
    expect(granted).toMatchObject({ ok: true, changed: true });
    const again = await grantComplimentary(db, admin.actor, input, NOW);
    expect(again).toMatchObject({ ok: true, changed: false });
    const [comp, ...others] = await db.subscription.findMany({ where: { userId: reader.id } });
    expect(others).toHaveLength(0);
    expect(comp).toMatchObject({
      provider: "complimentary",
      status: "ACTIVE",
      complimentary: true,
      cancelAtPeriodEnd: true,
      priceAmount: 0,
    });
    expect(comp!.currentPeriodEnd.toISOString()).toBe("2026-09-01T12:00:00.000Z");
    const entitlement = await getEntitlement(db, reader.id, new Date(NOW.getTime() + 80 * DAY));
    expect(entitlement.subscriber).toBe(true);

    const extended = await grantComplimentary(
      db,
      admin.actor,
      { ...input, months: 2, requestId: randomUUID() },
      NOW,
    );
    expect(extended).toMatchObject({ ok: true, changed: true });
    const after = await db.subscription.findUniqueOrThrow({ where: { id: comp!.id } });
    expect(after.currentPeriodEnd.toISOString()).toBe("2026-11-01T12:00:00.000Z");
    const audits = await db.auditEntry.findMany({
      where: { targetId: comp!.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "subscription.comp-grant",
      "subscription.comp-extend",
    ]);

    // The renewal step ends it at its period end; access stops then.
    await renewDueSubscriptions(db, new Date("2026-11-01T12:00:01Z"));
    expect((await db.subscription.findUniqueOrThrow({ where: { id: comp!.id } })).status).toBe(
      "CANCELED",
    );
    expect((await getEntitlement(db, reader.id, new Date("2026-11-02T12:00:00Z"))).subscriber).toBe(
      false,
    );
  });

  it("validates months and refuses a reader who pays", async () => {
    const { reader } = await paidSubscription();
    const base = {
      userId: reader.id,
      planId: plans["digital-yearly"]!.id,
      requestId: randomUUID(),
    };
    expect(await grantComplimentary(db, admin.actor, { ...base, months: 0 }, NOW)).toMatchObject({
      ok: false,
      errors: { months: expect.stringMatching(/at least 1/) },
    });
    expect(await grantComplimentary(db, admin.actor, { ...base, months: 25 }, NOW)).toMatchObject({
      ok: false,
      errors: { months: expect.stringMatching(/at most 24/) },
    });
    expect(
      await grantComplimentary(db, admin.actor, { ...base, requestId: "x", months: 1 }, NOW),
    ).toMatchObject({
      ok: false,
      errors: { requestId: expect.stringMatching(/expired/) },
    });
    await expect(grantComplimentary(db, admin.actor, { ...base, months: 1 }, NOW)).rejects.toThrow(
      /pays for a subscription/,
    );
    expect(
      await db.processedRequest.count({ where: { id: `subscription.comp:${base.requestId}` } }),
    ).toBe(0);
  });
});

describe("change plan from the next period", () => {
  it("keeps the plan until renewal, then switches plan and price", async () => {
    const { subscription } = await paidSubscription(25);
    const yearly = plans["digital-yearly"]!;
    const input = { subscriptionId: subscription.id, planId: yearly.id };
    expect(await changePlanFromNextPeriod(db, admin.actor, input, NOW)).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(await changePlanFromNextPeriod(db, admin.actor, input, NOW)).toMatchObject({
      ok: true,
      changed: false,
    });
    const pending = await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(pending).toMatchObject({
      planId: subscription.planId,
      nextPlanId: yearly.id,
      priceAmount: 900,
    });

    await renewDueSubscriptions(db, new Date(subscription.currentPeriodEnd.getTime() + 1000));
    const renewed = await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(renewed).toMatchObject({
      planId: yearly.id,
      nextPlanId: null,
      priceAmount: yearly.priceAmount,
      status: "ACTIVE",
    });
    expect(renewed.currentPeriodEnd.getTime() - subscription.currentPeriodEnd.getTime()).toBe(
      365 * DAY,
    );
    const last = await db.payment.findFirstOrThrow({
      where: { subscriptionId: subscription.id },
      orderBy: { createdAt: "desc" },
    });
    expect(last).toMatchObject({ amount: yearly.priceAmount, status: "PAID" });
    expect(last.description).toMatch(/Digital yearly/);
    const kinds = (
      await db.subscriptionEvent.findMany({ where: { subscriptionId: subscription.id } })
    ).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["plan.change-scheduled", "renewed", "plan.changed"]),
    );
  });

  it("choosing the current plan withdraws a pending change", async () => {
    const { subscription } = await paidSubscription();
    await changePlanFromNextPeriod(
      db,
      admin.actor,
      { subscriptionId: subscription.id, planId: plans["digital-yearly"]!.id },
      NOW,
    );
    await changePlanFromNextPeriod(
      db,
      admin.actor,
      { subscriptionId: subscription.id, planId: subscription.planId },
      NOW,
    );
    expect(
      (await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).nextPlanId,
    ).toBeNull();
  });
});

describe("cancel", () => {
  it("at period end keeps access, then now ends it; repeats change nothing", async () => {
    const { reader, subscription } = await paidSubscription();
    const periodEnd = { subscriptionId: subscription.id, when: "period-end" };
    expect(await cancelSubscriptionAsAdmin(db, admin.actor, periodEnd, NOW)).toMatchObject({
      changed: true,
    });
    expect(await cancelSubscriptionAsAdmin(db, admin.actor, periodEnd, NOW)).toMatchObject({
      changed: false,
    });
    expect((await getEntitlement(db, reader.id, NOW)).subscriber).toBe(true);
    const now = { subscriptionId: subscription.id, when: "now" };
    const [a, b] = await Promise.all([
      cancelSubscriptionAsAdmin(db, admin.actor, now, NOW),
      cancelSubscriptionAsAdmin(db, admin.actor, now, NOW),
    ]);
    expect([a.ok && a.changed, b.ok && b.changed].filter(Boolean)).toHaveLength(1);
    expect((await getEntitlement(db, reader.id, NOW)).subscriber).toBe(false);
    const actions = (await db.auditEntry.findMany({ where: { targetId: subscription.id } }))
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(["subscription.cancel-at-period-end", "subscription.cancel-now"]);
  });
});

describe("refunds", () => {
  it("a refund clicked twice at once refunds once and emails once", async () => {
    const { reader, subscription, payment } = await paidSubscription();
    const input = {
      subscriptionId: subscription.id,
      paymentId: payment.id,
      amount: "9.00",
      requestId: randomUUID(),
    };
    const results = await Promise.all([
      refundPaymentAsAdmin(db, admin.actor, input, NOW),
      refundPaymentAsAdmin(db, admin.actor, input, NOW),
    ]);
    expect(results.filter((r) => r.ok && r.changed)).toHaveLength(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(
      900,
    );
    expect(refundEmails(reader.email)).toHaveLength(1);
    expect(
      await db.auditEntry.count({ where: { targetId: subscription.id, action: "payment.refund" } }),
    ).toBe(1);
  });

  it("the same request sent again later is a no-op; a partial refund and then the rest", async () => {
    const { reader, subscription, payment } = await paidSubscription();
    const first = {
      subscriptionId: subscription.id,
      paymentId: payment.id,
      amount: "2.5",
      requestId: randomUUID(),
    };
    expect(await refundPaymentAsAdmin(db, admin.actor, first, NOW)).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(await refundPaymentAsAdmin(db, admin.actor, first, NOW)).toMatchObject({
      ok: true,
      changed: false,
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(
      250,
    );

    const tooMuch = { ...first, amount: "6.51", requestId: randomUUID() };
    expect(await refundPaymentAsAdmin(db, admin.actor, tooMuch, NOW)).toMatchObject({
      ok: false,
      errors: { amount: expect.stringMatching(/At most \$6\.50/) },
    });
    const rest = { ...first, amount: "6.50", requestId: randomUUID() };
    expect(await refundPaymentAsAdmin(db, admin.actor, rest, NOW)).toMatchObject({
      ok: true,
      changed: true,
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(
      900,
    );
    expect(refundEmails(reader.email).map((e) => e.subject)).toEqual([
      "Refund of $2.50 from The Meridian",
      "Refund of $6.50 from The Meridian",
    ]);
    const detail = await getSubscriptionDetail(db, admin.actor, subscription.id, NOW);
    expect(detail.payments[0]).toMatchObject({ refundable: 0, refundedAmount: 900 });
    expect(detail.timeline.filter((t) => t.source === "admin")).toHaveLength(2);
    expect(detail.timeline.some((t) => t.source === "payment")).toBe(true);
  });

  it("outside the 60-day guarantee a reason is required and audited", async () => {
    const { subscription, payment } = await paidSubscription(61, "digital-yearly");
    const input = {
      subscriptionId: subscription.id,
      paymentId: payment.id,
      amount: "10",
      requestId: randomUUID(),
    };
    expect(await refundPaymentAsAdmin(db, admin.actor, input, NOW)).toMatchObject({
      ok: false,
      errors: { reason: expect.stringMatching(/60-day guarantee has passed/) },
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(
      0,
    );
    expect(
      await db.processedRequest.count({ where: { id: `payment.refund:${input.requestId}` } }),
    ).toBe(0);
    const reason = "Delivery of the print edition failed twice.";
    expect(await refundPaymentAsAdmin(db, admin.actor, { ...input, reason }, NOW)).toMatchObject({
      ok: true,
      changed: true,
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { targetId: subscription.id, action: "payment.refund" },
    });
    expect(JSON.parse(audit.after!)).toMatchObject({
      reason,
      amount: 1000,
      withinGuarantee: false,
    });
  });

  it("rejects malformed amounts and another subscription's payment", async () => {
    const { subscription, payment } = await paidSubscription();
    const other = await paidSubscription();
    const base = {
      subscriptionId: subscription.id,
      paymentId: payment.id,
      requestId: randomUUID(),
    };
    for (const amount of ["", "abc", "-1", "1.234", "0"])
      expect(await refundPaymentAsAdmin(db, admin.actor, { ...base, amount }, NOW)).toMatchObject({
        ok: false,
        errors: { amount: expect.any(String) },
      });
    await expect(
      refundPaymentAsAdmin(
        db,
        admin.actor,
        { ...base, paymentId: other.payment.id, amount: "1" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
