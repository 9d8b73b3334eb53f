import { createHash } from "node:crypto";
import { sameBytes, sign } from "../auth/signed-values";

/**
 * Gift codes are derived, not stored: the code of a gift is an HMAC of its id under the
 * server's secret, so the delivery email (sent days after payment) can print it while the
 * database holds only its SHA-256 (Gift.codeHash), which is useless to someone reading a
 * backup. 100 bits in Crockford's base32 (no I, L, O or U to misread), shown in groups.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_CHARS = 20;

const hmac = (purpose: string, value: string) => sign(`${purpose}:${value}`);

function base32(bytes: Buffer, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The code printed in the recipient's email, e.g. "7KQ2M-XV9RD-…" (4 groups of 5). */
export function giftCodeFor(giftId: string): string {
  return base32(hmac("gift-code", giftId), CODE_CHARS).replace(/(.{5})(?=.)/g, "$1-");
}

/**
 * What a person typed or a link carried, in the code's canonical form: case, spaces and
 * dashes do not matter, and the letters people confuse with digits are read as those digits.
 * null when it cannot be a code at all.
 */
export function normalizeGiftCode(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (code.length !== CODE_CHARS) return null;
  for (const char of code) if (!ALPHABET.includes(char)) return null;
  return code;
}

/** What Gift.codeHash stores: the SHA-256 of the canonical code. */
export const giftCodeHash = (normalized: string) =>
  createHash("sha256").update(normalized).digest("hex");

/** The codeHash of a gift, from its id (at payment, when the code comes into being). */
export const codeHashForGift = (giftId: string) =>
  giftCodeHash(normalizeGiftCode(giftCodeFor(giftId))!);

/**
 * A signed-out buyer's checkout and receipt pages are reached by a link holding this token,
 * so knowing a gift id alone does not show who it is for.
 */
export const giftPageToken = (giftId: string) =>
  hmac("gift-page", giftId).subarray(0, 16).toString("base64url");

export function validGiftPageToken(giftId: string, token: unknown): boolean {
  if (typeof token !== "string") return false;
  return sameBytes(Buffer.from(token), Buffer.from(giftPageToken(giftId)));
}
