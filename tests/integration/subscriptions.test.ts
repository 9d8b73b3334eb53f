import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEntitlement, RENEWAL_GRACE_MS } from "@/lib/subscriptions/entitlements";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { startCheckout } from "@/lib/subscriptions/checkout";
import { payDemoCheckout } from "@/lib/subscriptions/demo-checkout";
import { DEMO_CARDS } from "@/lib/subscriptions/demo-cards";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";
import {
  cancelAndRefund,
  cancelAtPeriodEnd,
  resumeSubscription,
  updateAddress,
} from "@/lib/subscriptions/manage-subscription";
import { getAccountBilling } from "@/lib/subscriptions/account-billing";
import { createUser, sentEmails, spyOnEmails, type TestUser } from "./account-helpers";

const DAY = 86_400_000;
const card = (number: string = DEMO_CARDS.succeeds) => ({
  cardName: "Test Reader",
  cardNumber: number,
  expiry: "12/40",
  cvc: "123",
});
const reader = (user: TestUser) => ({ ...user.actor, name: user.name, email: user.email });

/** Buys `plan` through the demo checkout at time `now`; returns the subscription id. */
async function subscribe(user: TestUser, plan = "digital-yearly", now = new Date()) {
  const address =
    plan === "digital-print-yearly"
      ? {
          name: "T R",
          line1: "1 Main St",
          city: "Springfield",
          region: "IL",
          postalCode: "62701",
          country: "US",
        }
      : undefined;
  const started = await startCheckout(db, reader(user), { planSlug: plan, address }, now);
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  const checkoutId = started.redirectTo.split("/").pop()!;
  const paid = await payDemoCheckout(db, reader(user), { checkoutId, card: card() }, now);
  if (!paid.ok) throw new Error(JSON.stringify(paid.errors));
  return { subscriptionId: paid.subscriptionId, checkoutId };
}

beforeAll(async () => {
  await ensureDefaultPlans(db);
});
beforeEach(() => {
  spyOnEmails();
});

describe("demo checkout", () => {
  it("a good card creates one active subscription, one payment and a receipt", async () => {
    const user = await createUser();
    const now = new Date("2026-03-01T12:00:00Z");
    const { subscriptionId } = await subscribe(user, "digital-yearly", now);
    const subscription = await db.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(subscription).toMatchObject({ status: "ACTIVE", priceAmount: 9000, provider: "demo" });
    expect(subscription.currentPeriodEnd.toISOString()).toBe("2027-03-01T12:00:00.000Z");
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(1);
    expect(
      sentEmails().filter((e) => e.to === user.email && /receipt/i.test(e.subject)),
    ).toHaveLength(1);
    expect((await getEntitlement(db, user.id, now)).subscriber).toBe(true);
  });

  it("a declined card says why and leaves no subscription or payment", async () => {
    const user = await createUser();
    const started = await startCheckout(db, reader(user), { planSlug: "digital-monthly" });
    const checkoutId = started.ok ? started.redirectTo.split("/").pop()! : "";
    const paid = await payDemoCheckout(db, reader(user), {
      checkoutId,
      card: card(DEMO_CARDS.declined),
    });
    expect(paid).toMatchObject({ ok: false, errors: { form: expect.stringMatching(/declined/i) } });
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(0);
    // The same checkout can still be paid with another card.
    const retry = await payDemoCheckout(db, reader(user), { checkoutId, card: card() });
    expect(retry.ok).toBe(true);
  });

  it("rejects malformed cards with a message per field", async () => {
    const user = await createUser();
    const started = await startCheckout(db, reader(user), { planSlug: "digital-monthly" });
    const checkoutId = started.ok ? started.redirectTo.split("/").pop()! : "";
    const paid = await payDemoCheckout(db, reader(user), {
      checkoutId,
      card: { cardName: "", cardNumber: "4242 4242 4242 4241", expiry: "01/20", cvc: "12" },
    });
    expect(paid.ok).toBe(false);
    if (paid.ok) return;
    expect(Object.keys(paid.errors).sort()).toEqual(["cardName", "cardNumber", "cvc", "expiry"]);
  });

  it("paying the same checkout twice at once makes one subscription and one payment", async () => {
    const user = await createUser();
    const started = await startCheckout(db, reader(user), { planSlug: "digital-monthly" });
    const checkoutId = started.ok ? started.redirectTo.split("/").pop()! : "";
    const results = await Promise.all([
      payDemoCheckout(db, reader(user), { checkoutId, card: card() }),
      payDemoCheckout(db, reader(user), { checkoutId, card: card() }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(1);
  });

  it("someone else's checkout is not found", async () => {
    const owner = await createUser();
    const other = await createUser();
    const started = await startCheckout(db, reader(owner), { planSlug: "digital-monthly" });
    const checkoutId = started.ok ? started.redirectTo.split("/").pop()! : "";
    await expect(payDemoCheckout(db, reader(other), { checkoutId, card: card() })).rejects.toThrow(
      /no such checkout/i,
    );
  });

  it("print plans need a valid postal address; it is saved with the checkout", async () => {
    const user = await createUser();
    const bad = await startCheckout(db, reader(user), {
      planSlug: "digital-print-yearly",
      address: { name: "R", line1: "", city: "Boston", postalCode: "ABCDE", country: "US" },
    });
    expect(bad).toMatchObject({
      ok: false,
      errors: {
        line1: expect.any(String),
        postalCode: expect.stringMatching(/postal code/i),
        region: expect.any(String),
      },
    });
    expect(await db.checkoutSession.count({ where: { userId: user.id } })).toBe(0);
    await subscribe(user, "digital-print-yearly");
    expect(await db.address.findUnique({ where: { userId: user.id } })).toMatchObject({
      city: "Springfield",
      country: "US",
    });
  });

  it("refuses a second subscription while one is active, and unknown or retired plans", async () => {
    const user = await createUser();
    await subscribe(user);
    expect(await startCheckout(db, reader(user), { planSlug: "digital-monthly" })).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/already have a subscription/) },
    });
    const other = await createUser();
    expect(await startCheckout(db, reader(other), { planSlug: "gold" })).toMatchObject({
      ok: false,
    });
  });

  it("a signed-out visitor cannot start a checkout", async () => {
    await expect(startCheckout(db, null, { planSlug: "digital-monthly" })).rejects.toThrow(
      /sign in/i,
    );
  });
});

