import { createHash, randomUUID } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { emailEnabled } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors";
import {
  changePassword,
  confirmEmailChange,
  deleteAccount,
  requestEmailChange,
  updateName,
} from "@/lib/users/account-settings";
import {
  USERS_PAGE_SIZE,
  changeUserRole,
  listUsers,
  setUserDisabled,
} from "@/lib/users/admin-users";
import { authenticate } from "@/lib/users/authenticate";
import { requestMagicLink, signInWithMagicLink } from "@/lib/users/magic-link";
import { RESET_TTL_MS, requestPasswordReset, resetPassword } from "@/lib/users/password-reset";
import { signUp } from "@/lib/users/sign-up";
import {
  PASSWORD,
  createUser,
  sentEmails,
  spyOnEmails,
  tokenFrom,
  userRow,
} from "./account-helpers";

// Emails must be logged, never sent, whatever the environment says.
vi.hoisted(() => {
  delete process.env.SMTP_URL;
});

const NEW_PASSWORD = "quiet-orchard-compass-42";
const T0 = new Date("2030-07-01T10:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const tag = () => randomUUID().slice(0, 8);
const ip = () => `198.51.100.${tag()}`;

const canSignIn = async (email: string, password: string) => {
  try {
    await authenticate(db, { email, password, ip: ip() });
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
};

/** The AppError a promise rejects with; fails the test if it resolves. */
async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    (value) => new Error(`expected a rejection, got ${JSON.stringify(value)}`),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

beforeAll(() => {
  expect(emailEnabled()).toBe(false);
});
beforeEach(() => {
  spyOnEmails();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("signUp", () => {
  const form = (overrides: Record<string, unknown> = {}) => ({
    name: "New Reader",
    email: `new-${tag()}@example.com`,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    ...overrides,
  });

  it("creates a reader with a salted argon2id hash, never the password", async () => {
    const email = `New.Reader-${tag()}@Example.COM`;
    const result = await signUp(db, form({ name: "  New Reader ", email: ` ${email} ` }));
    expect(result).toEqual({ ok: true, userId: expect.any(String), email: email.toLowerCase() });
    if (!result.ok) return;
    const row = await userRow(result.userId);
    expect(row).toMatchObject({
      name: "New Reader",
      email: email.toLowerCase(),
      role: "READER",
      sessionVersion: 0,
      disabledAt: null,
      deletedAt: null,
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(true);
    expect(await canSignIn(email, PASSWORD)).toBe(true);

    const other = await signUp(db, form());
    if (!other.ok) throw new Error("second sign-up failed");
    expect((await userRow(other.userId)).passwordHash).not.toBe(row.passwordHash);
  });

  it("ignores a role smuggled into the form", async () => {
    const result = await signUp(db, form({ role: "ADMIN" }));
    if (!result.ok) throw new Error("sign-up failed");
    expect((await userRow(result.userId)).role).toBe("READER");
  });

  it("refuses a taken email, in any case, with a field error and writes nothing", async () => {
    const existing = await createUser({ name: "First Owner" });
    const before = await db.user.count();
    const result = await signUp(
      db,
      form({ email: existing.email.toUpperCase(), name: "Second Owner" }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        email: "An account with this email already exists. Sign in, or reset your password.",
      },
    });
    expect(await db.user.count()).toBe(before);
    const owner = await userRow(existing.id);
    expect(owner.name).toBe("First Owner");
    expect(await verifyPassword(owner.passwordHash!, PASSWORD)).toBe(true);
  });

  it("lets only one of two simultaneous sign-ups with one email through", async () => {
    const email = `race-${tag()}@example.com`;
    const results = await Promise.all([signUp(db, form({ email })), signUp(db, form({ email }))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ errors: { email: expect.any(String) } });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("returns field errors for bad input and writes nothing", async () => {
    const before = await db.user.count();
    expect(await signUp(db, { name: "", email: "nope", password: "short", confirmPassword: "" }))
      .toMatchInlineSnapshot(`
      {
        "errors": {
          "confirmPassword": "The passwords do not match.",
          "email": "Enter an email address like name@example.com.",
          "name": "Enter your name.",
          "password": "Passwords need at least 10 characters.",
        },
        "ok": false,
      }
    `);
    expect(await signUp(db, form({ confirmPassword: "something-else-entirely" }))).toEqual({
      ok: false,
      errors: { confirmPassword: "The passwords do not match." },
    });
    expect(
      await signUp(db, form({ password: "password123", confirmPassword: "password123" })),
    ).toMatchObject({ ok: false, errors: { password: expect.stringMatching(/too common/) } });
    expect(await signUp(db, null)).toMatchObject({ ok: false });
    expect(await db.user.count()).toBe(before);
  });

  it("stores names with markup or SQL as given", async () => {
    for (const name of ["<script>alert(1)</script>", `Bobby'); DROP TABLE "User";--`]) {
      const result = await signUp(db, form({ name }));
      if (!result.ok) throw new Error("sign-up failed");
      expect((await userRow(result.userId)).name).toBe(name);
    }
    expect(await db.user.count()).toBeGreaterThan(0);
  });
});

describe("password reset", () => {
  it("answers an unknown email exactly as a known one, and sends and stores nothing for it", async () => {
    const user = await createUser();
    const tokensBefore = await db.authToken.count();
    const unknown = await requestPasswordReset(db, `nobody-${tag()}@example.com`, T0);
    expect(sentEmails()).toEqual([]);
    expect(await db.authToken.count()).toBe(tokensBefore);

    const known = await requestPasswordReset(db, user.email, T0);
    expect(unknown).toEqual(known);
    expect(known).toEqual({ ok: true });
    expect(sentEmails()).toHaveLength(1);
  });

  it("asks for a real address when the field is malformed", async () => {
    expect(await requestPasswordReset(db, "not an email", T0)).toEqual({
      ok: false,
      errors: { email: "Enter an email address like name@example.com." },
    });
    expect(await requestPasswordReset(db, undefined, T0)).toMatchObject({ ok: false });
    expect(sentEmails()).toEqual([]);
  });

  it("sends nothing for disabled or deleted accounts, and answers the same", async () => {
    const disabled = await createUser({ disabledAt: new Date() });
    const deleted = await createUser({ deletedAt: new Date() });
    expect(await requestPasswordReset(db, disabled.email, T0)).toEqual({ ok: true });
    expect(await requestPasswordReset(db, deleted.email, T0)).toEqual({ ok: true });
    expect(sentEmails()).toEqual([]);
    expect(await db.authToken.count({ where: { userId: { in: [disabled.id, deleted.id] } } })).toBe(
      0,
    );
  });

  it("works end to end: one email, one-time link, new password in, old out, sessions ended", async () => {
    const user = await createUser();
    const before = await userRow(user.id);
    expect(await requestPasswordReset(db, `  ${user.email.toUpperCase()} `, T0)).toEqual({
      ok: true,
    });

    const emails = sentEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: user.email, subject: expect.stringMatching(/reset/i) });
    const token = tokenFrom(emails[0], "/reset-password");

    const stored = await db.authToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: "PASSWORD_RESET",
      tokenHash: sha256(token),
      expiresAt: later(RESET_TTL_MS),
      usedAt: null,
    });
    expect(RESET_TTL_MS).toBe(60 * 60 * 1000);

    const useAt = later(RESET_TTL_MS - 1000);
    expect(
      await resetPassword(
        db,
        { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        useAt,
      ),
    ).toEqual({ ok: true });

    const after = await userRow(user.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await db.authToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toEqual(
      useAt,
    );
    expect(await canSignIn(user.email, NEW_PASSWORD)).toBe(true);
    expect(await canSignIn(user.email, PASSWORD)).toBe(false);

    // The link works once.
    const again = await resetPassword(
      db,
      { token, password: "another-fresh-password", confirmPassword: "another-fresh-password" },
      useAt,
    );
    expect(again).toEqual({
      ok: false,
      errors: { form: "This reset link has expired or was already used. Ask for a new one." },
    });
    const final = await userRow(user.id);
    expect(final.passwordHash).toBe(after.passwordHash);
    expect(final.sessionVersion).toBe(after.sessionVersion);
  });

  it("stops working an hour after it was sent", async () => {
    const user = await createUser();
    await requestPasswordReset(db, user.email, T0);
    const token = tokenFrom(sentEmails()[0], "/reset-password");
    const before = await userRow(user.id);
    const input = { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect(await resetPassword(db, input, later(RESET_TTL_MS))).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/expired/) },
    });
    expect(await resetPassword(db, input, later(RESET_TTL_MS + 60_000))).toMatchObject({
      ok: false,
    });
    const after = await userRow(user.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
  });

  it("keeps the link usable when the new password is refused", async () => {
    const user = await createUser();
    await requestPasswordReset(db, user.email, T0);
    const token = tokenFrom(sentEmails()[0], "/reset-password");
    expect(
      await resetPassword(
        db,
        { token, password: NEW_PASSWORD, confirmPassword: "different!!" },
        T0,
      ),
    ).toEqual({ ok: false, errors: { confirmPassword: "The passwords do not match." } });
    expect(
      await resetPassword(
        db,
        { token, password: "password123", confirmPassword: "password123" },
        T0,
      ),
    ).toMatchObject({ ok: false, errors: { password: expect.stringMatching(/too common/) } });
    expect((await db.authToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeNull();
    expect(
      await resetPassword(db, { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, T0),
    ).toEqual({ ok: true });
  });

  it("makes an older link stop working when a new one is asked for", async () => {
    const user = await createUser();
    await requestPasswordReset(db, user.email, T0);
    await requestPasswordReset(db, user.email, later(60_000));
    const [first, second] = sentEmails().map((e) => tokenFrom(e, "/reset-password"));
    const input = (token: string) => ({
      token,
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(await resetPassword(db, input(first!), later(120_000))).toMatchObject({ ok: false });
    expect(await resetPassword(db, input(second!), later(120_000))).toEqual({ ok: true });
  });

  it("refuses made-up tokens and a magic-link token", async () => {
    const user = await createUser();
    await requestMagicLink(user.email);
    const magic = tokenFrom(sentEmails()[0], "/signin/link");
    for (const token of ["x".repeat(43), magic, sha256(magic)]) {
      expect(
        await resetPassword(db, { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ).toMatchObject({ ok: false, errors: { form: expect.any(String) } });
    }
    expect(await canSignIn(user.email, PASSWORD)).toBe(true);
    // The magic link was not used up by being tried as a reset token.
    expect(await signInWithMagicLink(magic)).toMatchObject({ id: user.id });
  });
});

describe("magic link", () => {
  it("sends nothing for an unknown, malformed, disabled or deleted address", async () => {
    const disabled = await createUser({ disabledAt: new Date() });
    const deleted = await createUser({ deletedAt: new Date() });
    const before = await db.authToken.count();
    for (const email of [`nobody-${tag()}@example.com`, "nope", disabled.email, deleted.email])
      await expect(requestMagicLink(email)).resolves.toBeUndefined();
    expect(sentEmails()).toEqual([]);
    expect(await db.authToken.count()).toBe(before);
  });

  it("signs in once with the emailed link", async () => {
    const user = await createUser({ role: "EDITOR" });
    const start = Date.now();
    await requestMagicLink(user.email.toUpperCase());
    const emails = sentEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe(user.email);
    const token = tokenFrom(emails[0], "/signin/link");

    const row = await db.authToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(row).toMatchObject({ kind: "MAGIC_LINK", userId: user.id, usedAt: null });
    const ttl = row.expiresAt.getTime() - start;
    expect(ttl).toBeGreaterThan(15 * 60 * 1000 - 5_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60 * 1000 + 5_000);

    expect(await signInWithMagicLink(token)).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      role: "EDITOR",
      sessionVersion: 0,
    });
    expect(
      (await db.authToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } })).usedAt,
    ).not.toBeNull();
    expect(await signInWithMagicLink(token)).toBeNull();
  });

  it("stops working after 15 minutes", async () => {
    const user = await createUser();
    await requestMagicLink(user.email);
    const token = tokenFrom(sentEmails()[0], "/signin/link");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 15 * 60 * 1000 + 1000);
    expect(await signInWithMagicLink(token)).toBeNull();
  });

  it("refuses a link for an account disabled after it was sent", async () => {
    const user = await createUser();
    await requestMagicLink(user.email);
    const token = tokenFrom(sentEmails()[0], "/signin/link");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signInWithMagicLink(token)).toBeNull();
  });

  it("refuses tokens of the wrong length or kind", async () => {
    const user = await createUser();
    await requestPasswordReset(db, user.email);
    const reset = tokenFrom(sentEmails()[0], "/reset-password");
    expect(await signInWithMagicLink("")).toBeNull();
    expect(await signInWithMagicLink("short")).toBeNull();
    expect(await signInWithMagicLink("x".repeat(201))).toBeNull();
    expect(await signInWithMagicLink(reset)).toBeNull();
    // The reset token is still good for what it is for.
    expect(
      await resetPassword(db, {
        token: reset,
        password: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      }),
    ).toEqual({ ok: true });
  });

  it("makes an older link stop working when a new one is asked for", async () => {
    const user = await createUser();
    await requestMagicLink(user.email);
    await requestMagicLink(user.email);
    const [first, second] = sentEmails().map((e) => tokenFrom(e, "/signin/link"));
    expect(first).not.toBe(second);
    expect(await signInWithMagicLink(first!)).toBeNull();
    expect(await signInWithMagicLink(second!)).toMatchObject({ id: user.id });
  });
});

describe("account settings", () => {
  describe("updateName", () => {
    it("needs a signed-in person", async () => {
      expect(await appError(updateName(db, null, { name: "X" }))).toMatchObject({
        code: "UNAUTHENTICATED",
      });
    });

    it("refuses empty and over-long names and leaves the row alone", async () => {
      const user = await createUser({ name: "Original Name" });
      for (const name of ["", "   ", "x".repeat(10 * 1024), "x".repeat(101), undefined, 7]) {
        const result = await updateName(db, user.actor, { name });
        expect(result).toMatchObject({ ok: false, errors: { name: expect.any(String) } });
      }
      expect((await userRow(user.id)).name).toBe("Original Name");
    });

    it("saves the trimmed name, markup and all, on the actor's row only", async () => {
      const user = await createUser();
      const bystander = await createUser({ name: "Bystander" });
      expect(await updateName(db, user.actor, { name: "  <script>alert(1)</script>  " })).toEqual({
        ok: true,
        message: "Your name was saved.",
      });
      expect((await userRow(user.id)).name).toBe("<script>alert(1)</script>");
      expect((await userRow(bystander.id)).name).toBe("Bystander");
    });
  });

  describe("email change", () => {
    it("refuses malformed, unchanged and taken addresses, sending nothing", async () => {
      const user = await createUser();
      const other = await createUser();
      expect(await requestEmailChange(db, user.actor, { email: "nope" })).toEqual({
        ok: false,
        errors: { email: "Enter an email address like name@example.com." },
      });
      expect(
        await requestEmailChange(db, user.actor, { email: ` ${user.email.toUpperCase()} ` }),
      ).toEqual({ ok: false, errors: { email: "That is already your email address." } });
      expect(await requestEmailChange(db, user.actor, { email: other.email })).toEqual({
        ok: false,
        errors: { email: "Another account uses that email address." },
      });
      expect(sentEmails()).toEqual([]);
      expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
      expect(
        await appError(requestEmailChange(db, null, { email: "a@example.com" })),
      ).toMatchObject({ code: "UNAUTHENTICATED" });
    });

    it("changes the address only when the link sent to the new address is followed, once", async () => {
      const user = await createUser();
      const newEmail = `moved-${tag()}@example.com`;
      const result = await requestEmailChange(db, user.actor, { email: newEmail.toUpperCase() });
      expect(result).toEqual({ ok: true, message: expect.stringContaining(newEmail) });
      expect((await userRow(user.id)).email).toBe(user.email);

      const emails = sentEmails();
      expect(emails.map((e) => e.to)).toEqual([newEmail, user.email]);
      const token = tokenFrom(emails[0], "/account/confirm-email");
      // The notice to the old address names the new one and carries no link.
      expect(emails[1]!.text).toContain(newEmail);
      expect(emails[1]!.text).not.toContain(token);
      expect(emails[1]!.text).not.toMatch(/token=/);

      const stored = await db.authToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
      expect(stored).toMatchObject({ kind: "EMAIL_CHANGE", userId: user.id, email: newEmail });

      expect(await confirmEmailChange(db, token)).toEqual({
        ok: true,
        message: "Your email address was changed.",
      });
      expect((await userRow(user.id)).email).toBe(newEmail);
      expect(await canSignIn(newEmail, PASSWORD)).toBe(true);
      expect(await canSignIn(user.email, PASSWORD)).toBe(false);

      expect(await confirmEmailChange(db, token)).toEqual({
        ok: false,
        errors: { form: "This confirmation link has expired or was already used." },
      });
    });

    it("refuses a link that is not an email-change token", async () => {
      const user = await createUser();
      await requestPasswordReset(db, user.email);
      const reset = tokenFrom(sentEmails()[0], "/reset-password");
      for (const token of [reset, "x".repeat(43), ""])
        expect(await confirmEmailChange(db, token)).toMatchObject({ ok: false });
      expect((await userRow(user.id)).email).toBe(user.email);
    });

    it("refuses the change if someone took the address in the meantime", async () => {
      const user = await createUser();
      const newEmail = `contested-${tag()}@example.com`;
      await requestEmailChange(db, user.actor, { email: newEmail });
      const token = tokenFrom(sentEmails()[0], "/account/confirm-email");
      const squatter = await createUser({ email: newEmail });
      expect(await confirmEmailChange(db, token)).toEqual({
        ok: false,
        errors: { form: "Another account now uses that email address." },
      });
      expect((await userRow(user.id)).email).toBe(user.email);
      expect((await userRow(squatter.id)).email).toBe(newEmail);
    });

    it("makes an older confirmation link stop working when a new change is asked for", async () => {
      const user = await createUser();
      const first = `first-${tag()}@example.com`;
      const second = `second-${tag()}@example.com`;
      await requestEmailChange(db, user.actor, { email: first });
      await requestEmailChange(db, user.actor, { email: second });
      const links = sentEmails()
        .filter((e) => e.to === first || e.to === second)
        .map((e) => tokenFrom(e, "/account/confirm-email"));
      expect(await confirmEmailChange(db, links[0]!)).toMatchObject({ ok: false });
      expect(await confirmEmailChange(db, links[1]!)).toMatchObject({ ok: true });
      expect((await userRow(user.id)).email).toBe(second);
    });
  });

  describe("changePassword", () => {
    const input = (currentPassword: unknown) => ({
      currentPassword,
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });

    it("needs a signed-in person", async () => {
      expect(await appError(changePassword(db, null, input(PASSWORD)))).toMatchObject({
        code: "UNAUTHENTICATED",
      });
    });

    it("needs the current password and leaves everything alone without it", async () => {
      const user = await createUser();
      const before = await userRow(user.id);
      expect(await changePassword(db, user.actor, input("not-my-password"))).toEqual({
        ok: false,
        errors: { currentPassword: "That is not your current password." },
      });
      expect(await changePassword(db, user.actor, input(""))).toMatchObject({
        ok: false,
        errors: { currentPassword: "Enter your current password." },
      });
      expect(
        await changePassword(db, user.actor, {
          currentPassword: PASSWORD,
          password: "password123",
          confirmPassword: "password123",
        }),
      ).toMatchObject({ ok: false, errors: { password: expect.stringMatching(/too common/) } });
      expect(
        await changePassword(db, user.actor, {
          currentPassword: PASSWORD,
          password: NEW_PASSWORD,
          confirmPassword: `${NEW_PASSWORD}?`,
        }),
      ).toEqual({ ok: false, errors: { confirmPassword: "The passwords do not match." } });
      const after = await userRow(user.id);
      expect(after.passwordHash).toBe(before.passwordHash);
      expect(after.sessionVersion).toBe(before.sessionVersion);
    });

    it("changes the hash and ends every session", async () => {
      const user = await createUser();
      const before = await userRow(user.id);
      expect(await changePassword(db, user.actor, input(PASSWORD))).toEqual({
        ok: true,
        message: expect.stringMatching(/changed/),
      });
      const after = await userRow(user.id);
      expect(after.passwordHash).not.toBe(before.passwordHash);
      expect(after.passwordHash).toMatch(/^\$argon2id\$/);
      expect(after.sessionVersion).toBe(before.sessionVersion + 1);
      expect(await canSignIn(user.email, NEW_PASSWORD)).toBe(true);
      expect(await canSignIn(user.email, PASSWORD)).toBe(false);
    });

    it("cannot be used on an account without a password (use reset instead)", async () => {
      const user = await createUser({ password: null });
      expect(await changePassword(db, user.actor, input("anything-at-all"))).toMatchObject({
        ok: false,
        errors: { currentPassword: expect.any(String) },
      });
      expect((await userRow(user.id)).passwordHash).toBeNull();
    });

    it("cancels a pending email change, as the warning email promises", async () => {
      const user = await createUser();
      const attacker = `attacker-${tag()}@example.com`;
      await requestEmailChange(db, user.actor, { email: attacker });
      const token = tokenFrom(sentEmails()[0], "/account/confirm-email");
      expect(sentEmails()[1]!.text).toMatch(/change your password/);

      expect(await changePassword(db, user.actor, input(PASSWORD))).toMatchObject({ ok: true });
      expect(await confirmEmailChange(db, token)).toMatchObject({ ok: false });
      expect((await userRow(user.id)).email).toBe(user.email);
    });
  });

  describe("deleteAccount", () => {
    it("needs a signed-in person, DELETE typed out and the password, and changes nothing otherwise", async () => {
      const user = await createUser();
      const before = await userRow(user.id);
      expect(
        await appError(deleteAccount(db, null, { password: PASSWORD, confirm: "DELETE" })),
      ).toMatchObject({ code: "UNAUTHENTICATED" });
      for (const confirm of ["delete", "", undefined, " DELETE"])
        expect(await deleteAccount(db, user.actor, { password: PASSWORD, confirm })).toEqual({
          ok: false,
          errors: { confirm: "Type DELETE in capitals to confirm." },
        });
      expect(
        await deleteAccount(db, user.actor, { password: "wrong-password", confirm: "DELETE" }),
      ).toEqual({ ok: false, errors: { password: "That is not your password." } });
      expect(
        await deleteAccount(db, user.actor, { password: undefined, confirm: "DELETE" }),
      ).toMatchObject({ ok: false });
      expect(await userRow(user.id)).toEqual(before);
    });

    it("erases personal data, ends sign-in, unlinks the byline and keeps the audit trail", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const user = await createUser({ role: "WRITER", name: "Private Person" });
      const author = await db.author.create({
        data: { slug: `author-${tag()}`, name: "Pen Name", userId: user.id },
      });
      // Something the person did that is audited, and something done to them.
      await changeUserRole(db, admin.actor, { userId: user.id, role: "EDITOR" });
      await db.$transaction(async (tx) => {
        await tx.auditEntry.create({
          data: { actorId: user.id, action: "test.earlier", targetType: "Thing", targetId: "t1" },
        });
      });
      await requestPasswordReset(db, user.email);
      const resetToken = tokenFrom(sentEmails()[0], "/reset-password");
      const before = await userRow(user.id);
      const auditBefore = await db.auditEntry.findMany({
        where: { OR: [{ actorId: user.id }, { targetId: user.id }] },
        orderBy: { createdAt: "asc" },
      });
      expect(auditBefore).toHaveLength(2);

      expect(
        await deleteAccount(
          db,
          { id: user.id, role: "EDITOR" },
          { password: PASSWORD, confirm: "DELETE" },
        ),
      ).toEqual({ ok: true, message: "Your account was deleted." });

      const row = await userRow(user.id);
      expect(row).toMatchObject({
        name: "Deleted account",
        email: `deleted-${user.id}@deleted.invalid`,
        passwordHash: null,
        sessionVersion: before.sessionVersion + 1,
      });
      expect(row.deletedAt).toBeInstanceOf(Date);
      expect(row.disabledAt).toBeInstanceOf(Date);
      expect(JSON.stringify(row)).not.toContain("Private Person");
      expect(JSON.stringify(row)).not.toContain(user.email);

      expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
      expect(
        await resetPassword(db, {
          token: resetToken,
          password: NEW_PASSWORD,
          confirmPassword: NEW_PASSWORD,
        }),
      ).toMatchObject({ ok: false });
      expect((await db.author.findUniqueOrThrow({ where: { id: author.id } })).userId).toBeNull();

      const auditAfter = await db.auditEntry.findMany({
        where: { OR: [{ actorId: user.id }, { targetId: user.id }] },
        orderBy: { createdAt: "asc" },
      });
      expect(auditAfter.slice(0, 2)).toEqual(auditBefore);
      expect(auditAfter).toHaveLength(3);
      expect(auditAfter[2]).toMatchObject({
        actorId: user.id,
        action: "account.delete",
        targetType: "User",
        targetId: user.id,
      });

      expect(await canSignIn(user.email, PASSWORD)).toBe(false);
      await requestMagicLink(user.email);
      await requestPasswordReset(db, user.email);
      expect(sentEmails()).toHaveLength(1); // only the reset sent before deletion
      expect((await listUsers(db, admin.actor, { q: user.id })).total).toBe(0);
      expect((await listUsers(db, admin.actor, { q: "Deleted account" })).total).toBe(0);

      // The address is free again for a new account.
      const again = await signUp(db, {
        name: "Someone New",
        email: user.email,
        password: PASSWORD,
        confirmPassword: PASSWORD,
      });
      expect(again).toMatchObject({ ok: true });
    });

    it("refuses to delete the only admin, and allows it once there is another", async () => {
      const admin = await createUser({ role: "ADMIN" });
      // Other admins that do not count: disabled or deleted.
      await createUser({ role: "ADMIN", disabledAt: new Date() });
      await createUser({ role: "ADMIN", deletedAt: new Date() });
      const onlyAdminCount = await db.user.count({
        where: { role: "ADMIN", disabledAt: null, deletedAt: null },
      });
      // Other test files have their own databases; in this one, earlier tests may have made
      // admins. Make this admin the only active one for the check.
      if (onlyAdminCount > 1)
        await db.user.updateMany({
          where: { role: "ADMIN", disabledAt: null, deletedAt: null, id: { not: admin.id } },
          data: { disabledAt: new Date() },
        });
      const before = await userRow(admin.id);
      expect(
        await deleteAccount(db, admin.actor, { password: PASSWORD, confirm: "DELETE" }),
      ).toEqual({
        ok: false,
        errors: {
          form: "You are the only admin. Make someone else an admin before deleting your account.",
        },
      });
      expect(await userRow(admin.id)).toEqual(before);

      await createUser({ role: "ADMIN" });
      expect(
        await deleteAccount(db, admin.actor, { password: PASSWORD, confirm: "DELETE" }),
      ).toMatchObject({ ok: true });
      expect((await userRow(admin.id)).deletedAt).not.toBeNull();
    });
  });
});

describe("admin: users", () => {
  /** Makes `admin` the only active admin in this file's database. */
  async function onlyActiveAdmin(adminId: string) {
    await db.user.updateMany({
      where: { role: "ADMIN", disabledAt: null, deletedAt: null, id: { not: adminId } },
      data: { role: "EDITOR" },
    });
  }

  it("refuses everyone but admins, changing nothing", async () => {
    const target = await createUser({ role: "WRITER" });
    const before = await userRow(target.id);
    const auditBefore = await db.auditEntry.count();
    for (const role of ["READER", "WRITER", "EDITOR"] as const) {
      const actor = (await createUser({ role })).actor;
      for (const run of [
        () => listUsers(db, actor, {}),
        () => changeUserRole(db, actor, { userId: target.id, role: "ADMIN" }),
        () => setUserDisabled(db, actor, { userId: target.id, disabled: true }),
      ]) {
        expect(await appError(run())).toMatchObject({
          code: "FORBIDDEN",
          message: "Only admins can manage accounts.",
        });
      }
    }
    expect(await appError(listUsers(db, null, {}))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(
      await appError(changeUserRole(db, null, { userId: target.id, role: "ADMIN" })),
    ).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(
      await appError(setUserDisabled(db, null, { userId: target.id, disabled: true })),
    ).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await userRow(target.id)).toEqual(before);
    expect(await db.auditEntry.count()).toBe(auditBefore);
  });

  describe("changeUserRole", () => {
    it("changes the role and writes an audit entry, without signing the person out", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const target = await createUser();
      expect(await changeUserRole(db, admin.actor, { userId: target.id, role: "EDITOR" })).toEqual({
        changed: true,
      });
      const row = await userRow(target.id);
      expect(row.role).toBe("EDITOR");
      // Decision 003: the role is re-read from the database on every request, so a role
      // change does not bump the session version.
      expect(row.sessionVersion).toBe(0);
      const entries = await db.auditEntry.findMany({ where: { targetId: target.id } });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actorId: admin.id,
        action: "user.change-role",
        targetType: "User",
      });
      expect(JSON.parse(entries[0]!.before!)).toEqual({ role: "READER" });
      expect(JSON.parse(entries[0]!.after!)).toEqual({ role: "EDITOR" });
      expect(
        (await authenticate(db, { email: target.email, password: PASSWORD, ip: ip() })).role,
      ).toBe("EDITOR");
    });

    it("does nothing, and audits nothing, when the role is already that", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const target = await createUser({ role: "WRITER" });
      expect(await changeUserRole(db, admin.actor, { userId: target.id, role: "WRITER" })).toEqual({
        changed: false,
      });
      expect((await userRow(target.id)).sessionVersion).toBe(0);
      expect(await db.auditEntry.count({ where: { targetId: target.id } })).toBe(0);
    });

    it("refuses unknown roles, unknown and deleted accounts", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const target = await createUser();
      const deleted = await createUser({ deletedAt: new Date() });
      for (const role of ["OWNER", "admin", "", null])
        expect(
          await appError(changeUserRole(db, admin.actor, { userId: target.id, role })),
        ).toMatchObject({ code: "INVALID" });
      expect(
        await appError(changeUserRole(db, admin.actor, { userId: "no-such-id", role: "EDITOR" })),
      ).toMatchObject({ code: "NOT_FOUND" });
      expect(
        await appError(changeUserRole(db, admin.actor, { userId: deleted.id, role: "EDITOR" })),
      ).toMatchObject({ code: "NOT_FOUND" });
      expect((await userRow(target.id)).role).toBe("READER");
      expect((await userRow(deleted.id)).role).toBe("READER");
      expect(
        await db.auditEntry.count({ where: { targetId: { in: [target.id, deleted.id] } } }),
      ).toBe(0);
    });

    it("never demotes the last active admin", async () => {
      const admin = await createUser({ role: "ADMIN" });
      await onlyActiveAdmin(admin.id);
      await createUser({ role: "ADMIN", disabledAt: new Date() }); // does not count
      const auditBefore = await db.auditEntry.count();

      const error = await appError(
        changeUserRole(db, admin.actor, { userId: admin.id, role: "EDITOR" }),
      );
      expect(error).toMatchObject({
        code: "CONFLICT",
        message: "This is the last admin. Make someone else an admin first.",
      });
      expect(await userRow(admin.id)).toMatchObject({ role: "ADMIN", sessionVersion: 0 });
      expect(await db.auditEntry.count()).toBe(auditBefore);

      // With a second admin, one may step down; then the other is the last.
      const second = await createUser({ role: "ADMIN" });
      expect(await changeUserRole(db, second.actor, { userId: admin.id, role: "EDITOR" })).toEqual({
        changed: true,
      });
      expect(
        await appError(changeUserRole(db, admin.actor, { userId: second.id, role: "READER" })),
      ).toMatchObject({ code: "CONFLICT" });
      expect((await userRow(second.id)).role).toBe("ADMIN");
    });

    it("leaves one admin when the last two demote or disable each other at the same moment", async () => {
      const activeAdmins = () =>
        db.user.count({ where: { role: "ADMIN", disabledAt: null, deletedAt: null } });
      for (const act of ["demote", "disable"] as const) {
        const a = await createUser({ role: "ADMIN" });
        await onlyActiveAdmin(a.id);
        const b = await createUser({ role: "ADMIN" });
        const run = (actor: typeof a, target: typeof b) =>
          act === "demote"
            ? changeUserRole(db, actor.actor, { userId: target.id, role: "READER" })
            : setUserDisabled(db, actor.actor, { userId: target.id, disabled: true });
        const results = await Promise.allSettled([run(a, b), run(b, a)]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        expect(await activeAdmins()).toBe(1);
      }
    });

    it("lets a disabled admin be demoted", async () => {
      const admin = await createUser({ role: "ADMIN" });
      await onlyActiveAdmin(admin.id);
      const disabledAdmin = await createUser({ role: "ADMIN", disabledAt: new Date() });
      expect(
        await changeUserRole(db, admin.actor, { userId: disabledAdmin.id, role: "READER" }),
      ).toEqual({ changed: true });
    });
  });

  describe("setUserDisabled", () => {
    it("disables: sets disabledAt, ends sessions, audits, and refuses sign-in and emails", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const target = await createUser();
      const start = Date.now();
      expect(await setUserDisabled(db, admin.actor, { userId: target.id, disabled: true })).toEqual(
        {
          changed: true,
        },
      );
      const row = await userRow(target.id);
      expect(row.disabledAt).toBeInstanceOf(Date);
      expect(row.disabledAt!.getTime()).toBeGreaterThanOrEqual(start - 1000);
      expect(row.disabledAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      expect(row.sessionVersion).toBe(1);
      expect(await db.auditEntry.findMany({ where: { targetId: target.id } })).toEqual([
        expect.objectContaining({
          actorId: admin.id,
          action: "user.disable",
          targetType: "User",
          before: null,
          after: null,
        }),
      ]);

      const refused = await appError(
        authenticate(db, { email: target.email, password: PASSWORD, ip: ip() }),
      );
      expect(refused.code).toBe("FORBIDDEN");
      await requestPasswordReset(db, target.email);
      await requestMagicLink(target.email);
      expect(sentEmails()).toEqual([]);

      // Disabling again changes nothing.
      expect(await setUserDisabled(db, admin.actor, { userId: target.id, disabled: true })).toEqual(
        {
          changed: false,
        },
      );
      expect((await userRow(target.id)).sessionVersion).toBe(1);
      expect(await db.auditEntry.count({ where: { targetId: target.id } })).toBe(1);
    });

    it("re-enables: clears disabledAt, bumps the session version again, audits", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const target = await createUser();
      await setUserDisabled(db, admin.actor, { userId: target.id, disabled: true });
      expect(
        await setUserDisabled(db, admin.actor, { userId: target.id, disabled: false }),
      ).toEqual({ changed: true });
      const row = await userRow(target.id);
      expect(row.disabledAt).toBeNull();
      expect(row.sessionVersion).toBe(2);
      expect(
        (
          await db.auditEntry.findMany({
            where: { targetId: target.id },
            orderBy: { createdAt: "asc" },
          })
        )
          .map((e) => e.action)
          .sort(),
      ).toEqual(["user.disable", "user.enable"]);
      expect(await canSignIn(target.email, PASSWORD)).toBe(true);
    });

    it("refuses to disable yourself", async () => {
      const admin = await createUser({ role: "ADMIN" });
      await createUser({ role: "ADMIN" });
      expect(
        await appError(setUserDisabled(db, admin.actor, { userId: admin.id, disabled: true })),
      ).toMatchObject({ code: "CONFLICT", message: "You cannot disable your own account." });
      expect((await userRow(admin.id)).disabledAt).toBeNull();
    });

    it("never disables the last active admin", async () => {
      const lastAdmin = await createUser({ role: "ADMIN" });
      await onlyActiveAdmin(lastAdmin.id);
      // An admin session whose account has since been disabled still says ADMIN.
      const stale = await createUser({ role: "ADMIN", disabledAt: new Date() });
      expect(
        await appError(setUserDisabled(db, stale.actor, { userId: lastAdmin.id, disabled: true })),
      ).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/last admin/) });
      expect(await userRow(lastAdmin.id)).toMatchObject({ disabledAt: null, sessionVersion: 0 });
    });

    it("refuses bad input and unknown or deleted accounts", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const deleted = await createUser({ deletedAt: new Date() });
      for (const input of [
        {},
        { userId: "x", disabled: "yes" },
        { userId: "", disabled: true },
        null,
      ])
        expect(await appError(setUserDisabled(db, admin.actor, input))).toMatchObject({
          code: "INVALID",
        });
      expect(
        await appError(setUserDisabled(db, admin.actor, { userId: "no-such-id", disabled: true })),
      ).toMatchObject({ code: "NOT_FOUND" });
      expect(
        await appError(setUserDisabled(db, admin.actor, { userId: deleted.id, disabled: true })),
      ).toMatchObject({ code: "NOT_FOUND" });
      expect((await userRow(deleted.id)).disabledAt).toBeNull();
    });
  });

  describe("listUsers", () => {
    it("pages through matching accounts, newest first, 25 at a time", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const marker = `Pagetest${tag()}`;
      const base = Date.UTC(2031, 0, 1);
      const made = [];
      for (let i = 0; i < 30; i++)
        made.push(
          await createUser({ name: `${marker} ${i}`, createdAt: new Date(base + i * 60_000) }),
        );
      const newestFirst = made.map((u) => u.id).reverse();
      expect(USERS_PAGE_SIZE).toBe(25);

      const page1 = await listUsers(db, admin.actor, { q: marker });
      expect(page1).toMatchObject({ q: marker, page: 1, total: 30, totalPages: 2 });
      expect(page1.users.map((u) => u.id)).toEqual(newestFirst.slice(0, 25));
      const page2 = await listUsers(db, admin.actor, { q: marker, page: 2 });
      expect(page2.users.map((u) => u.id)).toEqual(newestFirst.slice(25));
      expect(page2).toMatchObject({ page: 2, total: 30, totalPages: 2 });
      const page3 = await listUsers(db, admin.actor, { q: marker, page: 3 });
      expect(page3.users).toEqual([]);

      for (const page of [0, -4, 1.9])
        expect((await listUsers(db, admin.actor, { q: marker, page })).page).toBe(1);

      expect(page1.users[0]).toEqual({
        id: made[29]!.id,
        name: `${marker} 29`,
        email: made[29]!.email,
        role: "READER",
        disabled: false,
        createdAt: new Date(base + 29 * 60_000),
      });
      expect(JSON.stringify(page1)).not.toContain("argon2");
    });

    it("finds accounts by part of the name or email, in any case, leaving out deleted ones", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const t = tag();
      const byName = await createUser({ name: `Marguerite Qx${t}`, email: `m-${t}@example.com` });
      const byEmail = await createUser({ name: "Someone", email: `qx${t}.reader@example.com` });
      const disabled = await createUser({ name: `Qx${t} Disabled`, disabledAt: new Date() });
      await createUser({ name: `Qx${t} Gone`, deletedAt: new Date() });
      await createUser({ name: "Unrelated" });

      const ids = async (q: string) =>
        (await listUsers(db, admin.actor, { q })).users.map((u) => u.id).sort();
      expect(await ids(`qx${t}`)).toEqual([byName.id, byEmail.id, disabled.id].sort());
      expect(await ids(`  QX${t.toUpperCase()}  `)).toEqual(
        [byName.id, byEmail.id, disabled.id].sort(),
      );
      expect(await ids(`${t}.reader@EXAMPLE`)).toEqual([byEmail.id]);
      expect(await ids(`marguerite qx${t}`)).toEqual([byName.id]);
      expect(await ids(`nothing-matches-${t}`)).toEqual([]);

      const result = await listUsers(db, admin.actor, { q: `  qx${t} ` });
      expect(result.q).toBe(`qx${t}`);
      expect(result.users.find((u) => u.id === disabled.id)?.disabled).toBe(true);
      expect((await listUsers(db, admin.actor, { q: `nothing-matches-${t}` })).totalPages).toBe(1);
    });

    it("treats % and _ in the search as plain characters", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const t = tag();
      const percent = await createUser({ name: `Fifty% ${t}` });
      await createUser({ name: `Fiftyx ${t}` });
      const ids = async (q: string) =>
        (await listUsers(db, admin.actor, { q })).users.map((u) => u.id);
      expect(await ids(`Fifty% ${t}`)).toEqual([percent.id]);
      expect(await ids(`Fift_`)).toEqual([]);
    });

    it("lists everyone, without a search", async () => {
      const admin = await createUser({ role: "ADMIN" });
      const all = await listUsers(db, admin.actor, {});
      expect(all.q).toBe("");
      expect(all.total).toBe(await db.user.count({ where: { deletedAt: null } }));
    });
  });
});
