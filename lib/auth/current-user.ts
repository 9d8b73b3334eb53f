import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { authOptions } from "./auth-options";
import { can, type Action, type Actor, type Resource, type Role } from "./permissions";

export type CurrentUser = Actor & { name: string; email: string };

/**
 * The signed-in person, re-read from the database: null when signed out, disabled,
 * deleted, or when the token predates a password change or a disable (session version).
 * The role comes from the database, so a role change applies at once.
 * Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const claimed = session?.user;
  if (!claimed?.id) return null;
  return findSessionUser({ id: claimed.id, sessionVersion: claimed.sessionVersion });
});

/**
 * The person a session token names, if the token still stands for them: null when the
 * account is disabled or deleted or the token predates a password change or a disable.
 * Every reader of a session (pages, /api/me, the edition resolver) decides through here.
 */
export async function findSessionUser(claimed: {
  id: string;
  sessionVersion: number | undefined;
}): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: claimed.id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      sessionVersion: true,
      disabledAt: true,
      deletedAt: true,
    },
  });
  if (!user || user.disabledAt || user.deletedAt || user.sessionVersion !== claimed.sessionVersion)
    return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role };
}

/** For pages: the signed-in person, or a redirect to sign in that comes back to `from`. */
export async function requireUser(from: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?from=${encodeURIComponent(from)}`);
  return user;
}

/**
 * The path asked for, as proxy.ts recorded it (layouts are not told their URL), or
 * `fallback`. Only used to come back after signing in, through safeRedirectPath.
 */
export async function requestedPath(fallback: string): Promise<string> {
  return (await headers()).get("x-request-path") ?? fallback;
}

/** For pages: signed in and allowed to take `action`, else sign-in or 403. */
export async function requirePermission(
  action: Action,
  from: string,
  resource?: Resource,
): Promise<CurrentUser> {
  const user = await requireUser(from);
  if (!can(user, action, resource)) forbidden();
  return user;
}
