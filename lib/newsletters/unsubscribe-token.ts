import { sameBytes, sign } from "../auth/signed-values";
import { siteUrl } from "../env";

/**
 * Unsubscribe links work without signing in (RFC 8058 one-click, or a tap in a mail app
 * where the reader is not signed in), so they carry their own proof: an HMAC of the user
 * and the newsletter under the server's secret. It never expires (old emails must keep
 * working) and grants nothing but leaving that one newsletter.
 */
const PURPOSE = "meridian-newsletter-unsubscribe";

const mac = (userId: string, newsletterId: string) =>
  sign(`${PURPOSE}\n${userId}\n${newsletterId}`);

export function unsubscribeToken(userId: string, newsletterId: string): string {
  return `${userId}.${newsletterId}.${mac(userId, newsletterId).toString("base64url")}`;
}

/** The user and newsletter a token was made for, or null for anything forged or garbled. */
export function readUnsubscribeToken(
  token: unknown,
): { userId: string; newsletterId: string } | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, newsletterId, given] = parts as [string, string, string];
  if (!userId || !newsletterId) return null;
  if (!sameBytes(Buffer.from(given, "base64url"), mac(userId, newsletterId))) return null;
  return { userId, newsletterId };
}

/** The page a reader opens from the email's footer (shows the newsletter and a button). */
export const unsubscribePageUrl = (token: string) =>
  `${siteUrl}/newsletters/unsubscribe?token=${encodeURIComponent(token)}`;

/** Where mail apps POST "List-Unsubscribe=One-Click" (RFC 8058). */
export const oneClickUnsubscribeUrl = (token: string) =>
  `${siteUrl}/api/newsletters/unsubscribe?token=${encodeURIComponent(token)}`;
