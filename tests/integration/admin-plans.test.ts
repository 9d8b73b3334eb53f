import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { savePlan, setPlanRetired } from "@/lib/admin/manage-plans";
import { majorToMinor, minorToMajor } from "@/lib/admin/plan-schema";
import { db } from "@/lib/db";
import { startCheckout } from "@/lib/subscriptions/checkout";
import { DEMO_CARDS } from "@/lib/subscriptions/demo-cards";
import { payDemoCheckout } from "@/lib/subscriptions/demo-checkout";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { getEntitlement } from "@/lib/subscriptions/entitlements";
import { listOfferedPlans } from "@/lib/subscriptions/plans";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";
import { createUser, spyOnEmails, type TestUser } from "./account-helpers";

const DAY = 86_400_000;
let admin: TestUser;

const values = (overrides: Record<string, unknown> = {}) => ({
  name: "Student monthly",
  slug: `student-${Math.random().toString(36).slice(2, 8)}`,
  description: "For students.",
  price: "4.50",
  interval: "MONTH",
  includesPrint: false,
  features: "Every article\n\n  Audio for every article  \n",
  position: "5",
  stripePriceId: "",
  ...overrides,
});

async function subscribe(user: TestUser, planSlug: string, now: Date) {
  const reader = { ...user.actor, name: user.name, email: user.email };
  const started = await startCheckout(db, reader, { planSlug }, now);
  if (!started.ok) return started;
  const checkoutId = started.redirectTo.split("/").pop()!;
  const card = { cardName: "T R", cardNumber: DEMO_CARDS.succeeds, expiry: "12/40", cvc: "123" };
  return payDemoCheckout(db, reader, { checkoutId, card }, now);
}

const writes = async () => ({
  plans: await db.plan.count(),
  audit: await db.auditEntry.count(),
});

beforeAll(async () => {
  await ensureDefaultPlans(db);
  admin = await createUser({ role: "ADMIN" });
});
beforeEach(() => {
  spyOnEmails();
});

describe("prices typed in major units", () => {
  it("converts by the digits, both ways", () => {
    expect(majorToMinor("0.29")).toBe(29);
    expect(majorToMinor("140")).toBe(14000);
    expect(majorToMinor("$1,200.5")).toBe(120050);
    expect(majorToMinor("9.999")).toBeNull();
    expect(majorToMinor("-5")).toBeNull();
    expect(majorToMinor("abc")).toBeNull();
    expect(minorToMajor(14000)).toBe("140");
    expect(minorToMajor(905)).toBe("9.05");
  });
});

describe("creating and editing plans", () => {
  it("creates a plan, audited, offered on /subscribe with its features one per line", async () => {
    const input = values();
    const result = await savePlan(db, admin.actor, { values: input });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : "";
    const plan = await db.plan.findUniqueOrThrow({ where: { id } });
    expect(plan).toMatchObject({
      priceAmount: 450,
      interval: "MONTH",
      position: 5,
      currency: "usd",
    });
    expect(JSON.parse(plan.features)).toEqual(["Every article", "Audio for every article"]);
    expect((await listOfferedPlans(db)).map((p) => p.slug)).toContain(input.slug);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { targetId: id } });
    expect(audit).toMatchObject({ action: "plan.create", actorId: admin.id, targetType: "Plan" });
  });

  it("says what is wrong with each field and writes nothing", async () => {
    const before = await writes();
    const result = await savePlan(db, admin.actor, {
      values: values({
        name: " ",
        slug: "Not A Slug!",
        price: "nine",
        interval: "WEEK",
        features: Array.from({ length: 13 }, (_, i) => `Feature ${i}`).join("\n"),
        position: "first",
        stripePriceId: "prod_123",
      }),
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: "Give the plan a name.",
        slug: "Use lowercase letters, digits and single hyphens.",
        price: expect.stringMatching(/price as a number/),
        interval: "Choose monthly or yearly billing.",
        features: "List at most 12 features.",
        position: "The order is a whole number.",
        stripePriceId: expect.stringMatching(/Stripe price id/),
      },
    });
    expect(await savePlan(db, admin.actor, { values: values({ price: "0.10" }) })).toMatchObject({
      ok: false,
      errors: { price: "The price must be at least 0.50." },
    });
    expect(await writes()).toEqual(before);
  });

  it("refuses a slug another plan has", async () => {
    const before = await writes();
    expect(
      await savePlan(db, admin.actor, { values: values({ slug: "digital-monthly" }) }),
    ).toEqual({ ok: false, errors: { slug: "Another plan already uses this slug." } });
    expect(await writes()).toEqual(before);
  });

  it("refuses readers, writers and editors, with nothing written", async () => {
    const plan = await db.plan.findUniqueOrThrow({ where: { slug: "digital-yearly" } });
    const before = await writes();
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      const user = await createUser({ role });
      for (const attempt of [
        () => savePlan(db, user.actor, { values: values() }),
        () => savePlan(db, user.actor, { id: plan.id, values: values({ price: "1" }) }),
        () => setPlanRetired(db, user.actor, { planId: plan.id, retired: true }),
      ])
        await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(savePlan(db, null, { values: values() })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await writes()).toEqual(before);
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toEqual(plan);
  });
});

