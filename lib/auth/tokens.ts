import { createHash, randomBytes } from "node:crypto";
import type { TransactionClient } from "../db-client";
import { lockUser } from "../db-locks";

export type TokenKind = "PASSWORD_RESET" | "EMAIL_CHANGE" | "MAGIC_LINK";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Makes a single-use token for an emailed link. The raw token goes in the link; only its
 * hash is stored, so a leaked database cannot be used to take over accounts. Older unused
 * tokens of the same kind for the same person stop working.
 */
export async function issueToken(
  tx: TransactionClient,
  input: { userId: string; kind: TokenKind; ttlMs: number; email?: string; now?: Date },
): Promise<string> {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  // The person's row first (PostgreSQL only; lib/db-locks.ts): two requests at once would
  // otherwise each void the older tokens without seeing the other's new one, leaving two
  // live links. SQLite's one writer already runs them one after the other.
  await lockUser(tx, input.userId);
  await tx.authToken.updateMany({
    where: { userId: input.userId, kind: input.kind, usedAt: null },
    data: { usedAt: now },
  });
  await tx.authToken.create({
    data: {
      kind: input.kind,
      tokenHash: hashToken(token),
      userId: input.userId,
      email: input.email,
      expiresAt: new Date(now.getTime() + input.ttlMs),
    },
  });
  return token;
}

/**
 * Uses a token once: marks it used and returns what it was for, or null if it is
 * unknown, used, expired or of another kind. The update is conditional, so two requests
 * racing with the same token cannot both succeed.
 */
export async function consumeToken(
  tx: TransactionClient,
  input: { token: string; kind: TokenKind; now?: Date },
) {
  const now = input.now ?? new Date();
  const row = await tx.authToken.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: { id: true, kind: true, userId: true, email: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.kind !== input.kind || row.usedAt || row.expiresAt <= now) return null;
  const { count } = await tx.authToken.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? { userId: row.userId, email: row.email } : null;
}
