import { randomUUID } from "node:crypto";
import { expect, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ensureDefaultPlans } from "@/lib/subscriptions/default-plans";

/** Account builders and email capture for the accounts/auth integration tests. */

export const PASSWORD = "violet-harbour-lantern";

let defaultHash: Promise<string> | undefined;

export type TestUser = { id: string; email: string; name: string; role: Role; actor: Actor };

export async function createUser(
  overrides: {
    role?: Role;
    name?: string;
    email?: string;
    /** null: an account without a password (OAuth only). */
    password?: string | null;
    disabledAt?: Date | null;
    deletedAt?: Date | null;
    createdAt?: Date;
  } = {},
): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const password = overrides.password === undefined ? PASSWORD : overrides.password;
  const passwordHash =
    password === null
      ? null
      : password === PASSWORD
        ? await (defaultHash ??= hashPassword(PASSWORD))
        : await hashPassword(password);
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `user-${tag}@example.com`,
      name: overrides.name ?? `User ${tag}`,
      role: overrides.role ?? "READER",
      passwordHash,
      disabledAt: overrides.disabledAt ?? null,
      deletedAt: overrides.deletedAt ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, actor: { id: user.id, role: user.role } };
}

/** The row as stored, password hash included. */
export function userRow(id: string) {
  return db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
}

export type SentEmail = { to: string; subject: string; text: string };

/**
 * Emails logged by lib/email/send-email.ts (SMTP_URL unset) since console.log was last
 * spied on. Call `spyOnEmails()` in beforeEach.
 */
export function spyOnEmails() {
  return vi.spyOn(console, "log").mockImplementation(() => {});
}

export function sentEmails(): SentEmail[] {
  const calls = vi.mocked(console.log).mock.calls;
  return calls
    .map((args) => String(args[0]))
    .filter((block) => block.includes("──── email"))
    .map((block) => {
      const to = /^To: (.*)$/m.exec(block)?.[1] ?? "";
      const subject = /^Subject: (.*)$/m.exec(block)?.[1] ?? "";
      // ["", header, To, Subject, "", ...text lines, footer, ""]
      const text = block.split("\n").slice(5, -2).join("\n");
      return { to, subject, text };
    });
}

/** The token from the one link to `path` in the email; fails the test if there is none. */
export function tokenFrom(email: SentEmail | undefined, path: string): string {
  expect(email, "an email was sent").toBeDefined();
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = new RegExp(`https?://[^\\s/]+${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(
    email!.text,
  );
  expect(match, `a ${path} link in: ${email!.text}`).not.toBeNull();
  return match![1]!;
}

/** An admin and the id of one of the default plans: what the admin-list tests start from. */
export async function createAdminWithPlan(): Promise<{ admin: TestUser; planId: string }> {
  await ensureDefaultPlans(db);
  const admin = await createUser({ role: "ADMIN" });
  const plan = await db.plan.findFirstOrThrow({ select: { id: true } });
  return { admin, planId: plan.id };
}
