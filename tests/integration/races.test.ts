import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { codeHashForGift, giftCodeFor } from "@/lib/gifts/gift-code";
import { redeemGift } from "@/lib/gifts/redeem-gift";
import {
  ensureDefaultNewsletters,
  newsletterChoices,
  updateNewsletters,
} from "@/lib/newsletters/newsletters";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { createDemoProvider } from "@/lib/subscriptions/demo-provider";
import { startCheckout } from "@/lib/subscriptions/checkout";
import { payDemoCheckout } from "@/lib/subscriptions/demo-checkout";
import { DEMO_CARDS } from "@/lib/subscriptions/demo-cards";
import { cancelAtPeriodEnd } from "@/lib/subscriptions/manage-subscription";
import { recordRefundTotal } from "@/lib/subscriptions/payments";
import type * as StripeSerial from "@/lib/subscriptions/stripe-serial";
import { handleStripeEvent } from "@/lib/subscriptions/stripe-webhooks";
import { changeUserRole, setUserDisabled } from "@/lib/users/admin-users";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { createUser, sentEmails, spyOnEmails, type TestUser } from "./account-helpers";
import {
  chargeObject,
  DAY,
  invoiceObject,
  makePlan,
  makeUser,
  newId,
  seconds,
  stripeEvent,
  subscriptionObject,
} from "./stripe-helpers";

/**
 * Two requests at once for the same thing, as two app servers would make them. On SQLite a
 * write transaction holds the whole database, so these pass by construction; on PostgreSQL
 * (READ COMMITTED, TEST_POSTGRES_URL) each needs its unique key, conditional update or row
 * lock. Stripe's changes are queued one at a time within a process (stripe-serial.ts); that
 * queue is taken away here so that each delivery runs as if on its own server.
 */
vi.mock("@/lib/subscriptions/stripe-serial", async (importOriginal) => ({
  ...(await importOriginal<typeof StripeSerial>()),
  runSerially: <T>(task: () => Promise<T>) => task(),
}));

const reader = (user: TestUser) => ({ ...user.actor, name: user.name, email: user.email });
const card = () => ({
  cardName: "Test Reader",
  cardNumber: DEMO_CARDS.succeeds,
  expiry: "12/40",
  cvc: "123",
});

async function subscribe(user: TestUser, plan = "digital-yearly", now = new Date()) {
  const started = await startCheckout(db, reader(user), { planSlug: plan }, now);
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  const checkoutId = started.redirectTo.split("/").pop()!;
  const paid = await payDemoCheckout(db, reader(user), { checkoutId, card: card() }, now);
  if (!paid.ok) throw new Error(JSON.stringify(paid.errors));
  return paid.subscriptionId;
}

let fake: FakeStripe;
beforeAll(async () => {
  await ensureDefaultPlans(db);
  await ensureDefaultNewsletters(db);
  fake = await startFakeStripe();
});
afterAll(() => fake.close());
beforeEach(() => {
  spyOnEmails();
});

describe("refund totals", () => {
  async function payment(amount = 10_000) {
    const user = await createUser();
    const subscriptionId = await subscribe(user);
    const row = await db.payment.findFirstOrThrow({ where: { subscriptionId } });
    await db.payment.update({ where: { id: row.id }, data: { amount } });
    return { ...row, amount, subscriptionId };
  }

  it("two totals recorded at once end at the larger, and count each cent once", async () => {
    const { id } = await payment();
    const at = new Date();
    const newly = await Promise.all(
      [4000, 10_000, 2500, 7000].map((total) =>
        db.$transaction((tx) => recordRefundTotal(tx, id, total, at)),
      ),
    );
    const row = await db.payment.findUniqueOrThrow({ where: { id } });
    expect(row.refundedAmount).toBe(10_000);
    expect(newly.reduce((sum, n) => sum + n, 0)).toBe(10_000);
  });

  it("two different partial refunds at once both count; past the amount, one is refused", async () => {
    const p = await payment();
    const provider = createDemoProvider(db);
    const refund = (amount: number) =>
      provider.refundPayment(p, amount, `payment.refund:${randomUUID()}`, { actorId: null });
    const both = await Promise.all([refund(1000), refund(2000), refund(3000)]);
    expect(both.map((r) => r.refunded).sort()).toEqual([1000, 2000, 3000]);
    expect((await db.payment.findUniqueOrThrow({ where: { id: p.id } })).refundedAmount).toBe(6000);

    const tooMuch = await Promise.allSettled([refund(3000), refund(3000)]);
    expect(tooMuch.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(tooMuch.find((r) => r.status === "rejected")).toMatchObject({
      reason: { message: expect.stringMatching(/left to refund/) },
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: p.id } })).refundedAmount).toBe(9000);
  });
});

