import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { startGiftPurchase } from "@/lib/gifts/buy-gift";
import { DELIVERY_LEASE_MS, deliverDueGifts, deliverGift } from "@/lib/gifts/deliver-gifts";
import { listGifts } from "@/lib/gifts/admin-gift-list";
import { giftCodeFor, giftPageToken, normalizeGiftCode } from "@/lib/gifts/gift-code";
import { listGiftOptions } from "@/lib/gifts/gift-offers";
import { payDemoGift } from "@/lib/gifts/pay-gift";
import { previewGift, redeemGift } from "@/lib/gifts/redeem-gift";
import { getAccountBilling } from "@/lib/subscriptions/account-billing";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import { DEMO_CARDS } from "@/lib/subscriptions/demo-cards";
import { getEntitlement } from "@/lib/subscriptions/entitlements";
import { resumeSubscription } from "@/lib/subscriptions/manage-subscription";
import { renewDueSubscriptions } from "@/lib/subscriptions/renewals";
import { createUser, sentEmails, spyOnEmails, type TestUser } from "./account-helpers";

const DAY = 86_400_000;
const card = (number: string = DEMO_CARDS.succeeds) => ({
  cardName: "Gift Giver",
  cardNumber: number,
  expiry: "12/40",
  cvc: "123",
});
const reader = (user: TestUser) => ({ ...user.actor, name: user.name, email: user.email });
const unique = () => Math.random().toString(36).slice(2, 10);
/** A delivery date within the year ahead, as the form takes it. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const ADDRESS = {
  name: "Ruth Recipient",
  line1: "12 Harbour Road",
  city: "Portland",
  region: "ME",
  postalCode: "04101",
  country: "US",
};

/** Buys a gift (signed out unless `buyer`) at `now`; returns its id, not yet paid. */
async function orderGift(
  overrides: Record<string, unknown> = {},
  now = new Date(),
  buyer: TestUser | null = null,
) {
  const started = await startGiftPurchase(
    db,
    buyer ? reader(buyer) : null,
    {
      plan: "digital-yearly",
      months: "6",
      recipientName: "Ruth Recipient",
      recipientEmail: `ruth-${unique()}@example.com`,
      message: "Happy birthday!\n<b>Read well</b>",
      deliverOn: "",
      buyerName: "Gus Giver",
      buyerEmail: `gus-${unique()}@example.com`,
      ...overrides,
    },
    now,
  );
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  const giftId = /\/subscribe\/gift\/checkout\/([^?]+)/.exec(started.redirectTo)![1]!;
  return giftId;
}

async function pay(giftId: string, now = new Date()) {
  const result = await payDemoGift(db, { giftId, token: giftPageToken(giftId), card: card() }, now);
  expect(result).toEqual({ ok: true });
}

/** A paid gift, delivered (its delivery date is `now`). Returns its id and code. */
async function deliveredGift(overrides: Record<string, unknown> = {}, now = new Date()) {
  const giftId = await orderGift(overrides, now);
  await pay(giftId, now);
  const gift = await db.gift.findUniqueOrThrow({ where: { id: giftId } });
  expect(gift.status).toBe("DELIVERED");
  return { giftId, code: giftCodeFor(giftId), gift };
}

beforeAll(async () => {
  await ensureDefaultPlans(db);
});
beforeEach(() => {
  spyOnEmails();
});

describe("gift prices", () => {
  it("are months at the best monthly rate: the yearly price prorated, rounded to the cent", async () => {
    const options = await listGiftOptions(db);
    expect(options.map((o) => [o.label, o.planSlug, o.prices])).toEqual([
      ["Digital", "digital-yearly", { 3: 2250, 6: 4500, 12: 9000 }],
      ["Digital + Print", "digital-print-yearly", { 3: 3500, 6: 7000, 12: 14000 }],
    ]);
  });
});

