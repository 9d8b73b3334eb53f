import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clearRateLimit, hitRateLimit, isRateLimited } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

const WINDOW = 60_000;
const T0 = new Date("2030-03-01T12:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const newKey = () => `test:${randomUUID()}`;
const stored = (key: string) => db.rateLimit.findUnique({ where: { key } });

describe("hitRateLimit", () => {
  it("starts a window on the first hit and stores it", async () => {
    const key = newKey();
    const result = await hitRateLimit(db, key, { limit: 3, windowMs: WINDOW, now: T0 });
    expect(result).toEqual({ allowed: true, remaining: 2, resetAt: at(WINDOW) });
    const row = await stored(key);
    expect(row?.count).toBe(1);
    expect(row?.resetAt.getTime()).toBe(at(WINDOW).getTime());
  });

  it("allows `limit` hits in a window and refuses the next ones", async () => {
    const key = newKey();
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await hitRateLimit(db, key, { limit: 3, windowMs: WINDOW, now: at(i * 1000) }));
    expect(results.map((r) => [r.allowed, r.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    // A fixed window: later hits do not push the reset time back.
    expect(new Set(results.map((r) => r.resetAt.getTime()))).toEqual(
      new Set([at(WINDOW).getTime()]),
    );
    expect((await stored(key))?.count).toBe(5);
  });

  it("still counts in the last millisecond of the window", async () => {
    const key = newKey();
    await hitRateLimit(db, key, { limit: 1, windowMs: WINDOW, now: T0 });
    const last = await hitRateLimit(db, key, { limit: 1, windowMs: WINDOW, now: at(WINDOW - 1) });
    expect(last).toMatchObject({ allowed: false, remaining: 0 });
    expect((await stored(key))?.count).toBe(2);
  });

  it("starts a fresh window once the old one has ended", async () => {
    const key = newKey();
    for (let i = 0; i < 4; i++)
      await hitRateLimit(db, key, { limit: 3, windowMs: WINDOW, now: T0 });
    const fresh = await hitRateLimit(db, key, { limit: 3, windowMs: WINDOW, now: at(WINDOW) });
    expect(fresh).toEqual({ allowed: true, remaining: 2, resetAt: at(2 * WINDOW) });
    const row = await stored(key);
    expect(row?.count).toBe(1);
    expect(row?.resetAt.getTime()).toBe(at(2 * WINDOW).getTime());
  });

  it("keeps keys apart", async () => {
    const a = newKey();
    const b = newKey();
    for (let i = 0; i < 3; i++) await hitRateLimit(db, a, { limit: 2, windowMs: WINDOW, now: T0 });
    expect(await hitRateLimit(db, b, { limit: 2, windowMs: WINDOW, now: T0 })).toMatchObject({
      allowed: true,
      remaining: 1,
    });
  });

  it("counts every one of many simultaneous hits exactly once", async () => {
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        hitRateLimit(db, key, { limit: 5, windowMs: WINDOW, now: T0 }),
      ),
    );
    expect((await stored(key))?.count).toBe(12);
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});

describe("isRateLimited", () => {
  it("is false for an unknown key", async () => {
    expect(await isRateLimited(db, newKey(), 1, T0)).toBe(false);
  });

  it("turns true when the count reaches the limit, without counting itself", async () => {
    const key = newKey();
    await hitRateLimit(db, key, { limit: 2, windowMs: WINDOW, now: T0 });
    expect(await isRateLimited(db, key, 2, at(1))).toBe(false);
    await hitRateLimit(db, key, { limit: 2, windowMs: WINDOW, now: at(2) });
    expect(await isRateLimited(db, key, 2, at(3))).toBe(true);
    expect(await isRateLimited(db, key, 2, at(4))).toBe(true);
    expect((await stored(key))?.count).toBe(2);
  });

  it("turns false again when the window has passed", async () => {
    const key = newKey();
    for (let i = 0; i < 3; i++)
      await hitRateLimit(db, key, { limit: 2, windowMs: WINDOW, now: T0 });
    expect(await isRateLimited(db, key, 2, at(WINDOW - 1))).toBe(true);
    expect(await isRateLimited(db, key, 2, at(WINDOW))).toBe(false);
    expect(await isRateLimited(db, key, 2, at(WINDOW + 5_000))).toBe(false);
  });

  it("uses the current time by default", async () => {
    const key = newKey();
    await hitRateLimit(db, key, { limit: 1, windowMs: WINDOW });
    expect(await isRateLimited(db, key, 1)).toBe(true);
    // A window started long ago has ended by now.
    const old = newKey();
    await hitRateLimit(db, old, { limit: 1, windowMs: WINDOW, now: new Date("2001-01-01") });
    expect(await isRateLimited(db, old, 1)).toBe(false);
  });
});

describe("clearRateLimit", () => {
  it("forgets one key and leaves the others", async () => {
    const a = newKey();
    const b = newKey();
    for (let i = 0; i < 3; i++) {
      await hitRateLimit(db, a, { limit: 2, windowMs: WINDOW, now: T0 });
      await hitRateLimit(db, b, { limit: 2, windowMs: WINDOW, now: T0 });
    }
    await clearRateLimit(db, a);
    expect(await stored(a)).toBeNull();
    expect(await isRateLimited(db, a, 2, T0)).toBe(false);
    expect(await isRateLimited(db, b, 2, T0)).toBe(true);
    expect(await hitRateLimit(db, a, { limit: 2, windowMs: WINDOW, now: T0 })).toMatchObject({
      allowed: true,
      remaining: 1,
    });
  });

  it("does nothing for a key that does not exist", async () => {
    await expect(clearRateLimit(db, newKey())).resolves.toBeUndefined();
  });
});
