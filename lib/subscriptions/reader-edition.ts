import "server-only";
import { decode } from "next-auth/jwt";
import { findSessionUser } from "../auth/current-user";
import { db } from "../db";
import { env } from "../env";
import { getEntitlementWindow, editionOf, type Edition } from "./entitlements";

export type EditionDecision = {
  edition: Edition;
  /**
   * Until when (ms since the epoch) this answer holds unless something is written: the
   * token's expiry, or the moment a subscription's paid period (and renewal grace) ends.
   * scripts/reader-editions.mjs reuses a decision until then, or until the data version
   * (moved by every write to accounts, subscriptions, plans and payments) moves on.
   */
  until: number;
};

/** How long a decision about an unreadable token, or a reader without a subscription, holds at most. */
const LONGEST_DECISION_MS = 10 * 60 * 1000;

/**
 * Which edition of the reader pages the holder of a next-auth session token may see. The
 * token is decoded with the site's secret, the person re-read from the database (a
 * disabled account or a token from before a password change counts as signed out), and
 * their subscription asked through entitlements.ts, the one place that decides access.
 * Anything unreadable gets the public edition.
 */
export async function editionForSessionToken(
  token: string,
  now: Date = new Date(),
): Promise<EditionDecision> {
  const fallback = { edition: "public" as const, until: now.getTime() + LONGEST_DECISION_MS };
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) return fallback;
  const claims = await decode({ token, secret }).catch(() => null);
  if (!claims?.uid) return fallback;
  const expires =
    typeof claims.exp === "number" ? claims.exp * 1000 : now.getTime() + LONGEST_DECISION_MS;
  if (expires <= now.getTime()) return fallback;
  const user = await findSessionUser({ id: claims.uid, sessionVersion: claims.sv });
  if (!user) return { edition: "public", until: Math.min(expires, fallback.until) };
  const { entitlement, until } = await getEntitlementWindow(db, user.id, now);
  const changes = until?.getTime() ?? fallback.until;
  return { edition: editionOf(entitlement), until: Math.min(expires, changes) };
}