describe("buying a gift", () => {
  it("refuses bad input field by field and creates nothing", async () => {
    const before = await db.gift.count();
    const result = await startGiftPurchase(db, null, {
      plan: "digital-print-yearly",
      months: "5",
      recipientName: "",
      recipientEmail: "not-an-email",
      message: "x".repeat(601),
      deliverOn: "2020-01-01",
      buyerName: "Gus",
      buyerEmail: "gus@example.com",
      address: { ...ADDRESS, postalCode: "ABC" },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["deliverOn", "message", "months", "postalCode", "recipientEmail", "recipientName"].sort(),
    );
    expect(await db.gift.count()).toBe(before);
  });

  it("prices the gift on the server and keeps the print address for later", async () => {
    const giftId = await orderGift({
      plan: "digital-print-yearly",
      months: "3",
      address: ADDRESS,
      deliverOn: inDays(40),
    });
    const gift = await db.gift.findUniqueOrThrow({ where: { id: giftId } });
    const now = new Date();
    expect(gift).toMatchObject({ status: "PENDING", amount: 3500, months: 3, codeHash: null });
    expect(JSON.parse(gift.printAddress!)).toMatchObject({ postalCode: "04101" });
    expect(gift.deliverOn > now).toBe(true);
    // too far ahead is refused
    const far = await startGiftPurchase(db, null, {
      plan: "digital-yearly",
      months: "12",
      recipientName: "R",
      recipientEmail: "r@example.com",
      deliverOn: "2099-01-01",
      buyerName: "B",
      buyerEmail: "b@example.com",
    });
    expect(far).toMatchObject({ ok: false, errors: { deliverOn: expect.any(String) } });
  });

  it("the checkout needs the link's token", async () => {
    const giftId = await orderGift();
    await expect(payDemoGift(db, { giftId, token: "forged", card: card() })).rejects.toThrow(
      /no such gift/i,
    );
  });
});

describe("paying for a gift (demo provider)", () => {
  it("a declined card leaves it unpaid; another card pays it", async () => {
    const giftId = await orderGift({ deliverOn: inDays(40) });
    const token = giftPageToken(giftId);
    const declined = await payDemoGift(db, { giftId, token, card: card(DEMO_CARDS.declined) });
    expect(declined).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/declined/) },
    });
    expect((await db.gift.findUniqueOrThrow({ where: { id: giftId } })).status).toBe("PENDING");
    await pay(giftId);
    expect((await db.gift.findUniqueOrThrow({ where: { id: giftId } })).status).toBe("PAID");
  });

  it("paying the same gift twice at once pays once: one receipt, one delivery", async () => {
    const giftId = await orderGift();
    const token = giftPageToken(giftId);
    const results = await Promise.all([
      payDemoGift(db, { giftId, token, card: card() }),
      payDemoGift(db, { giftId, token, card: card() }),
      payDemoGift(db, { giftId, token, card: card() }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const gift = await db.gift.findUniqueOrThrow({ where: { id: giftId } });
    // dated today: delivered at once after payment
    expect(gift).toMatchObject({ status: "DELIVERED", cardLast4: "4242" });
    expect(gift.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sentEmails().filter((e) => e.to === gift.buyerEmail)).toHaveLength(1);
    expect(sentEmails().filter((e) => e.to === gift.recipientEmail)).toHaveLength(1);
    // a later retry changes nothing either
    await pay(giftId);
    expect(
      sentEmails().filter((e) => e.to === gift.buyerEmail || e.to === gift.recipientEmail),
    ).toHaveLength(2);
  });
});

describe("delivering gifts (the scheduler)", () => {
  it("sends each due gift exactly once, never before its date, with the link and the message", async () => {
    const bought = new Date("2030-03-01T10:00:00Z");
    const giftId = await orderGift({ deliverOn: "2030-03-10" }, bought);
    await pay(giftId, bought);
    const gift = await db.gift.findUniqueOrThrow({ where: { id: giftId } });
    expect(gift.deliverOn.toISOString()).toBe("2030-03-10T00:00:00.000Z");
    const mine = () =>
      sentEmails().filter((e) => e.to === gift.buyerEmail || e.to === gift.recipientEmail);
    expect(mine().map((e) => e.to)).toEqual([gift.buyerEmail]);

    expect(await deliverDueGifts(db, new Date("2030-03-09T23:59:59Z"))).not.toContain(giftId);
    expect(sentEmails().filter((e) => e.to === gift.recipientEmail)).toHaveLength(0);

    const on = new Date("2030-03-10T00:00:05Z");
    const ticks = await Promise.all([deliverDueGifts(db, on), deliverDueGifts(db, on)]);
    expect(ticks.flat().filter((id) => id === giftId)).toHaveLength(1);
    expect(await deliverDueGifts(db, new Date("2030-03-11T00:00:00Z"))).not.toContain(giftId);
    const emails = sentEmails().filter((e) => e.to === gift.recipientEmail);
    expect(emails).toHaveLength(1);
    const code = giftCodeFor(giftId);
    expect(emails[0]!.subject).toContain("Gus Giver");
    expect(emails[0]!.text).toContain(`/gift/redeem?code=${code}`);
    // the link is the first one in the email, before anything the buyer wrote
    expect(/https?:\/\/\S+/.exec(emails[0]!.text)![0]).toContain("/gift/redeem?code=");
    expect(emails[0]!.text).toContain("> Happy birthday!\n> <b>Read well</b>");
    expect(await db.gift.findUniqueOrThrow({ where: { id: giftId } })).toMatchObject({
      status: "DELIVERED",
      deliveredAt: on,
    });
  });

  it("a failed send puts the gift back, and the next tick delivers it", async () => {
    const bought = new Date("2031-05-01T10:00:00Z");
    const giftId = await orderGift({ deliverOn: "2031-05-02" }, bought);
    await pay(giftId, bought);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.mocked(console.log).mockImplementationOnce(() => {
      throw new Error("mail server down");
    });
    const due = new Date("2031-05-02T01:00:00Z");
    // one gift, so the failure is this gift's (deliverDueGifts takes them one by one)
    expect(await deliverGift(db, giftId, due)).toBe(false);
    expect(errors).toHaveBeenCalled();
    expect(await db.gift.findUniqueOrThrow({ where: { id: giftId } })).toMatchObject({
      status: "PAID",
      deliveredAt: null,
    });
    const recipientEmail = (await db.gift.findUniqueOrThrow({ where: { id: giftId } }))
      .recipientEmail;
    // (the failed attempt is in the log spy's calls too, though nothing was sent)
    const attempts = () => sentEmails().filter((e) => e.to === recipientEmail).length;
    const failed = attempts();
    expect(await deliverDueGifts(db, new Date(due.getTime() + 5000))).toContain(giftId);
    expect(await deliverDueGifts(db, new Date(due.getTime() + 10000))).not.toContain(giftId);
    expect((await db.gift.findUniqueOrThrow({ where: { id: giftId } })).status).toBe("DELIVERED");
    expect(attempts()).toBe(failed + 1);
    errors.mockRestore();
  });

  it("a tick that died mid-send loses nothing: its claim runs out and a later tick delivers", async () => {
    const bought = new Date("2032-06-01T10:00:00Z");
    const giftId = await orderGift({ deliverOn: "2032-06-02" }, bought);
    await pay(giftId, bought);
    const due = new Date("2032-06-02T01:00:00Z");
    // What a claim leaves when the process is killed before its email goes out.
    await db.gift.update({ where: { id: giftId }, data: { deliveryClaimedAt: due } });
    const { recipientEmail } = await db.gift.findUniqueOrThrow({ where: { id: giftId } });
    const sent = () => sentEmails().filter((e) => e.to === recipientEmail).length;
    // Within the lease nobody else takes it...
    expect(await deliverDueGifts(db, new Date(due.getTime() + 60_000))).not.toContain(giftId);
    expect(sent()).toBe(0);
    // ...after it, the next tick delivers it, once.
    const later = new Date(due.getTime() + DELIVERY_LEASE_MS + 1000);
    const ticks = await Promise.all([deliverDueGifts(db, later), deliverDueGifts(db, later)]);
    expect(ticks.flat().filter((id) => id === giftId)).toHaveLength(1);
    expect(sent()).toBe(1);
    expect(await db.gift.findUniqueOrThrow({ where: { id: giftId } })).toMatchObject({
      status: "DELIVERED",
      deliveredAt: later,
    });
  });
});

describe("redeeming a gift", () => {
  it("starts a gift subscription that gives access, shows on the account and never renews", async () => {
    const now = new Date();
    const { giftId, code } = await deliveredGift({ months: "3" }, now);
    const recipient = await createUser();
    // the code works whatever its case and grouping
    const typed = code.toLowerCase().replace(/-/g, " ");
    const result = await redeemGift(db, reader(recipient), { code: typed }, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const subscription = await db.subscription.findUniqueOrThrow({
      where: { id: result.subscriptionId },
    });
    expect(subscription).toMatchObject({
      userId: recipient.id,
      provider: "gift",
      status: "ACTIVE",
      complimentary: true,
      priceAmount: 0,
      cancelAtPeriodEnd: true,
    });
    const end = new Date(now);
    end.setMonth(end.getMonth() + 3);
    expect(subscription.currentPeriodEnd.toISOString()).toBe(end.toISOString());
    expect(await db.gift.findUniqueOrThrow({ where: { id: giftId } })).toMatchObject({
      status: "REDEEMED",
      recipientId: recipient.id,
      subscriptionId: subscription.id,
      redeemedAt: now,
    });
    expect(
      await db.subscriptionEvent.count({
        where: { subscriptionId: subscription.id, kind: "gift.redeemed" },
      }),
    ).toBe(1);
    expect((await getEntitlement(db, recipient.id, now)).subscriber).toBe(true);

    const billing = await getAccountBilling(db, recipient.id, now);
    expect(billing.subscription).toMatchObject({ gift: { from: "Gus Giver" }, live: true });
    // it cannot be turned into a renewing subscription
    const resumed = await resumeSubscription(db, reader(recipient), subscription.id, now);
    expect(resumed.ok).toBe(false);

    // At its end: ended by the scheduler, no charge, no access (no renewal grace either).
    const after = new Date(subscription.currentPeriodEnd.getTime() + 1000);
    expect((await getEntitlement(db, recipient.id, after)).subscriber).toBe(false);
    const outcomes = await renewDueSubscriptions(db, after);
    expect(outcomes).toContainEqual({ subscriptionId: subscription.id, outcome: "ended" });
    expect(
      await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } }),
    ).toMatchObject({
      status: "CANCELED",
    });
    expect(await db.payment.count({ where: { userId: recipient.id } })).toBe(0);
  });

  it("two redemptions at once: one wins, the other is told it was used", async () => {
    const { giftId, code } = await deliveredGift();
    const [first, second] = [await createUser(), await createUser()];
    const results = await Promise.all([
      redeemGift(db, reader(first), { code }),
      redeemGift(db, reader(second), { code }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already been redeemed/),
    });
    const gift = await db.gift.findUniqueOrThrow({ where: { id: giftId } });
    expect([first.id, second.id]).toContain(gift.recipientId);
    expect(await db.subscription.count({ where: { userId: { in: [first.id, second.id] } } })).toBe(
      1,
    );
  });

  it("a double click by the same reader makes one subscription", async () => {
    const { code } = await deliveredGift();
    const recipient = await createUser();
    const results = await Promise.all([
      redeemGift(db, reader(recipient), { code }),
      redeemGift(db, reader(recipient), { code }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      message: expect.stringMatching(/already redeemed this gift/),
    });
    expect(await db.subscription.count({ where: { userId: recipient.id } })).toBe(1);
  });

  it("answers unknown, malformed, not-yet-delivered and used codes with a message", async () => {
    const user = await createUser();
    const malformed = await redeemGift(db, reader(user), { code: "hello" });
    expect(malformed).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a gift code/),
    });
    const unknown = await redeemGift(db, reader(user), { code: "AAAAA-AAAAA-AAAAA-AAAAA" });
    expect(unknown).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no gift with that code/),
    });

    const giftId = await orderGift({ deliverOn: inDays(30) });
    await pay(giftId);
    const code = giftCodeFor(giftId);
    const early = await redeemGift(db, reader(user), { code });
    expect(early).toMatchObject({ ok: false, message: expect.stringMatching(/not ready yet/) });
    expect(await previewGift(db, code, user.id)).toMatchObject({ ok: false });
    expect((await db.gift.findUniqueOrThrow({ where: { id: giftId } })).status).toBe("PAID");

    const { code: used } = await deliveredGift();
    expect((await redeemGift(db, reader(await createUser()), { code: used })).ok).toBe(true);
    expect(await redeemGift(db, reader(user), { code: used })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already been redeemed/),
    });
    expect(await previewGift(db, used, user.id)).toMatchObject({ ok: false, redeemed: true });
  });

  it("refuses a reader who already subscribes and leaves the gift unused", async () => {
    const { giftId, code } = await deliveredGift();
    const subscriber = await createUser();
    await db.subscription.create({
      data: {
        userId: subscriber.id,
        planId: (await db.plan.findFirstOrThrow({ where: { slug: "digital-monthly" } })).id,
        provider: "demo",
        status: "ACTIVE",
        priceAmount: 900,
        currency: "usd",
        currentPeriodStart: new Date(),
        currentPeriodEnd: new Date(Date.now() + 20 * DAY),
      },
    });
    const result = await redeemGift(db, reader(subscriber), { code });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already have a subscription/),
    });
    expect(await db.gift.findUniqueOrThrow({ where: { id: giftId } })).toMatchObject({
      status: "DELIVERED",
      recipientId: null,
    });
    expect(await db.subscription.count({ where: { userId: subscriber.id } })).toBe(1);
  });

  it("a print gift gives the recipient the buyer's address unless they have their own", async () => {
    const print = { plan: "digital-print-yearly", address: ADDRESS };
    const first = await deliveredGift(print);
    const newcomer = await createUser();
    expect((await redeemGift(db, reader(newcomer), { code: first.code })).ok).toBe(true);
    expect(await db.address.findUnique({ where: { userId: newcomer.id } })).toMatchObject({
      line1: "12 Harbour Road",
      postalCode: "04101",
    });

    const second = await deliveredGift(print);
    const settled = await createUser();
    await db.address.create({
      data: {
        userId: settled.id,
        name: "S",
        line1: "1 Own St",
        city: "Bath",
        postalCode: "BA1 1AA",
        country: "GB",
      },
    });
    expect((await redeemGift(db, reader(settled), { code: second.code })).ok).toBe(true);
    expect(await db.address.findUnique({ where: { userId: settled.id } })).toMatchObject({
      line1: "1 Own St",
    });
  });

  it("needs an account", async () => {
    const { code } = await deliveredGift();
    await expect(redeemGift(db, null, { code })).rejects.toThrow(/sign in/i);
  });
});

describe("gift codes", () => {
  it("carry 100 bits in 20 base32 characters and read typos of O, I and L as digits", () => {
    const code = giftCodeFor("gift-id-1");
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(giftCodeFor("gift-id-2")).not.toBe(code);
    expect(normalizeGiftCode("o0iL1-AAAAA-BBBBB-CCCCC")).toBe("00111AAAAABBBBBCCCCC");
    expect(normalizeGiftCode("UUUUU-AAAAA-BBBBB-CCCCC")).toBeNull();
  });
});

describe("the admin list of gifts", () => {
  it("is for admins only and filters by state", async () => {
    await deliveredGift();
    const admin = await createUser({ role: "ADMIN" });
    const plain = await createUser();
    await expect(listGifts(db, plain.actor, {})).rejects.toThrow();
    const delivered = await listGifts(db, admin.actor, { status: "DELIVERED" });
    expect(delivered.gifts.length).toBeGreaterThan(0);
    expect(delivered.gifts.every((g) => g.status === "DELIVERED")).toBe(true);
    expect(delivered.counts.DELIVERED).toBeGreaterThan(0);
  });
});
