import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { businessMetrics } from "@/lib/admin/business-metrics";
import { savePlan } from "@/lib/admin/manage-plans";
import { db } from "@/lib/db";
import { checkOffer } from "@/lib/offers/find-offer";
import { archiveOffer, createOffer, listOffersForAdmin } from "@/lib/offers/manage-offers";
import { getAccountBilling } from "@/lib/subscriptions/account-billing";
import { startCheckout } from "@/lib/subscriptions/checkout";
import { DEMO_CARDS } from "@/lib/subscriptions/demo-cards";
import { payDemoCheckout } from "@/lib/subscriptions/demo-checkout";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { getEntitlement } from "@/lib/subscriptions/entitlements";
import { cancelAtPeriodEnd } from "@/lib/subscriptions/manage-subscription";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";
import { createUser, sentEmails, spyOnEmails, type TestUser } from "./account-helpers";

const DAY = 86_400_000;
const T0 = new Date("2026-12-10T12:00:00Z");
const card = (number: string = DEMO_CARDS.succeeds) => ({
  cardName: "Test Reader",
  cardNumber: number,
  expiry: "12/40",
  cvc: "123",
});
const reader = (user: TestUser) => ({ ...user.actor, name: user.name, email: user.email });
const tag = () => randomUUID().slice(0, 6).toUpperCase();

let trialPlan: { id: string; slug: string };
let yearly: { id: string; slug: string };
let monthly: { id: string; slug: string };
let admin: TestUser;

async function open(user: TestUser, planSlug: string, offerCode?: string, now = T0) {
  const started = await startCheckout(db, reader(user), { planSlug, offerCode }, now);
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  return started.redirectTo.split("/").pop()!;
}

async function subscribe(
  user: TestUser,
  planSlug: string,
  o: { offerCode?: string; cardNumber?: string; now?: Date } = {},
) {
  const checkoutId = await open(user, planSlug, o.offerCode, o.now);
  const paid = await payDemoCheckout(
    db,
    reader(user),
    { checkoutId, card: card(o.cardNumber) },
    o.now ?? T0,
  );
  if (!paid.ok) throw new Error(JSON.stringify(paid.errors));
  return paid.subscriptionId;
}

