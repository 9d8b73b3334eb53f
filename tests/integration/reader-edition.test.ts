import { randomUUID } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/users/account-settings";
import { setUserDisabled } from "@/lib/users/admin-users";
import { startCheckout } from "@/lib/subscriptions/checkout";
import { payDemoCheckout } from "@/lib/subscriptions/demo-checkout";
import { DEMO_CARDS } from "@/lib/subscriptions/demo-cards";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";
import {
  getEntitlement,
  getEntitlementWindow,
  RENEWAL_GRACE_MS,
  subscribersAmong,
} from "@/lib/subscriptions/entitlements";
import { cancelAndRefund, cancelAtPeriodEnd } from "@/lib/subscriptions/manage-subscription";
import { editionForSessionToken } from "@/lib/subscriptions/reader-edition";
import { createUser, PASSWORD, spyOnEmails, userRow, type TestUser } from "./account-helpers";
import { lapsedSubscriber } from "./paywall-files-helpers";

// lib/env.ts reads process.env once, when first imported; the test setup sets no secret,
// so one is set before any import runs. Sessions are made with next-auth's own encode().
const SECRET = vi.hoisted(() => {
  const secret = "reader-edition-test-secret-0123456789";
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
});

const DAY = 86_400_000;
/** How long a public decision (or one about an unreadable token) holds at most. */
const LONGEST_DECISION_MS = 10 * 60 * 1000;
const YEARS_2 = 2 * 365 * 24 * 60 * 60;

const reader = (user: TestUser) => ({ ...user.actor, name: user.name, email: user.email });

/**
 * A session token as next-auth makes it at sign-in (lib/auth/auth-options.ts puts the id,
 * role and session version in it). `maxAge` in seconds, as next-auth takes it.
 */
async function sessionToken(
  user: TestUser,
  {
    maxAge = 30 * 24 * 60 * 60,
    sv,
    secret = SECRET,
  }: { maxAge?: number; sv?: number; secret?: string } = {},
) {
  const sessionVersion = sv ?? (await userRow(user.id)).sessionVersion;
  return encode({
    token: {
      sub: user.id,
      name: user.name,
      email: user.email,
      uid: user.id,
      role: user.role,
      sv: sessionVersion,
    },
    secret,
    maxAge,
  });
}

/** When the token expires, in ms. */
async function expiryOf(token: string) {
  const claims = await decode({ token, secret: SECRET });
  return (claims!.exp as number) * 1000;
}

/** Buys `plan` through the demo checkout at `now`, as a reader would. */
async function subscribe(user: TestUser, now: Date, plan = "digital-monthly") {
  const started = await startCheckout(db, reader(user), { planSlug: plan }, now);
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  const checkoutId = started.redirectTo.split("/").pop()!;
  const paid = await payDemoCheckout(
    db,
    reader(user),
    {
      checkoutId,
      card: {
        cardName: "Test Reader",
        cardNumber: DEMO_CARDS.succeeds,
        expiry: "12/40",
        cvc: "123",
      },
    },
    now,
  );
  if (!paid.ok) throw new Error(JSON.stringify(paid.errors));
  return db.subscription.findUniqueOrThrow({ where: { id: paid.subscriptionId } });
}

beforeAll(async () => {
  await ensureDefaultPlans(db);
});
beforeEach(() => {
  spyOnEmails();
});

