import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { createUser } from "./account-helpers";

const T0 = new Date("2030-06-01T08:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 60 * 60 * 1000;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

const issue = (input: Parameters<typeof issueToken>[1]) =>
  db.$transaction((tx) => issueToken(tx, input));
const consume = (input: Parameters<typeof consumeToken>[1]) =>
  db.$transaction((tx) => consumeToken(tx, input));

describe("password hashing", () => {
  it("uses argon2id with the documented cost, salted, and verifies", async () => {
    const a = await hashPassword("a long enough secret");
    const b = await hashPassword("a long enough secret");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("a long enough secret");
    expect(await verifyPassword(a, "a long enough secret")).toBe(true);
    expect(await verifyPassword(b, "a long enough secret")).toBe(true);
    expect(await verifyPassword(a, "a long enough secreT")).toBe(false);
  });

  it("answers false, not an exception, for a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(await verifyPassword("", "anything")).toBe(false);
  });
});

describe("issueToken / consumeToken", () => {
  it("stores only the SHA-256 of the token, with its expiry", async () => {
    const user = await createUser();
    const token = await issue({ userId: user.id, kind: "PASSWORD_RESET", ttlMs: HOUR, now: T0 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    const rows = await db.authToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "PASSWORD_RESET",
      tokenHash: sha256(token),
      expiresAt: later(HOUR),
      usedAt: null,
      email: null,
    });
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("works once, and marks the row used", async () => {
    const user = await createUser();
    const token = await issue({
      userId: user.id,
      kind: "EMAIL_CHANGE",
      ttlMs: HOUR,
      email: "new@example.com",
      now: T0,
    });
    expect(await consume({ token, kind: "EMAIL_CHANGE", now: later(1000) })).toEqual({
      userId: user.id,
      email: "new@example.com",
    });
    const row = await db.authToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(row.usedAt).toEqual(later(1000));
    expect(await consume({ token, kind: "EMAIL_CHANGE", now: later(2000) })).toBeNull();
  });

  it("stops working at its expiry time", async () => {
    const user = await createUser();
    const token = await issue({ userId: user.id, kind: "MAGIC_LINK", ttlMs: HOUR, now: T0 });
    expect(await consume({ token, kind: "MAGIC_LINK", now: later(HOUR) })).toBeNull();
    const row = await db.authToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(row.usedAt).toBeNull();
    // Still valid one millisecond earlier.
    expect(await consume({ token, kind: "MAGIC_LINK", now: later(HOUR - 1) })).not.toBeNull();
  });

  it("refuses a token of another kind without using it up", async () => {
    const user = await createUser();
    const token = await issue({ userId: user.id, kind: "PASSWORD_RESET", ttlMs: HOUR, now: T0 });
    expect(await consume({ token, kind: "MAGIC_LINK", now: T0 })).toBeNull();
    expect(await consume({ token, kind: "EMAIL_CHANGE", now: T0 })).toBeNull();
    expect(await consume({ token, kind: "PASSWORD_RESET", now: T0 })).toMatchObject({
      userId: user.id,
    });
  });

  it("refuses unknown tokens, and the stored hash itself", async () => {
    const user = await createUser();
    const token = await issue({ userId: user.id, kind: "PASSWORD_RESET", ttlMs: HOUR, now: T0 });
    expect(await consume({ token: `${token}x`, kind: "PASSWORD_RESET", now: T0 })).toBeNull();
    expect(await consume({ token: sha256(token), kind: "PASSWORD_RESET", now: T0 })).toBeNull();
  });

  it("a new token makes older unused ones of the same kind stop working, and leaves other kinds", async () => {
    const user = await createUser();
    const first = await issue({ userId: user.id, kind: "PASSWORD_RESET", ttlMs: HOUR, now: T0 });
    const magic = await issue({ userId: user.id, kind: "MAGIC_LINK", ttlMs: HOUR, now: T0 });
    const second = await issue({ userId: user.id, kind: "PASSWORD_RESET", ttlMs: HOUR, now: T0 });
    expect(await consume({ token: first, kind: "PASSWORD_RESET", now: T0 })).toBeNull();
    expect(await consume({ token: second, kind: "PASSWORD_RESET", now: T0 })).not.toBeNull();
    expect(await consume({ token: magic, kind: "MAGIC_LINK", now: T0 })).not.toBeNull();
  });

  it("does not touch another person's tokens", async () => {
    const a = await createUser();
    const b = await createUser();
    const tokenA = await issue({ userId: a.id, kind: "PASSWORD_RESET", ttlMs: HOUR, now: T0 });
    await issue({ userId: b.id, kind: "PASSWORD_RESET", ttlMs: HOUR, now: T0 });
    expect(await consume({ token: tokenA, kind: "PASSWORD_RESET", now: T0 })).toMatchObject({
      userId: a.id,
    });
  });

  it("lets only one of two simultaneous uses succeed", async () => {
    const user = await createUser();
    const token = await issue({ userId: user.id, kind: "MAGIC_LINK", ttlMs: HOUR, now: T0 });
    const results = await Promise.allSettled([
      consume({ token, kind: "MAGIC_LINK", now: T0 }),
      consume({ token, kind: "MAGIC_LINK", now: T0 }),
    ]);
    const successes = results.filter((r) => r.status === "fulfilled" && r.value !== null);
    expect(successes).toHaveLength(1);
  });
});

describe("audit trail", () => {
  it("records an entry with JSON snapshots, null when not given", async () => {
    const actor = await createUser({ role: "ADMIN" });
    await db.$transaction(async (tx) => {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "test.change",
        targetType: "User",
        targetId: "target-1",
        before: { role: "READER" },
        after: { role: "EDITOR", note: 'with "quotes"' },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "test.system",
        targetType: "Thing",
        targetId: "target-2",
      });
    });
    const [changed, system] = await Promise.all([
      db.auditEntry.findFirstOrThrow({ where: { targetId: "target-1" } }),
      db.auditEntry.findFirstOrThrow({ where: { targetId: "target-2" } }),
    ]);
    expect(changed).toMatchObject({ actorId: actor.id, action: "test.change", targetType: "User" });
    expect(JSON.parse(changed.before!)).toEqual({ role: "READER" });
    expect(JSON.parse(changed.after!)).toEqual({ role: "EDITOR", note: 'with "quotes"' });
    expect(system).toMatchObject({ actorId: null, before: null, after: null });
  });

  it("commits with the change it records, or not at all", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, {
          actorId: null,
          action: "test.rollback",
          targetType: "Thing",
          targetId: "rolled-back",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEntry.count({ where: { targetId: "rolled-back" } })).toBe(0);
  });

  it("cannot be changed or deleted, through Prisma or raw SQL", async () => {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: "test.immutable",
        targetType: "Thing",
        targetId: "immutable",
        after: { a: 1 },
      }),
    );
    const entry = await db.auditEntry.findFirstOrThrow({ where: { targetId: "immutable" } });

    // SQLite reports RAISE(ABORT) as a constraint failure; Prisma's libSQL adapter words it
    // as a foreign-key violation, so only the raw statements show the trigger's message.
    await expect(
      db.auditEntry.update({ where: { id: entry.id }, data: { action: "test.tampered" } }),
    ).rejects.toThrow();
    await expect(
      db.auditEntry.updateMany({ where: { id: entry.id }, data: { after: null } }),
    ).rejects.toThrow();
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow();
    await expect(
      db.$executeRaw`UPDATE "AuditEntry" SET "action" = 'x' WHERE "id" = ${entry.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEntry" WHERE "id" = ${entry.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);

    expect(await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("keeps a person's audit entries by refusing to hard-delete them (accounts are anonymized instead)", async () => {
    const actor = await createUser({ role: "ADMIN" });
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: "test.by-actor",
        targetType: "Thing",
        targetId: "by-actor",
      }),
    );
    // The relation is ON DELETE SET NULL, which is an UPDATE the trigger refuses.
    const bystander = await createUser();
    await db.user.delete({ where: { id: bystander.id } }); // no audit entries: fine
    await expect(db.user.delete({ where: { id: actor.id } })).rejects.toThrow();
    expect(await db.user.count({ where: { id: actor.id } })).toBe(1);
    expect(
      (await db.auditEntry.findFirstOrThrow({ where: { targetId: "by-actor" } })).actorId,
    ).toBe(actor.id);
  });
});