describe("entitlements over time", () => {
  it("cancel at period end keeps access to the last moment, then none; resume undoes it", async () => {
    const user = await createUser();
    const start = new Date("2026-01-10T00:00:00Z");
    const { subscriptionId } = await subscribe(user, "digital-monthly", start);
    const end = new Date("2026-02-10T00:00:00Z");
    const midway = new Date("2026-01-20T00:00:00Z");

    expect(await cancelAtPeriodEnd(db, reader(user), subscriptionId, midway)).toMatchObject({
      ok: true,
    });
    expect(sentEmails().some((e) => e.to === user.email && /not renew/.test(e.subject))).toBe(true);
    expect((await getEntitlement(db, user.id, new Date(end.getTime() - 1))).subscriber).toBe(true);
    expect((await getEntitlement(db, user.id, end)).subscriber).toBe(false);

    expect(await resumeSubscription(db, reader(user), subscriptionId, midway)).toMatchObject({
      ok: true,
    });
    // Renewing again: the grace covers the moment between period end and the renewal run.
    expect((await getEntitlement(db, user.id, new Date(end.getTime() + 1000))).subscriber).toBe(
      true,
    );
    expect(
      (await getEntitlement(db, user.id, new Date(end.getTime() + RENEWAL_GRACE_MS + 1)))
        .subscriber,
    ).toBe(false);
  });

  it("nobody can cancel someone else's subscription", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { subscriptionId } = await subscribe(owner);
    await expect(cancelAtPeriodEnd(db, reader(other), subscriptionId)).rejects.toThrow(
      /no such subscription/,
    );
    await expect(cancelAndRefund(db, reader(other), subscriptionId)).rejects.toThrow(
      /no such subscription/,
    );
    const row = await db.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(row).toMatchObject({ status: "ACTIVE", cancelAtPeriodEnd: false });
  });
});