describe("editionForSessionToken", () => {
  it("gives an active subscriber the subscriber edition until the period ends plus the renewal grace", async () => {
    const now = new Date();
    const user = await createUser();
    const subscription = await subscribe(user, now);
    expect(subscription).toMatchObject({ status: "ACTIVE", cancelAtPeriodEnd: false });
    const periodEnd = subscription.currentPeriodEnd.getTime();
    expect(periodEnd).toBeGreaterThan(now.getTime() + 27 * DAY);

    const longLived = await sessionToken(user, { maxAge: YEARS_2 });
    expect(await editionForSessionToken(longLived, now)).toEqual({
      edition: "subscriber",
      until: periodEnd + RENEWAL_GRACE_MS,
    });
  });

  it("holds a subscriber's decision no longer than their token lives", async () => {
    const now = new Date();
    const user = await createUser();
    await subscribe(user, now);
    const token = await sessionToken(user, { maxAge: 24 * 60 * 60 });
    const decision = await editionForSessionToken(token, now);
    expect(decision).toEqual({ edition: "subscriber", until: await expiryOf(token) });
    expect(decision.until).toBeLessThanOrEqual(now.getTime() + DAY + 1_000);
  });

  it("keeps a renewing subscriber through the grace after the boundary, and not beyond", async () => {
    const now = new Date();
    const user = await createUser();
    const periodEnd = (await subscribe(user, now)).currentPeriodEnd.getTime();
    const token = await sessionToken(user, { maxAge: YEARS_2 });
    const inGrace = new Date(periodEnd + RENEWAL_GRACE_MS / 2);
    expect(await editionForSessionToken(token, inGrace)).toEqual({
      edition: "subscriber",
      until: periodEnd + RENEWAL_GRACE_MS,
    });
    const pastGrace = new Date(periodEnd + RENEWAL_GRACE_MS + 1);
    expect(await editionForSessionToken(token, pastGrace)).toEqual({
      edition: "member",
      until: pastGrace.getTime() + LONGEST_DECISION_MS,
    });
  });

  it("ends a subscription cancelled at period end exactly at the period's end, without grace", async () => {
    const now = new Date();
    const user = await createUser();
    const subscription = await subscribe(user, now);
    expect(await cancelAtPeriodEnd(db, reader(user), subscription.id, now)).toMatchObject({
      ok: true,
    });
    const periodEnd = subscription.currentPeriodEnd.getTime();
    const token = await sessionToken(user, { maxAge: YEARS_2 });
    expect(await editionForSessionToken(token, now)).toEqual({
      edition: "subscriber",
      until: periodEnd,
    });
    expect((await editionForSessionToken(token, new Date(periodEnd))).edition).toBe("member");
    expect((await editionForSessionToken(token, new Date(periodEnd + 60_000))).edition).toBe(
      "member",
    );
  });

  it("gives a reader without a subscription the member edition, for at most ten minutes", async () => {
    const now = new Date();
    const user = await createUser();
    expect(await editionForSessionToken(await sessionToken(user), now)).toEqual({
      edition: "member",
      until: now.getTime() + LONGEST_DECISION_MS,
    });
    // Staff are readers here too: a role gives no subscriber edition.
    const admin = await createUser({ role: "ADMIN" });
    expect((await editionForSessionToken(await sessionToken(admin), now)).edition).toBe("member");
  });

  it("gives a lapsed subscriber the member edition", async () => {
    const now = new Date();
    const user = await lapsedSubscriber(now);
    expect(await editionForSessionToken(await sessionToken(user), now)).toEqual({
      edition: "member",
      until: now.getTime() + LONGEST_DECISION_MS,
    });
  });

  it("gives a subscriber who cancelled and was refunded the member edition at once", async () => {
    const now = new Date();
    const user = await createUser();
    const subscription = await subscribe(user, now);
    const token = await sessionToken(user);
    expect((await editionForSessionToken(token, now)).edition).toBe("subscriber");
    const later = new Date(now.getTime() + 1_000);
    expect(await cancelAndRefund(db, reader(user), subscription.id, later)).toMatchObject({
      ok: true,
    });
    const refunded = await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    // What the refund writes: ended now, though the paid period would have run on.
    expect(refunded).toMatchObject({ status: "CANCELED", cancelAtPeriodEnd: false });
    expect(refunded.currentPeriodEnd.getTime()).toBeGreaterThan(later.getTime());
    expect((await editionForSessionToken(token, later)).edition).toBe("member");
  });

  it("gives a past-due subscriber access to the end of the period, without grace", async () => {
    const now = new Date();
    const user = await createUser();
    const subscription = await subscribe(user, now);
    await db.subscription.update({ where: { id: subscription.id }, data: { status: "PAST_DUE" } });
    const token = await sessionToken(user, { maxAge: YEARS_2 });
    expect(await editionForSessionToken(token, now)).toEqual({
      edition: "subscriber",
      until: subscription.currentPeriodEnd.getTime(),
    });
  });

  it("gives a disabled account the public edition, whatever its subscription", async () => {
    const now = new Date();
    const admin = await createUser({ role: "ADMIN" });
    const user = await createUser();
    await subscribe(user, now);
    const token = await sessionToken(user);
    expect((await editionForSessionToken(token, now)).edition).toBe("subscriber");
    await setUserDisabled(db, admin.actor, { userId: user.id, disabled: true });
    expect((await editionForSessionToken(token, now)).edition).toBe("public");
    // Even a token made after the disable (its session version current) gets nothing.
    expect((await editionForSessionToken(await sessionToken(user), now)).edition).toBe("public");
    // So does one whose account was disabled without its sessions being bumped.
    const quiet = await createUser({ disabledAt: new Date() });
    await db.subscription.create({
      data: {
        userId: quiet.id,
        planId: (await db.plan.findFirstOrThrow({ select: { id: true } })).id,
        provider: "demo",
        status: "ACTIVE",
        priceAmount: 900,
        currency: "usd",
        currentPeriodStart: now,
        currentPeriodEnd: new Date(now.getTime() + 30 * DAY),
      },
    });
    expect((await editionForSessionToken(await sessionToken(quiet), now)).edition).toBe("public");
  });

  it("gives a deleted account the public edition", async () => {
    const now = new Date();
    const user = await createUser();
    await subscribe(user, now);
    const token = await sessionToken(user);
    await db.user.update({ where: { id: user.id }, data: { deletedAt: now } });
    expect((await editionForSessionToken(token, now)).edition).toBe("public");
  });

  it("gives a token from before a password change the public edition, and the new one the subscriber edition", async () => {
    const now = new Date();
    const user = await createUser();
    await subscribe(user, now);
    const before = await sessionToken(user);
    expect((await editionForSessionToken(before, now)).edition).toBe("subscriber");
    expect(
      await changePassword(db, user.actor, {
        currentPassword: PASSWORD,
        password: "a-new-and-quite-long-passphrase",
        confirmPassword: "a-new-and-quite-long-passphrase",
      }),
    ).toMatchObject({ ok: true });
    expect((await userRow(user.id)).sessionVersion).toBe(1);
    expect(await editionForSessionToken(before, now)).toEqual({
      edition: "public",
      until: now.getTime() + LONGEST_DECISION_MS,
    });
    const after = await sessionToken(user);
    expect((await editionForSessionToken(after, now)).edition).toBe("subscriber");
    // A token claiming a session version the account never had gets nothing either.
    expect((await editionForSessionToken(await sessionToken(user, { sv: 7 }), now)).edition).toBe(
      "public",
    );
  });

  it("gives anything it cannot read the public edition", async () => {
    const now = new Date();
    const user = await createUser();
    await subscribe(user, now);
    const publicFor10Minutes = { edition: "public", until: now.getTime() + LONGEST_DECISION_MS };
    for (const garbage of ["", "not-a-token", "a.b.c.d.e", randomUUID()])
      expect(await editionForSessionToken(garbage, now)).toEqual(publicFor10Minutes);
    // Made with another secret.
    const forged = await sessionToken(user, { secret: "some-other-secret-0123456789abcdef" });
    expect(await editionForSessionToken(forged, now)).toEqual(publicFor10Minutes);
    // A real token with a character changed.
    const real = await sessionToken(user);
    const flipped = real.slice(0, -5) + (real.at(-5) === "A" ? "B" : "A") + real.slice(-4);
    expect(await editionForSessionToken(flipped, now)).toEqual(publicFor10Minutes);
    // A well-made token that names nobody, or names no one at all.
    const nobody = await encode({ token: { uid: "no-such-user", sv: 0 }, secret: SECRET });
    expect((await editionForSessionToken(nobody, now)).edition).toBe("public");
    const anonymous = await encode({ token: { sub: user.id }, secret: SECRET });
    expect((await editionForSessionToken(anonymous, now)).edition).toBe("public");
  });

  it("gives an expired token the public edition", async () => {
    const now = new Date();
    const user = await createUser();
    await subscribe(user, now);
    // Expired an hour ago by the clock.
    const expired = await sessionToken(user, { maxAge: -60 * 60 });
    expect((await editionForSessionToken(expired, now)).edition).toBe("public");
    // Still valid by the clock, but past its expiry at the `now` asked about.
    const token = await sessionToken(user, { maxAge: 24 * 60 * 60 });
    const exp = await expiryOf(token);
    expect((await editionForSessionToken(token, new Date(exp - 1_000))).edition).toBe("subscriber");
    expect((await editionForSessionToken(token, new Date(exp))).edition).toBe("public");
    expect((await editionForSessionToken(token, new Date(exp + 2 * DAY))).edition).toBe("public");
  });

  it("gives the member edition once `now` is past the period and its grace", async () => {
    const now = new Date();
    const user = await createUser();
    const periodEnd = (await subscribe(user, now)).currentPeriodEnd.getTime();
    const token = await sessionToken(user, { maxAge: YEARS_2 });
    const later = new Date(periodEnd + RENEWAL_GRACE_MS + DAY);
    expect(await editionForSessionToken(token, later)).toEqual({
      edition: "member",
      until: later.getTime() + LONGEST_DECISION_MS,
    });
  });
});