describe("one subscription per reader", () => {
  async function deliveredGift() {
    const plan = await db.plan.findUniqueOrThrow({ where: { slug: "digital-yearly" } });
    const id = randomUUID();
    await db.gift.create({
      data: {
        id,
        planId: plan.id,
        months: 3,
        amount: 2250,
        currency: plan.currency,
        buyerName: "Gus Giver",
        buyerEmail: `gus-${id}@example.com`,
        recipientName: "Ruth Recipient",
        recipientEmail: `ruth-${id}@example.com`,
        deliverOn: new Date(Date.now() - DAY * 1000),
        status: "DELIVERED",
        codeHash: codeHashForGift(id),
        provider: "demo",
        paidAt: new Date(),
      },
    });
    return giftCodeFor(id);
  }

  it("two different gifts redeemed at once start one subscription; the other gift keeps", async () => {
    for (let round = 0; round < 5; round++) {
      const user = await createUser();
      const [a, b] = [await deliveredGift(), await deliveredGift()];
      const results = await Promise.all([
        redeemGift(db, reader(user), { code: a }),
        redeemGift(db, reader(user), { code: b }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({
        message: expect.stringMatching(/already have a subscription/),
      });
      expect(await db.subscription.count({ where: { userId: user.id } })).toBe(1);
      expect(await db.gift.count({ where: { recipientId: user.id } })).toBe(1);
    }
  });

  it("a gift redeemed while a checkout is paid: one of them, not both", async () => {
    for (let round = 0; round < 5; round++) {
      const user = await createUser();
      const code = await deliveredGift();
      const started = await startCheckout(db, reader(user), { planSlug: "digital-monthly" });
      if (!started.ok) throw new Error(JSON.stringify(started.errors));
      const checkoutId = started.redirectTo.split("/").pop()!;
      const [gift, paid] = await Promise.all([
        redeemGift(db, reader(user), { code }),
        payDemoCheckout(db, reader(user), { checkoutId, card: card() }),
      ]);
      expect([gift.ok, paid.ok].filter(Boolean)).toHaveLength(1);
      expect(await db.subscription.count({ where: { userId: user.id } })).toBe(1);
      expect(await db.payment.count({ where: { userId: user.id } })).toBe(paid.ok ? 1 : 0);
    }
  });
});

describe("account actions clicked twice", () => {
  it("cancel at period end twice at once: one change on the timeline, one email each", async () => {
    const user = await createUser();
    const subscriptionId = await subscribe(user);
    const results = await Promise.all([
      cancelAtPeriodEnd(db, reader(user), subscriptionId),
      cancelAtPeriodEnd(db, reader(user), subscriptionId),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(
      await db.subscriptionEvent.count({ where: { subscriptionId, kind: "cancel.scheduled" } }),
    ).toBe(1);
    const notices = sentEmails().filter(
      (e) => e.to === user.email && e.subject === "Your subscription will not renew",
    );
    expect(notices).toHaveLength(1);
  });

  it("newsletters saved from two tabs at once: both saved, each list once", async () => {
    for (let round = 0; round < 5; round++) {
      const user = await createUser();
      const save = () =>
        updateNewsletters(db, reader(user), { newsletters: ["new-articles", "new-issue"] });
      const results = await Promise.all([save(), save(), save()]);
      expect(results.every((r) => r.ok)).toBe(true);
      const choices = await newsletterChoices(db, user.id);
      expect(choices.filter((c) => c.subscribed).map((c) => c.slug)).toEqual([
        "new-articles",
        "new-issue",
      ]);
    }
  });
});

describe("Stripe events delivered to two servers at once", () => {
  const start = seconds(new Date()) - 40 * DAY;

  async function stripeSubscription() {
    const plan = await makePlan();
    const user = await makeUser({ stripeCustomerId: newId("cus") });
    const subId = newId("sub");
    const sub = (o: Partial<Parameters<typeof subscriptionObject>[0]> = {}) =>
      subscriptionObject({
        id: subId,
        customer: user.stripeCustomerId!,
        userId: user.id,
        planId: plan.id,
        periodStart: start,
        periodEnd: start + 365 * DAY,
        ...o,
      });
    await handleStripeEvent(
      db,
      stripeEvent("customer.subscription.created", sub(), start),
      fake.stripe,
    );
    return { user, subId, sub };
  }
  const deliver = (event: Parameters<typeof handleStripeEvent>[1]) =>
    handleStripeEvent(db, event, fake.stripe);

  it("the same invoice.paid event: applied once, one receipt", async () => {
    const { user, subId } = await stripeSubscription();
    const paid = stripeEvent(
      "invoice.paid",
      invoiceObject({
        id: newId("in"),
        subscription: subId,
        periodStart: start,
        periodEnd: start + 365 * DAY,
      }),
      start + 5,
    );
    const outcomes = await Promise.all([deliver(paid), deliver(paid), deliver(paid)]);
    expect(outcomes.sort()).toEqual(["applied", "duplicate", "duplicate"]);
    const row = await db.subscription.findUniqueOrThrow({
      where: { providerSubscriptionId: subId },
      include: { payments: true, events: true },
    });
    expect(row.payments).toHaveLength(1);
    expect(row.events.filter((e) => e.kind === "payment.succeeded")).toHaveLength(1);
    expect(
      sentEmails().filter((e) => e.to === user.email && e.subject.startsWith("Your receipt")),
    ).toHaveLength(1);
  });

  it("an older and a newer update at once: the newer state stands", async () => {
    for (let round = 0; round < 5; round++) {
      const { subId, sub } = await stripeSubscription();
      const older = stripeEvent(
        "customer.subscription.updated",
        sub({ cancelAtPeriodEnd: true }),
        start + 60,
      );
      const newer = stripeEvent(
        "customer.subscription.updated",
        sub({ status: "past_due" }),
        start + 120,
      );
      await Promise.all([deliver(newer), deliver(older)]);
      const row = await db.subscription.findUniqueOrThrow({
        where: { providerSubscriptionId: subId },
      });
      expect(row).toMatchObject({ status: "PAST_DUE", cancelAtPeriodEnd: false });
      expect(row.providerUpdatedAt).toEqual(new Date((start + 120) * 1000));
    }
  });

  it("two invoices paid at once: the guarantee runs from the earlier payment", async () => {
    const { subId } = await stripeSubscription();
    const invoice = (at: number) =>
      stripeEvent(
        "invoice.paid",
        invoiceObject({
          id: newId("in"),
          subscription: subId,
          periodStart: at,
          periodEnd: at + DAY,
        }),
        at,
      );
    await Promise.all([deliver(invoice(start + 30 * DAY)), deliver(invoice(start))]);
    const row = await db.subscription.findUniqueOrThrow({
      where: { providerSubscriptionId: subId },
    });
    expect(row.firstPaidAt).toEqual(new Date(start * 1000));
  });

  it("two partial refunds of one charge at once: the larger total, refunded once", async () => {
    const { user, subId } = await stripeSubscription();
    const invoiceId = newId("in");
    const chargeId = newId("ch");
    await deliver(
      stripeEvent(
        "invoice.paid",
        invoiceObject({
          id: invoiceId,
          subscription: subId,
          periodStart: start,
          periodEnd: start + 365 * DAY,
          charge: chargeId,
          shape: "legacy",
        }),
        start + 5,
      ),
    );
    const refunded = (total: number, at: number) =>
      stripeEvent(
        "charge.refunded",
        chargeObject({ id: chargeId, amount: 12000, refunded: total, invoice: invoiceId }),
        at,
      );
    await Promise.all([deliver(refunded(5000, start + 60)), deliver(refunded(12000, start + 90))]);
    const payment = await db.payment.findUniqueOrThrow({ where: { providerPaymentId: invoiceId } });
    expect(payment.refundedAmount).toBe(12000);
    // However the two interleave (one email of $120, or $50 then $70), the emails add up
    // to the refund, never to more.
    const emailedCents = sentEmails()
      .filter((e) => e.to === user.email)
      .flatMap((e) => /^Refund of \$([\d,.]+) from/.exec(e.subject)?.[1] ?? [])
      .map((dollars) => Math.round(Number(dollars.replaceAll(",", "")) * 100));
    expect(emailedCents.length).toBeGreaterThanOrEqual(1);
    expect(emailedCents.reduce((sum, cents) => sum + cents, 0)).toBe(12000);
    const events = await db.subscriptionEvent.findMany({
      where: { subscription: { providerSubscriptionId: subId }, kind: "refunded" },
    });
    const total = events
      .map((e) => Number(/Refunded (\d+)/.exec(e.detail)?.[1] ?? 0))
      .reduce((sum, n) => sum + n, 0);
    expect(total).toBe(12000);
  });
});

describe("the last admin", () => {
  const activeAdmins = { role: "ADMIN", disabledAt: null, deletedAt: null } as const;

  // Through the real functions (lib/users/admin-users.ts), so that taking lockActiveAdmins
  // out of either makes this fail on PostgreSQL: both would count two admins and both go.
  // A few rounds, as the two transactions must overlap for the race to show.
  it.each([
    [
      "demoting",
      (by: TestUser, target: TestUser) =>
        changeUserRole(db, by.actor, { userId: target.id, role: "READER" }),
    ],
    [
      "disabling",
      (by: TestUser, target: TestUser) =>
        setUserDisabled(db, by.actor, { userId: target.id, disabled: true }),
    ],
  ] as const)("two admins %s each other at once leave one", async (_, remove) => {
    for (let round = 0; round < 5; round++) {
      await db.user.updateMany({ where: activeAdmins, data: { role: "EDITOR" } });
      const [a, b] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
      const results = await Promise.allSettled([remove(a, b), remove(b, a)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected");
      expect(refused?.reason).toMatchObject({ code: "CONFLICT" });
      expect(await db.user.count({ where: activeAdmins })).toBe(1);
    }
  });
});