describe("renewals (the scheduler's billing step)", () => {
  it("renews a due subscription once, even when two runs overlap", async () => {
    const user = await createUser();
    const start = new Date("2025-05-01T00:00:00Z");
    const { subscriptionId } = await subscribe(user, "digital-monthly", start);
    const after = new Date("2025-06-01T00:00:01Z");
    await Promise.all([renewDueSubscriptions(db, after), renewDueSubscriptions(db, after)]);
    const row = await db.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(row.currentPeriodEnd.toISOString()).toBe("2025-07-01T00:00:00.000Z");
    expect(await db.payment.count({ where: { subscriptionId, status: "PAID" } })).toBe(2);
  });

  it("ends a subscription set to cancel, with no charge", async () => {
    const user = await createUser();
    const start = new Date("2025-05-01T00:00:00Z");
    const { subscriptionId } = await subscribe(user, "digital-monthly", start);
    await cancelAtPeriodEnd(db, reader(user), subscriptionId, start);
    await renewDueSubscriptions(db, new Date("2025-06-02T00:00:00Z"));
    const row = await db.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(row.status).toBe("CANCELED");
    expect(await db.payment.count({ where: { subscriptionId } })).toBe(1);
  });

  it("a card that fails on renewal leaves the subscription past due with a failed payment and an email", async () => {
    const user = await createUser();
    const start = new Date("2025-05-01T00:00:00Z");
    const started = await startCheckout(db, reader(user), { planSlug: "digital-monthly" }, start);
    const checkoutId = started.ok ? started.redirectTo.split("/").pop()! : "";
    const paid = await payDemoCheckout(
      db,
      reader(user),
      { checkoutId, card: card(DEMO_CARDS.failsOnRenewal) },
      start,
    );
    expect(paid.ok).toBe(true);
    const after = new Date("2025-06-01T00:00:01Z");
    await renewDueSubscriptions(db, after);
    const row = await db.subscription.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.status).toBe("PAST_DUE");
    expect(await db.payment.count({ where: { userId: user.id, status: "FAILED" } })).toBe(1);
    expect(sentEmails().some((e) => e.to === user.email && /could not take/.test(e.subject))).toBe(
      true,
    );
    expect((await getEntitlement(db, user.id, after)).subscriber).toBe(false);
    // Not retried on every tick.
    await renewDueSubscriptions(db, new Date("2025-06-01T00:05:00Z"));
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(2);
  });
});

describe("cancel and refund (60-day guarantee)", () => {
  it("on day 10 ends access at once and refunds everything, once, however often it is clicked", async () => {
    const user = await createUser();
    const start = new Date("2026-04-01T00:00:00Z");
    const { subscriptionId } = await subscribe(user, "digital-print-yearly", start);
    const day10 = new Date(start.getTime() + 10 * DAY);
    const results = await Promise.allSettled([
      cancelAndRefund(db, reader(user), subscriptionId, day10),
      cancelAndRefund(db, reader(user), subscriptionId, day10),
    ]);
    expect(results.filter((r) => r.status === "fulfilled" && r.value.ok)).toHaveLength(1);
    const payment = await db.payment.findFirstOrThrow({ where: { subscriptionId } });
    expect(payment.refundedAmount).toBe(payment.amount);
    expect((await getEntitlement(db, user.id, day10)).subscriber).toBe(false);
    expect(
      sentEmails().filter((e) => e.to === user.email && /^Refund/.test(e.subject)),
    ).toHaveLength(1);
    const billing = await getAccountBilling(db, user.id, day10);
    expect(billing.subscription).toMatchObject({
      status: "CANCELED",
      live: false,
      refundableUntil: null,
    });
  });

  it("is refused after 60 days; plain cancel still works", async () => {
    const user = await createUser();
    const start = new Date("2026-04-01T00:00:00Z");
    const { subscriptionId } = await subscribe(user, "digital-yearly", start);
    const day61 = new Date(start.getTime() + 61 * DAY);
    expect(await cancelAndRefund(db, reader(user), subscriptionId, day61)).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/60-day/) },
    });
    expect((await db.payment.findFirstOrThrow({ where: { subscriptionId } })).refundedAmount).toBe(
      0,
    );
    expect(await cancelAtPeriodEnd(db, reader(user), subscriptionId, day61)).toMatchObject({
      ok: true,
    });
  });
});

describe("print address", () => {
  it("validates and keeps the address; a bad one changes nothing", async () => {
    const user = await createUser();
    const good = {
      name: "A B",
      line1: "10 Downing St",
      city: "London",
      postalCode: "SW1A 2AA",
      country: "GB",
    };
    expect(await updateAddress(db, reader(user), good)).toMatchObject({ ok: true });
    expect(
      await updateAddress(db, reader(user), { ...good, country: "XX", postalCode: "" }),
    ).toMatchObject({
      ok: false,
      errors: { country: expect.any(String), postalCode: expect.any(String) },
    });
    expect(await db.address.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject(good);
  });
});