describe("getEntitlementWindow", () => {
  async function addSubscription(
    userId: string,
    now: Date,
    {
      status = "ACTIVE",
      endsIn,
      cancelAtPeriodEnd = false,
    }: {
      status?: "ACTIVE" | "TRIALING" | "PAST_DUE" | "CANCELED";
      endsIn: number;
      cancelAtPeriodEnd?: boolean;
    },
  ) {
    const plan = await db.plan.findFirstOrThrow({ select: { id: true } });
    return db.subscription.create({
      data: {
        userId,
        planId: plan.id,
        provider: "demo",
        status,
        cancelAtPeriodEnd,
        priceAmount: 900,
        currency: "usd",
        currentPeriodStart: new Date(now.getTime() - 30 * DAY),
        currentPeriodEnd: new Date(now.getTime() + endsIn),
        ...(status === "CANCELED" ? { endedAt: now, canceledAt: now } : {}),
      },
    });
  }

  it("is nothing, changing by itself never, without a subscription", async () => {
    const user = await createUser();
    expect(await getEntitlementWindow(db, user.id, new Date())).toEqual({
      entitlement: { subscriber: false, adFree: false },
      until: null,
    });
  });

  it("holds until the latest end among the subscriptions that give access", async () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const user = await createUser();
    // Cancelled at period end: to the end of its period, no grace.
    await addSubscription(user.id, now, { endsIn: 10 * DAY, cancelAtPeriodEnd: true });
    // Renewing: half a day earlier, but with the grace it outlasts the first.
    await addSubscription(user.id, now, { endsIn: 9.5 * DAY });
    // Refunded: its period would run long, but it gives nothing.
    await addSubscription(user.id, now, { status: "CANCELED", endsIn: 300 * DAY });
    expect(await getEntitlementWindow(db, user.id, now)).toEqual({
      entitlement: { subscriber: true, adFree: true },
      until: new Date(now.getTime() + 9.5 * DAY + RENEWAL_GRACE_MS),
    });
    // A past-due one ending later, without grace, wins then.
    await addSubscription(user.id, now, { status: "PAST_DUE", endsIn: 12 * DAY });
    expect((await getEntitlementWindow(db, user.id, now)).until).toEqual(
      new Date(now.getTime() + 12 * DAY),
    );
  });

  it("counts the grace of a trial that renews, and of one that has just ended", async () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const user = await createUser();
    await addSubscription(user.id, now, { status: "TRIALING", endsIn: -RENEWAL_GRACE_MS / 2 });
    expect(await getEntitlementWindow(db, user.id, now)).toEqual({
      entitlement: { subscriber: true, adFree: true },
      until: new Date(now.getTime() + RENEWAL_GRACE_MS / 2),
    });
    // The grace over, nothing is left.
    const later = new Date(now.getTime() + RENEWAL_GRACE_MS / 2);
    expect(await getEntitlementWindow(db, user.id, later)).toEqual({
      entitlement: { subscriber: false, adFree: false },
      until: null,
    });
  });

  it("gives nothing past the end of a cancelled-at-period-end or past-due period", async () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const user = await createUser();
    await addSubscription(user.id, now, { endsIn: -1, cancelAtPeriodEnd: true });
    await addSubscription(user.id, now, { status: "PAST_DUE", endsIn: -1 });
    expect((await getEntitlementWindow(db, user.id, now)).entitlement.subscriber).toBe(false);
  });

  it("answers for a batch of readers (subscribersAmong) exactly as it does for each", async () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const cases: Parameters<typeof addSubscription>[2][] = [
      { endsIn: DAY },
      { status: "TRIALING", endsIn: -RENEWAL_GRACE_MS / 2 },
      { status: "PAST_DUE", endsIn: DAY },
      { status: "PAST_DUE", endsIn: -1 },
      { endsIn: -1, cancelAtPeriodEnd: true },
      { status: "CANCELED", endsIn: DAY },
      { endsIn: -2 * RENEWAL_GRACE_MS },
    ];
    const ids: string[] = [];
    for (const terms of cases) {
      const user = await createUser();
      await addSubscription(user.id, now, terms);
      ids.push(user.id);
    }
    ids.push((await createUser()).id); // no subscription at all
    const batch = await subscribersAmong(db, ids, now);
    const each = await Promise.all(ids.map((id) => getEntitlement(db, id, now)));
    expect(ids.map((id) => batch.has(id))).toEqual(each.map((e) => e.subscriber));
    // The cases above cover both answers.
    expect(new Set(each.map((e) => e.subscriber))).toEqual(new Set([true, false]));
  });
});
