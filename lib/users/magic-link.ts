import "server-only";
import { consumeToken, issueToken } from "../auth/tokens";
import { EmailSchema } from "../auth/account-schemas";
import { db } from "../db";
import { siteUrl } from "../env";
import { sendEmail } from "../email/send-email";
import type { SessionUser } from "./authenticate";

const MAGIC_LINK_TTL_MS = 15 * 60 * 1000;

/**
 * Emails a one-time sign-in link to an existing account. Says nothing about whether the
 * address has an account: the caller shows the same message either way.
 */
export async function requestMagicLink(rawEmail: unknown): Promise<void> {
  const parsed = EmailSchema.safeParse(rawEmail);
  if (!parsed.success) return;
  const user = await db.user.findUnique({
    where: { email: parsed.data },
    select: { id: true, email: true, disabledAt: true, deletedAt: true },
  });
  if (!user || user.disabledAt || user.deletedAt) return;
  const token = await db.$transaction((tx) =>
    issueToken(tx, { userId: user.id, kind: "MAGIC_LINK", ttlMs: MAGIC_LINK_TTL_MS }),
  );
  await sendEmail({
    to: user.email,
    subject: "Your sign-in link for The Meridian",
    text: `Follow this link to sign in. It works once, for 15 minutes:\n\n${siteUrl}/signin/link?token=${token}\n\nIf you did not ask for it, ignore this email.`,
  });
}

export async function signInWithMagicLink(token: string): Promise<SessionUser | null> {
  if (token.length < 20 || token.length > 200) return null;
  const used = await db.$transaction((tx) => consumeToken(tx, { token, kind: "MAGIC_LINK" }));
  if (!used) return null;
  const user = await db.user.findUnique({
    where: { id: used.userId },
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
  if (!user || user.disabledAt || user.deletedAt) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