describe("a price change", () => {
  it("applies to new subscribers; existing ones keep and renew at their price", async () => {
    const created = await savePlan(db, admin.actor, {
      values: values({ slug: "price-change", price: "9" }),
    });
    const planId = created.ok ? created.id : "";
    const t0 = new Date("2026-03-01T12:00:00Z");
    const early = await createUser();
    const first = await subscribe(early, "price-change", t0);
    expect(first.ok).toBe(true);

    const edited = await savePlan(db, admin.actor, {
      id: planId,
      values: values({ slug: "price-change", price: "12.50" }),
    });
    expect(edited).toEqual({ ok: true, id: planId });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { targetId: planId, action: "plan.update" },
    });
    expect(JSON.parse(audit.before!)).toMatchObject({ priceAmount: 900 });
    expect(JSON.parse(audit.after!)).toMatchObject({ priceAmount: 1250 });

    const late = await createUser();
    expect((await subscribe(late, "price-change", t0)).ok).toBe(true);
    const price = async (user: TestUser) =>
      (await db.subscription.findFirstOrThrow({ where: { userId: user.id } })).priceAmount;
    expect(await price(early)).toBe(900);
    expect(await price(late)).toBe(1250);

    await renewDueSubscriptions(db, new Date(t0.getTime() + 32 * DAY));
    const renewal = await db.payment.findFirstOrThrow({
      where: { userId: early.id },
      orderBy: { createdAt: "desc" },
    });
    expect(renewal).toMatchObject({ amount: 900, status: "PAID" });
  });

  it("cannot switch the interval under running subscribers, nor keep a Stripe price with a new amount", async () => {
    const created = await savePlan(db, admin.actor, {
      values: values({ slug: "locked-terms", stripePriceId: "price_abc123" }),
    });
    const planId = created.ok ? created.id : "";
    const user = await createUser();
    await db.subscription.create({
      data: {
        userId: user.id,
        planId,
        provider: "stripe",
        status: "ACTIVE",
        priceAmount: 450,
        currency: "usd",
        currentPeriodStart: new Date(),
        currentPeriodEnd: new Date(Date.now() + 30 * DAY),
      },
    });
    const before = await writes();
    expect(
      await savePlan(db, admin.actor, {
        id: planId,
        values: values({ slug: "locked-terms", interval: "YEAR", stripePriceId: "price_abc123" }),
      }),
    ).toEqual({
      ok: false,
      errors: {
        interval: expect.stringMatching(/Create a new plan/),
        stripePriceId: expect.stringMatching(/new Stripe price/),
      },
    });
    expect(await writes()).toEqual(before);
    // A new Stripe price with the new amount is fine.
    expect(
      await savePlan(db, admin.actor, {
        id: planId,
        values: values({ slug: "locked-terms", price: "5", stripePriceId: "price_new456" }),
      }),
    ).toEqual({ ok: true, id: planId });
  });
});

describe("retiring a plan", () => {
  it("takes it off /subscribe while its subscribers keep reading and renewing; un-retiring brings it back", async () => {
    const created = await savePlan(db, admin.actor, { values: values({ slug: "to-retire" }) });
    const planId = created.ok ? created.id : "";
    const t0 = new Date("2026-05-01T12:00:00Z");
    const subscriber = await createUser();
    expect((await subscribe(subscriber, "to-retire", t0)).ok).toBe(true);

    expect(await setPlanRetired(db, admin.actor, { planId, retired: true }, t0)).toEqual({
      changed: true,
    });
    expect(await setPlanRetired(db, admin.actor, { planId, retired: true }, t0)).toEqual({
      changed: false,
    });
    expect((await listOfferedPlans(db)).map((p) => p.slug)).not.toContain("to-retire");
    const newcomer = await createUser();
    expect(await subscribe(newcomer, "to-retire", t0)).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/no longer offered/) },
    });

    const later = new Date(t0.getTime() + 32 * DAY);
    await renewDueSubscriptions(db, later);
    expect((await getEntitlement(db, subscriber.id, later)).subscriber).toBe(true);
    expect(
      await db.payment.count({ where: { userId: subscriber.id, status: "PAID", amount: 450 } }),
    ).toBe(2);

    expect(await setPlanRetired(db, admin.actor, { planId, retired: false })).toEqual({
      changed: true,
    });
    expect((await listOfferedPlans(db)).map((p) => p.slug)).toContain("to-retire");
    const actions = await db.auditEntry.findMany({
      where: { targetId: planId },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["plan.create", "plan.retire", "plan.unretire"]);
  });
});
