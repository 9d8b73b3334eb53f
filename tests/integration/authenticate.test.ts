import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteAccount } from "@/lib/users/account-settings";
import {
  SIGN_IN_LIMIT_PER_ACCOUNT,
  SIGN_IN_LIMIT_PER_IP,
  SIGN_IN_WINDOW_MS,
  TOO_MANY_ATTEMPTS,
  WRONG_CREDENTIALS,
  authenticate,
} from "@/lib/users/authenticate";
import { PASSWORD, createUser } from "./account-helpers";

const T0 = new Date("2030-05-01T09:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const newIp = () => `203.0.113.${randomUUID()}`;

/** The AppError `authenticate` throws, or fails the test if it signs in. */
async function refusal(input: Parameters<typeof authenticate>[1]): Promise<AppError> {
  try {
    const user = await authenticate(db, input);
    throw new Error(`expected a refusal, signed in as ${user.email}`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error;
  }
}

const counter = async (key: string) => (await db.rateLimit.findUnique({ where: { key } }))?.count;

describe("authenticate", () => {
  it("documents the limits it enforces", () => {
    expect(SIGN_IN_LIMIT_PER_ACCOUNT).toBe(5);
    expect(SIGN_IN_LIMIT_PER_IP).toBe(30);
    expect(SIGN_IN_WINDOW_MS).toBe(15 * 60 * 1000);
  });

  it("signs in with the right password and returns the session fields only", async () => {
    const user = await createUser({ role: "WRITER", name: "Wanda Writer" });
    const session = await authenticate(db, { email: user.email, password: PASSWORD, ip: newIp() });
    expect(session).toEqual({
      id: user.id,
      name: "Wanda Writer",
      email: user.email,
      role: "WRITER",
      sessionVersion: 0,
    });
    expect(Object.keys(session)).not.toContain("passwordHash");
  });

  it("accepts the email in any case and with surrounding spaces", async () => {
    const user = await createUser();
    const session = await authenticate(db, {
      email: `  ${user.email.toUpperCase()} `,
      password: PASSWORD,
      ip: newIp(),
    });
    expect(session.id).toBe(user.id);
  });

  it("refuses a wrong password and counts it against the account and the IP", async () => {
    const user = await createUser();
    const ip = newIp();
    const error = await refusal({ email: user.email, password: `${PASSWORD}x`, ip, now: T0 });
    expect(error).toMatchObject({ code: "INVALID", message: WRONG_CREDENTIALS });
    expect(await counter(`signin:account:${user.email}`)).toBe(1);
    expect(await counter(`signin:ip:${ip}`)).toBe(1);
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const user = await createUser();
    const wrong = await refusal({ email: user.email, password: "nope-nope-nope", ip: newIp() });
    const unknown = await refusal({
      email: `nobody-${randomUUID()}@example.com`,
      password: PASSWORD,
      ip: newIp(),
    });
    expect({ code: unknown.code, message: unknown.message }).toEqual({
      code: wrong.code,
      message: wrong.message,
    });
    expect(unknown.message).toBe(WRONG_CREDENTIALS);
  });

  it("refuses malformed input with the same message and counts nothing", async () => {
    const ip = newIp();
    for (const input of [
      { email: "not-an-email", password: PASSWORD },
      { email: 42, password: PASSWORD },
      { email: "a@example.com", password: "" },
      { email: "a@example.com", password: undefined },
    ]) {
      expect(await refusal({ ...input, ip })).toMatchObject({
        code: "INVALID",
        message: WRONG_CREDENTIALS,
      });
    }
    expect(await counter(`signin:ip:${ip}`)).toBeUndefined();
  });

  it("refuses an account without a password (OAuth only) like a wrong password", async () => {
    const user = await createUser({ password: null });
    expect(await refusal({ email: user.email, password: PASSWORD, ip: newIp() })).toMatchObject({
      code: "INVALID",
      message: WRONG_CREDENTIALS,
    });
  });

  it("answers the 5th failure with the rate-limit message, then refuses even the right password until the window passes", async () => {
    const user = await createUser();
    const ip = newIp();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const error = await refusal({
        email: user.email,
        password: `wrong-${i}-password`,
        ip,
        now: later(i * 1000),
      });
      codes.push(error.code);
      if (i === 4) expect(error.message).toBe(TOO_MANY_ATTEMPTS);
      else expect(error.message).toBe(WRONG_CREDENTIALS);
    }
    expect(codes).toEqual(["INVALID", "INVALID", "INVALID", "INVALID", "RATE_LIMITED"]);
    expect(await counter(`signin:account:${user.email}`)).toBe(5);

    // The right password now: refused, and not counted.
    const locked = await refusal({ email: user.email, password: PASSWORD, ip, now: later(60_000) });
    expect(locked).toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_ATTEMPTS });
    expect(locked.status).toBe(429);
    expect(
      await refusal({
        email: user.email,
        password: PASSWORD,
        ip: newIp(),
        now: later(SIGN_IN_WINDOW_MS - 1),
      }),
    ).toMatchObject({ code: "RATE_LIMITED" });
    expect(await counter(`signin:account:${user.email}`)).toBe(5);

    // The window started at the first failure (T0); 15 minutes later it has passed.
    const session = await authenticate(db, {
      email: user.email,
      password: PASSWORD,
      ip,
      now: later(SIGN_IN_WINDOW_MS),
    });
    expect(session.id).toBe(user.id);
    expect(await counter(`signin:account:${user.email}`)).toBeUndefined();
  });

  it("counts failures per account across IPs", async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++)
      await refusal({ email: user.email, password: "wrong-password!", ip: newIp(), now: T0 });
    expect(
      await refusal({ email: user.email, password: "wrong-password!", ip: newIp(), now: T0 }),
    ).toMatchObject({ code: "RATE_LIMITED" });
    expect(
      await refusal({ email: user.email, password: PASSWORD, ip: newIp(), now: T0 }),
    ).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("locks one account without touching another", async () => {
    const locked = await createUser();
    const other = await createUser();
    const ip = newIp();
    for (let i = 0; i < 5; i++)
      await refusal({ email: locked.email, password: "wrong-password!", ip, now: T0 });
    const session = await authenticate(db, { email: other.email, password: PASSWORD, ip, now: T0 });
    expect(session.id).toBe(other.id);
  });

  it("limits one IP to 30 failures across different accounts", async () => {
    const ip = newIp();
    const users = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    const codes: string[] = [];
    // 3 failures on each of 10 accounts: no account reaches its own limit.
    for (let round = 0; round < 3; round++)
      for (const user of users)
        codes.push(
          (await refusal({ email: user.email, password: "wrong-password!", ip, now: T0 })).code,
        );
    expect(codes.slice(0, 29).every((code) => code === "INVALID")).toBe(true);
    expect(codes[29]).toBe("RATE_LIMITED");
    expect(await counter(`signin:ip:${ip}`)).toBe(30);

    // A fresh account with the right password, from that IP: refused.
    const fresh = await createUser();
    expect(
      await refusal({ email: fresh.email, password: PASSWORD, ip, now: later(60_000) }),
    ).toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_ATTEMPTS });
    // From another IP, or after the window: fine.
    expect(
      (await authenticate(db, { email: fresh.email, password: PASSWORD, ip: newIp(), now: T0 })).id,
    ).toBe(fresh.id);
    expect(
      (
        await authenticate(db, {
          email: users[0]!.email,
          password: PASSWORD,
          ip,
          now: later(SIGN_IN_WINDOW_MS),
        })
      ).id,
    ).toBe(users[0]!.id);
  });

  it("keeps no shared per-IP counter when the address is unknown (no proxy)", async () => {
    // 31 failures spread over accounts from "direct" must not lock out anyone else.
    const users = await Promise.all(Array.from({ length: 11 }, () => createUser()));
    for (let round = 0; round < 3; round++)
      for (const user of users)
        expect(
          (await refusal({ email: user.email, password: "wrong-password!", ip: "direct", now: T0 }))
            .code,
        ).toBe("INVALID");
    expect(await counter("signin:ip:direct")).toBeUndefined();
    const bystander = await createUser();
    expect(
      (
        await authenticate(db, {
          email: bystander.email,
          password: PASSWORD,
          ip: "direct",
          now: T0,
        })
      ).id,
    ).toBe(bystander.id);
    // The per-account limit still holds.
    for (let n = 0; n < 2; n++)
      await refusal({ email: users[0]!.email, password: "wrong-password!", ip: "direct", now: T0 });
    expect(
      await refusal({ email: users[0]!.email, password: PASSWORD, ip: "direct", now: T0 }),
    ).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("refuses a disabled account, even with the right password", async () => {
    const user = await createUser({ disabledAt: new Date() });
    const error = await refusal({ email: user.email, password: PASSWORD, ip: newIp() });
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/disabled/);
    // A wrong password does not reveal that the account is disabled.
    expect(
      await refusal({ email: user.email, password: "wrong-password!", ip: newIp() }),
    ).toMatchObject({ code: "INVALID", message: WRONG_CREDENTIALS });
  });

  it("refuses an account marked deleted", async () => {
    const user = await createUser({ deletedAt: new Date() });
    expect(await refusal({ email: user.email, password: PASSWORD, ip: newIp() })).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses the old email and password of an account deleted through settings", async () => {
    const user = await createUser();
    expect(
      await deleteAccount(db, user.actor, { password: PASSWORD, confirm: "DELETE" }),
    ).toMatchObject({ ok: true });
    expect(await refusal({ email: user.email, password: PASSWORD, ip: newIp() })).toMatchObject({
      code: "INVALID",
      message: WRONG_CREDENTIALS,
    });
    const stub = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await refusal({ email: stub.email, password: PASSWORD, ip: newIp() })).toMatchObject({
      code: "INVALID",
    });
  });

  it("clears the account counter on success, so earlier failures no longer count", async () => {
    const user = await createUser();
    const ip = newIp();
    for (let i = 0; i < 4; i++)
      await refusal({ email: user.email, password: "wrong-password!", ip, now: T0 });
    expect(await counter(`signin:account:${user.email}`)).toBe(4);

    await authenticate(db, { email: user.email, password: PASSWORD, ip, now: T0 });
    expect(await counter(`signin:account:${user.email}`)).toBeUndefined();
    // The per-IP counter is kept: it limits guessing across accounts.
    expect(await counter(`signin:ip:${ip}`)).toBe(4);

    for (let i = 0; i < 4; i++) {
      expect(
        await refusal({ email: user.email, password: "wrong-password!", ip, now: T0 }),
      ).toMatchObject({ code: "INVALID" });
    }
    expect(
      await refusal({ email: user.email, password: "wrong-password!", ip, now: T0 }),
    ).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("returns the current session version", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 7 } });
    const session = await authenticate(db, { email: user.email, password: PASSWORD, ip: newIp() });
    expect(session.sessionVersion).toBe(7);
  });
});
