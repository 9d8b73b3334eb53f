import "server-only";
import { db } from "../db";
import type { SessionUser } from "./authenticate";

/** Finds the account for an OAuth sign-in by email, creating a reader if there is none. */
export async function findOrCreateOAuthUser(input: {
  email?: string | null;
  name?: string | null;
}): Promise<SessionUser | null> {
  const email = input.email?.trim().toLowerCase();
  if (!email) return null;
  const select = {
    id: true,
    name: true,
    email: true,
    role: true,
    sessionVersion: true,
    disabledAt: true,
    deletedAt: true,
  } as const;
  const user =
    (await db.user.findUnique({ where: { email }, select })) ??
    (await db.user.create({
      data: { email, name: (input.name ?? email.split("@")[0] ?? "Reader").slice(0, 100) },
      select,
    }));
  if (user.disabledAt || user.deletedAt) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
