import { AppError } from "../errors";

/**
 * Who may do what: the one table every page, Server Action and route handler consults.
 * Roles are ordered; each action names the lowest role that may take it, and some add a
 * condition on the record (a writer edits only articles they wrote).
 */
export const ROLES = ["READER", "WRITER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type Actor = { id: string; role: Role };

export type Action =
  | "account:manage"
  | "editor:access"
  | "article:create"
  | "article:edit"
  | "article:submit"
  | "article:publish"
  | "newsletter:send"
  | "article:review-queue"
  | "media:upload"
  | "taxonomy:manage"
  | "issue:manage"
  | "admin:access"
  | "user:list"
  | "user:change-role"
  | "user:disable"
  | "audit:read"
  | "subscription:manage"
  | "plan:manage"
  | "ad:manage";

const MINIMUM_ROLE: Record<Action, Role> = {
  "account:manage": "READER",
  "editor:access": "WRITER",
  "article:create": "WRITER",
  "article:edit": "WRITER",
  "article:submit": "WRITER",
  "media:upload": "WRITER",
  "article:publish": "EDITOR",
  /** emailing an article or an issue to newsletter readers */
  "newsletter:send": "EDITOR",
  "article:review-queue": "EDITOR",
  "taxonomy:manage": "EDITOR",
  "issue:manage": "EDITOR",
  "admin:access": "ADMIN",
  "user:list": "ADMIN",
  "user:change-role": "ADMIN",
  "user:disable": "ADMIN",
  "audit:read": "ADMIN",
  "subscription:manage": "ADMIN",
  "plan:manage": "ADMIN",
  "ad:manage": "ADMIN",
};

/** The record an action is about, where ownership matters. */
export type Resource = { authorUserIds?: string[] };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  // Fail closed: an action or role missing from the table is refused, never allowed.
  const minimum = MINIMUM_ROLE[action] as Role | undefined;
  if (!minimum || !ROLES.includes(actor.role)) return false;
  if (!roleAtLeast(actor.role, minimum)) return false;
  // Writers edit and submit only their own articles; editors and admins any.
  if (
    (action === "article:edit" || action === "article:submit") &&
    resource &&
    actor.role === "WRITER"
  ) {
    return (resource.authorUserIds ?? []).includes(actor.id);
  }
  return true;
}

/** Throws FORBIDDEN (UNAUTHENTICATED when signed out) unless `actor` may take `action`. */
export function assertCan(
  actor: Actor | null,
  action: Action,
  message: string,
  resource?: Resource,
): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!can(actor, action, resource)) throw new AppError("FORBIDDEN", message);
}
