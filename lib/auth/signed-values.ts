import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";

/**
 * Values the server signs so they can travel without a session and come back unforged:
 * unsubscribe links (lib/newsletters/unsubscribe-token.ts), gift codes and gift pages
 * (lib/gifts/gift-code.ts). One secret, NEXTAUTH_SECRET, which `npm start` and the test
 * servers always set; each caller puts its own purpose label into the message, so a value
 * signed for one use is worthless for another.
 */

// A development server started without a secret still works, with values only as secret
// as this constant; production refuses to sign with it.
const DEV_SECRET = "meridian-development-signing-secret";

function secret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production")
    throw new Error("NEXTAUTH_SECRET is not set, so links and codes cannot be signed.");
  return DEV_SECRET;
}

/** HMAC-SHA256 of `message` under the server's secret. */
export const sign = (message: string): Buffer =>
  createHmac("sha256", secret()).update(message).digest();

/** Whether two byte strings are equal, in time that does not depend on where they differ. */
export const sameBytes = (a: Buffer, b: Buffer): boolean =>
  a.length === b.length && timingSafeEqual(a, b);
