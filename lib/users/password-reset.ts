import type { DbClient } from "../db-client";
import { hashPassword } from "../auth/password";
import { EmailSchema, ResetPasswordSchema } from "../auth/account-schemas";
import { fieldErrors } from "../forms/form-state";
import { consumeToken, issueToken } from "../auth/tokens";
import { siteUrl } from "../env";
import { sendEmail } from "../email/send-email";

export const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Emails a single-use reset link valid for an hour, if the address has an account.
 * Returns nothing either way, so the page answers the same whether or not it exists.
 */
export async function requestPasswordReset(
  db: DbClient,
  rawEmail: unknown,
  now = new Date(),
): Promise<{ ok: boolean; errors?: Record<string, string> }> {
  const parsed = EmailSchema.safeParse(rawEmail);
  if (!parsed.success)
    return {
      ok: false,
      errors: { email: parsed.error.issues[0]?.message ?? "Enter your email address." },
    };
  const user = await db.user.findUnique({
    where: { email: parsed.data },
    select: { id: true, email: true, disabledAt: true, deletedAt: true },
  });
  if (user && !user.disabledAt && !user.deletedAt) {
    const token = await db.$transaction((tx) =>
      issueToken(tx, { userId: user.id, kind: "PASSWORD_RESET", ttlMs: RESET_TTL_MS, now }),
    );
    await sendEmail({
      to: user.email,
      subject: "Reset your password for The Meridian",
      text: `Someone asked to reset the password for this account. To choose a new password, follow this link within an hour:\n\n${siteUrl}/reset-password?token=${token}\n\nThe link works once. If you did not ask for it, ignore this email; your password stays as it is.`,
    });
  }
  return { ok: true };
}

/**
 * Sets a new password from a reset link. Bumps the session version, so every session
 * signed in with the old password ends.
 */
export async function resetPassword(
  db: DbClient,
  input: unknown,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const parsed = ResetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const passwordHash = await hashPassword(parsed.data.password);
  const done = await db.$transaction(async (tx) => {
    const used = await consumeToken(tx, { token: parsed.data.token, kind: "PASSWORD_RESET", now });
    if (!used) return false;
    await tx.user.update({
      where: { id: used.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // Any other outstanding link (an email change, a sign-in link) goes with the old password.
    await tx.authToken.deleteMany({ where: { userId: used.userId, usedAt: null } });
    return true;
  });
  return done
    ? { ok: true }
    : {
        ok: false,
        errors: { form: "This reset link has expired or was already used. Ask for a new one." },
      };
}