async function makeOffer(values: Record<string, unknown>) {
  const code = (values.code as string | undefined) ?? `TEST${tag()}`;
  const result = await createOffer(
    db,
    admin.actor,
    {
      values: {
        code,
        name: "Test offer",
        kind: "PERCENT",
        percentOff: "20",
        duration: "ONCE",
        planIds: [yearly.id],
        ...values,
      },
    },
    { now: T0 },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { id: result.id, code: code.toUpperCase() };
}

beforeAll(async () => {
  await ensureDefaultPlans(db);
  admin = await createUser({ role: "ADMIN" });
  yearly = await db.plan.findUniqueOrThrow({ where: { slug: "digital-yearly" } });
  monthly = await db.plan.findUniqueOrThrow({ where: { slug: "digital-monthly" } });
  const saved = await savePlan(db, admin.actor, {
    values: {
      name: "Trial monthly",
      slug: "trial-monthly",
      price: "10",
      interval: "MONTH",
      position: "9",
      trialDays: "14",
    },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  trialPlan = await db.plan.findUniqueOrThrow({ where: { id: saved.id } });
});
beforeEach(() => {
  spyOnEmails();
});

describe("plans with a free trial", () => {
  it("the plan form validates the trial length on the server", async () => {
    const bad = await savePlan(db, admin.actor, {
      values: {
        name: "X",
        slug: "x-plan",
        price: "5",
        interval: "MONTH",
        position: "1",
        trialDays: "400",
      },
    });
    expect(bad).toMatchObject({
      ok: false,
      errors: { trialDays: expect.stringMatching(/0 .* 90/) },
    });
  });

  it("starts without a charge and charges the card when the trial ends", async () => {
    const user = await createUser();
    const id = await subscribe(user, trialPlan.slug);
    const sub = await db.subscription.findUniqueOrThrow({ where: { id } });
    expect(sub).toMatchObject({ status: "TRIALING", firstPaidAt: null, cardLast4: "4242" });
    expect(sub.trialEnd?.toISOString()).toBe(new Date(T0.getTime() + 14 * DAY).toISOString());
    expect(sub.currentPeriodEnd.getTime()).toBe(sub.trialEnd!.getTime());
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(0);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).trialUsedAt,
    ).not.toBeNull();
    expect((await getEntitlement(db, user.id, T0)).subscriber).toBe(true);
    const billing = await getAccountBilling(db, user.id, T0);
    expect(billing.subscription).toMatchObject({ status: "TRIALING", nextChargeAmount: 1000 });
    expect(billing.subscription?.trialEnd?.getTime()).toBe(sub.trialEnd!.getTime());

    // Nothing happens before the end…
    await renewDueSubscriptions(db, new Date(T0.getTime() + 13 * DAY));
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(0);
    // …then the first charge; twice at once still charges once.
    const after = new Date(T0.getTime() + 14 * DAY + 1000);
    await Promise.all([renewDueSubscriptions(db, after), renewDueSubscriptions(db, after)]);
    const payments = await db.payment.findMany({ where: { userId: user.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amount: 1000, status: "PAID", cardLast4: "4242" });
    expect(payments[0]!.description).toMatch(/after the free trial/);
    const now = await db.subscription.findUniqueOrThrow({ where: { id } });
    expect(now.status).toBe("ACTIVE");
    expect(now.firstPaidAt).not.toBeNull();
    expect(now.currentPeriodStart.getTime()).toBe(sub.trialEnd!.getTime());
    expect(
      sentEmails().filter((e) => e.to === user.email && /receipt/i.test(e.subject)),
    ).toHaveLength(1);
    const events = await db.subscriptionEvent.findMany({ where: { subscriptionId: id } });
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["trial.started", "trial.converted"]),
    );
  });

  it("cancelled during the trial, it ends at the trial's end without any charge", async () => {
    const user = await createUser();
    const id = await subscribe(user, trialPlan.slug);
    const cancelled = await cancelAtPeriodEnd(db, reader(user), id, new Date(T0.getTime() + DAY));
    expect(cancelled.ok).toBe(true);
    await renewDueSubscriptions(db, new Date(T0.getTime() + 30 * DAY));
    const sub = await db.subscription.findUniqueOrThrow({ where: { id } });
    expect(sub.status).toBe("CANCELED");
    expect(sub.endedAt?.getTime()).toBe(sub.trialEnd!.getTime());
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(0);
    expect((await getEntitlement(db, user.id, new Date(T0.getTime() + 30 * DAY))).subscriber).toBe(
      false,
    );
    const events = await db.subscriptionEvent.findMany({ where: { subscriptionId: id } });
    expect(events.map((e) => e.kind)).toContain("trial.ended");
  });

  it("a card declined at the end of the trial makes it past due, like a renewal", async () => {
    const user = await createUser();
    const id = await subscribe(user, trialPlan.slug, { cardNumber: DEMO_CARDS.failsOnRenewal });
    const after = new Date(T0.getTime() + 15 * DAY);
    await renewDueSubscriptions(db, after);
    const sub = await db.subscription.findUniqueOrThrow({ where: { id } });
    expect(sub.status).toBe("PAST_DUE");
    expect(sub.firstPaidAt).toBeNull();
    const payments = await db.payment.findMany({ where: { userId: user.id } });
    expect(payments).toMatchObject([{ status: "FAILED", amount: 1000 }]);
    expect(sentEmails().some((e) => e.to === user.email && /could not take/i.test(e.subject))).toBe(
      true,
    );
    expect((await getEntitlement(db, user.id, after)).subscriber).toBe(false);
  });

  it("one trial per reader: a later checkout of a trial plan is charged at once", async () => {
    const user = await createUser();
    const first = await subscribe(user, trialPlan.slug);
    await cancelAtPeriodEnd(db, reader(user), first, T0);
    const later = new Date(T0.getTime() + 20 * DAY);
    await renewDueSubscriptions(db, later);
    const second = await subscribe(user, trialPlan.slug, { now: later });
    const sub = await db.subscription.findUniqueOrThrow({ where: { id: second } });
    expect(sub).toMatchObject({ status: "ACTIVE", trialEnd: null });
    expect(await db.payment.count({ where: { subscriptionId: second, status: "PAID" } })).toBe(1);
  });

  it("two tabs paying two trial checkouts at once start one trial", async () => {
    const user = await createUser();
    const [a, b] = [await open(user, trialPlan.slug), await open(user, trialPlan.slug)];
    const results = await Promise.all([
      payDemoCheckout(db, reader(user), { checkoutId: a, card: card() }, T0),
      payDemoCheckout(db, reader(user), { checkoutId: b, card: card() }, T0),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // The second finds the first's subscription (checked again inside the payment's
    // transaction); were it not for that, the trial claim would refuse it.
    expect(results.find((r) => !r.ok)).toMatchObject({
      errors: {
        form: expect.stringMatching(/already have a subscription|already had your free trial/),
      },
    });
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(1);
    // The refused checkout stays open: nothing of it was written.
    const statuses = await db.checkoutSession.findMany({
      where: { userId: user.id },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status).sort()).toEqual(["COMPLETE", "OPEN"]);
  });
});

describe("a plan change under an offer", () => {
  it("works the discount out again on the new plan's price, and drops it for a plan the offer is not for", async () => {
    const { code } = await makeOffer({ kind: "PERCENT", percentOff: "20", duration: "FOREVER" });
    const user = await createUser();
    const id = await subscribe(user, yearly.slug, { offerCode: code });
    // An admin moves the reader to the monthly plan from the next period; the offer is
    // for the yearly plan only, so the renewal is charged the monthly price in full.
    await db.subscription.update({ where: { id }, data: { nextPlanId: monthly.id } });
    await renewDueSubscriptions(db, new Date(T0.getTime() + 366 * DAY));
    const monthlyPrice = (await db.plan.findUniqueOrThrow({ where: { id: monthly.id } }))
      .priceAmount;
    const renewal = await db.payment.findFirstOrThrow({
      where: { subscriptionId: id, description: { contains: "renewal" } },
    });
    expect(renewal).toMatchObject({ amount: monthlyPrice, discountAmount: 0 });
    expect(await db.subscription.findUniqueOrThrow({ where: { id } })).toMatchObject({
      planId: monthly.id,
      discountAmount: 0,
    });
  });
});

describe("one subscription per reader", () => {
  it("two tabs paying checkouts for two different plans at once charge once", async () => {
    const user = await createUser();
    const plans = await db.plan.findMany({
      where: { retiredAt: null, trialDays: 0 },
      select: { slug: true },
      take: 2,
    });
    expect(plans).toHaveLength(2);
    const [a, b] = [await open(user, plans[0]!.slug), await open(user, plans[1]!.slug)];
    const results = await Promise.all([
      payDemoCheckout(db, reader(user), { checkoutId: a, card: card() }, T0),
      payDemoCheckout(db, reader(user), { checkoutId: b, card: card() }, T0),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      errors: { form: expect.stringMatching(/already have a subscription/) },
    });
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("offers", () => {
  it("only admins create offers, and the form is validated on the server", async () => {
    const someone = await createUser();
    await expect(createOffer(db, someone.actor, { values: {} }, { now: T0 })).rejects.toThrow(
      /only admins/i,
    );
    const bad = await createOffer(
      db,
      admin.actor,
      {
        values: {
          code: "x",
          name: "",
          kind: "PERCENT",
          percentOff: "120",
          duration: "REPEATING",
          expiresOn: "2020-01-01",
          planIds: [],
        },
      },
      { now: T0 },
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.errors).sort()).toEqual(
      ["code", "expiresOn", "name", "percentOff", "planIds"].sort(),
    );
    const mixed = await createOffer(
      db,
      admin.actor,
      {
        values: {
          code: `MIX${tag()}`,
          name: "Mixed",
          kind: "AMOUNT",
          amountOff: "5",
          duration: "REPEATING",
          durationPeriods: "3",
          planIds: [yearly.id, monthly.id],
        },
      },
      { now: T0 },
    );
    expect(mixed).toMatchObject({
      ok: false,
      errors: { planIds: expect.stringMatching(/same billing interval/) },
    });
    const { code } = await makeOffer({});
    const duplicate = await createOffer(
      db,
      admin.actor,
      {
        values: {
          code: code.toLowerCase(),
          name: "Again",
          kind: "PERCENT",
          percentOff: "5",
          duration: "ONCE",
          planIds: [yearly.id],
        },
      },
      { now: T0 },
    );
    expect(duplicate).toMatchObject({
      ok: false,
      errors: { code: expect.stringMatching(/already uses/) },
    });
    const list = await listOffersForAdmin(db, admin.actor, 1);
    expect(list.offers.some((o) => o.code === code)).toBe(true);
  });

  it("20% off the first year: the payment and its receipt show the discount; the renewal is full price", async () => {
    const { code } = await makeOffer({});
    const user = await createUser();
    const id = await subscribe(user, yearly.slug, { offerCode: code.toLowerCase() });
    const [payment] = await db.payment.findMany({ where: { subscriptionId: id } });
    expect(payment).toMatchObject({
      amount: 7200,
      discountAmount: 1800,
      discountLabel: `Offer ${code} (20% off)`,
    });
    const receipt = sentEmails().find((e) => e.to === user.email && /receipt/i.test(e.subject));
    expect(receipt?.text).toMatch(/Discount: -\$18/);
    const offer = await db.offer.findUniqueOrThrow({ where: { code } });
    expect(offer.redemptionCount).toBe(1);
    expect(await db.offerRedemption.count({ where: { offerId: offer.id, userId: user.id } })).toBe(
      1,
    );

    await renewDueSubscriptions(db, new Date(T0.getTime() + 366 * DAY));
    const renewal = await db.payment.findFirstOrThrow({
      where: { subscriptionId: id, description: { contains: "renewal" } },
    });
    expect(renewal).toMatchObject({ amount: 9000, discountAmount: 0, discountLabel: null });
  });

  it("amount off for three payments, then full price; never below zero", async () => {
    const { code } = await makeOffer({
      kind: "AMOUNT",
      amountOff: "4",
      duration: "REPEATING",
      durationPeriods: "3",
      planIds: [monthly.id],
    });
    const user = await createUser();
    const id = await subscribe(user, monthly.slug, { offerCode: code });
    for (let month = 1; month <= 3; month++)
      await renewDueSubscriptions(db, new Date(T0.getTime() + month * 32 * DAY));
    const amounts = (
      await db.payment.findMany({ where: { subscriptionId: id }, orderBy: { periodStart: "asc" } })
    ).map((p) => p.amount);
    expect(amounts).toEqual([500, 500, 500, 900]);
  });

  it("unknown, expired, used up, archived, already used or not for this plan: a message, never an error", async () => {
    const user = await createUser();
    const unknown = await startCheckout(
      db,
      reader(user),
      { planSlug: yearly.slug, offerCode: "NOPE-123" },
      T0,
    );
    expect(unknown).toMatchObject({
      ok: false,
      errors: { offerCode: expect.stringMatching(/no offer/) },
    });
    const garbage = await startCheckout(
      db,
      reader(user),
      { planSlug: yearly.slug, offerCode: "<script>" },
      T0,
    );
    expect(garbage).toMatchObject({
      ok: false,
      errors: { offerCode: expect.stringMatching(/no offer/) },
    });

    const expiring = await makeOffer({ expiresOn: "2026-12-20" });
    const late = new Date("2026-12-21T00:00:01Z");
    expect(
      await checkOffer(db, { code: expiring.code }, new Date("2026-12-20T23:59:00Z")),
    ).toMatchObject({ ok: true });
    const expired = await startCheckout(
      db,
      reader(user),
      { planSlug: yearly.slug, offerCode: expiring.code },
      late,
    );
    expect(expired).toMatchObject({
      ok: false,
      errors: { offerCode: expect.stringMatching(/has ended/) },
    });

    const notForMonthly = await startCheckout(
      db,
      reader(user),
      { planSlug: monthly.slug, offerCode: expiring.code },
      T0,
    );
    expect(notForMonthly).toMatchObject({
      ok: false,
      errors: { offerCode: expect.stringMatching(/for Digital yearly only/) },
    });

    const single = await makeOffer({ maxRedemptions: "1" });
    await subscribe(await createUser(), yearly.slug, { offerCode: single.code });
    const usedUp = await startCheckout(
      db,
      reader(user),
      { planSlug: yearly.slug, offerCode: single.code },
      T0,
    );
    expect(usedUp).toMatchObject({
      ok: false,
      errors: { offerCode: expect.stringMatching(/fully redeemed/) },
    });

    const archived = await makeOffer({});
    await archiveOffer(db, admin.actor, archived.id, { now: T0 });
    expect(await checkOffer(db, { code: archived.code }, T0)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/has ended/),
    });

    const once = await makeOffer({});
    const buyer = await createUser();
    const sub = await subscribe(buyer, yearly.slug, { offerCode: once.code });
    await db.subscription.update({ where: { id: sub }, data: { status: "CANCELED", endedAt: T0 } });
    const again = await startCheckout(
      db,
      reader(buyer),
      { planSlug: yearly.slug, offerCode: once.code },
      T0,
    );
    expect(again).toMatchObject({
      ok: false,
      errors: { offerCode: expect.stringMatching(/already used/) },
    });
  });

  it("the offer expiring between opening the checkout and paying is refused with a message", async () => {
    const offer = await makeOffer({ expiresOn: "2026-12-10" });
    const user = await createUser();
    const checkoutId = await open(user, yearly.slug, offer.code, new Date("2026-12-10T23:30:00Z"));
    const paid = await payDemoCheckout(
      db,
      reader(user),
      { checkoutId, card: card() },
      new Date("2026-12-11T00:10:00Z"),
    );
    expect(paid).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/just ended or been fully redeemed/) },
    });
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
  });

  it("the last redemption, paid by two readers at once, goes to exactly one", async () => {
    const offer = await makeOffer({ maxRedemptions: "1" });
    const [a, b] = [await createUser(), await createUser()];
    const [ca, cb] = [
      await open(a, yearly.slug, offer.code),
      await open(b, yearly.slug, offer.code),
    ];
    const results = await Promise.all([
      payDemoCheckout(db, reader(a), { checkoutId: ca, card: card() }, T0),
      payDemoCheckout(db, reader(b), { checkoutId: cb, card: card() }, T0),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      errors: { form: expect.stringMatching(/fully redeemed/) },
    });
    const row = await db.offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(row.redemptionCount).toBe(1);
    expect(await db.offerRedemption.count({ where: { offerId: offer.id } })).toBe(1);
    expect(await db.payment.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(1);
  });

  it("one reader in two tabs, and a double click: one redemption, one payment", async () => {
    const offer = await makeOffer({});
    const user = await createUser();
    const [t1, t2] = [
      await open(user, yearly.slug, offer.code),
      await open(user, yearly.slug, offer.code),
    ];
    const results = await Promise.all([
      payDemoCheckout(db, reader(user), { checkoutId: t1, card: card() }, T0),
      payDemoCheckout(db, reader(user), { checkoutId: t1, card: card() }, T0),
      payDemoCheckout(db, reader(user), { checkoutId: t2, card: card() }, T0),
    ]);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    expect(await db.offerRedemption.count({ where: { offerId: offer.id } })).toBe(1);
    expect((await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).redemptionCount).toBe(1);
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(1);
  });

  it("with a trial, the offer discounts the first charge after the trial", async () => {
    const offer = await makeOffer({ planIds: [trialPlan.id], percentOff: "50" });
    const user = await createUser();
    const id = await subscribe(user, trialPlan.slug, { offerCode: offer.code });
    expect(await db.payment.count({ where: { subscriptionId: id } })).toBe(0);
    expect((await getAccountBilling(db, user.id, T0)).subscription?.nextChargeAmount).toBe(500);
    await renewDueSubscriptions(db, new Date(T0.getTime() + 15 * DAY));
    await renewDueSubscriptions(db, new Date(T0.getTime() + 46 * DAY));
    const amounts = (
      await db.payment.findMany({ where: { subscriptionId: id }, orderBy: { periodStart: "asc" } })
    ).map((p) => [p.amount, p.discountAmount]);
    expect(amounts).toEqual([
      [500, 500],
      [1000, 0],
    ]);
  });
});

describe("monthly recurring revenue", () => {
  it("counts a trial as 0 and a discounted subscription at what it was charged", async () => {
    const before = await businessMetrics(db, admin.actor, T0);
    const mrrOf = (m: typeof before) => m.mrr.find((x) => x.currency === "usd")?.amount ?? 0;
    const trialUser = await createUser();
    await subscribe(trialUser, trialPlan.slug);
    const offer = await makeOffer({});
    const offerUser = await createUser();
    await subscribe(offerUser, yearly.slug, { offerCode: offer.code });
    const after = await businessMetrics(db, admin.actor, new Date(T0.getTime() + 1000));
    // trial: 0; 20% off the yearly 9000: 7200 / 12 = 600
    expect(mrrOf(after) - mrrOf(before)).toBe(600);
  });
});
