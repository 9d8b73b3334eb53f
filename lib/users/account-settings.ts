import type { DbClient } from "../db-client";
import { lockActiveAdmins } from "../db-locks";
import { ChangePasswordSchema, EmailSchema, NameSchema } from "../auth/account-schemas";
import { fieldErrors } from "../forms/form-state";
import { hashPassword, verifyPassword } from "../auth/password";
import { assertCan, type Actor } from "../auth/permissions";
import { consumeToken, issueToken } from "../auth/tokens";
import { recordAudit } from "../audit/record-audit";
import { siteUrl } from "../env";
import { sendEmail } from "../email/send-email";

export type SettingsResult =
  { ok: true; message: string } | { ok: false; errors: Record<string, string> };

const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;

function assertCanManage(actor: Actor | null): asserts actor is Actor {
  assertCan(actor, "account:manage", "Sign in to change your account.");
}

async function checkPassword(db: DbClient, userId: string, password: unknown): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(
    row?.passwordHash &&
    typeof password === "string" &&
    (await verifyPassword(row.passwordHash, password)),
  );
}

export async function updateName(
  db: DbClient,
  actor: Actor | null,
  input: { name: unknown },
): Promise<SettingsResult> {
  assertCanManage(actor);
  const parsed = NameSchema.safeParse(input.name);
  if (!parsed.success) return { ok: false, errors: { name: parsed.error.issues[0]!.message } };
  await db.user.update({ where: { id: actor.id }, data: { name: parsed.data } });
  return { ok: true, message: "Your name was saved." };
}

/** Sends a confirmation link to the new address; the change happens when it is followed. */
export async function requestEmailChange(
  db: DbClient,
  actor: Actor | null,
  input: { email: unknown },
): Promise<SettingsResult> {
  assertCanManage(actor);
  const parsed = EmailSchema.safeParse(input.email);
  if (!parsed.success) return { ok: false, errors: { email: parsed.error.issues[0]!.message } };
  const email = parsed.data;
  const current = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true },
  });
  if (email === current.email)
    return { ok: false, errors: { email: "That is already your email address." } };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, errors: { email: "Another account uses that email address." } };
  }
  const token = await db.$transaction((tx) =>
    issueToken(tx, { userId: actor.id, kind: "EMAIL_CHANGE", ttlMs: EMAIL_CHANGE_TTL_MS, email }),
  );
  await sendEmail({
    to: email,
    subject: "Confirm your new email address for The Meridian",
    text: `To use this address for your account, follow this link within 24 hours:\n\n${siteUrl}/account/confirm-email?token=${token}\n\nIf you did not ask for this, ignore this email.`,
  });
  await sendEmail({
    to: current.email,
    subject: "Your email address is about to change",
    text: `Someone signed in to your account asked to change its email address to ${email}. Nothing changes until the link sent there is followed. If this was not you, change your password now.`,
  });
  return {
    ok: true,
    message: `We sent a confirmation link to ${email}. Your address changes when you follow it.`,
  };
}

export async function confirmEmailChange(db: DbClient, token: string): Promise<SettingsResult> {
  const result = await db.$transaction(async (tx) => {
    const used = await consumeToken(tx, { token, kind: "EMAIL_CHANGE" });
    if (!used?.email) return "invalid" as const;
    if (await tx.user.findUnique({ where: { email: used.email }, select: { id: true } }))
      return "taken" as const;
    await tx.user.update({ where: { id: used.userId }, data: { email: used.email } });
    return "done" as const;
  });
  if (result === "done") return { ok: true, message: "Your email address was changed." };
  return {
    ok: false,
    errors: {
      form:
        result === "taken"
          ? "Another account now uses that email address."
          : "This confirmation link has expired or was already used.",
    },
  };
}

/** Needs the current password. Ends every session, this one included: sign in again with the new one. */
export async function changePassword(
  db: DbClient,
  actor: Actor | null,
  input: unknown,
): Promise<SettingsResult> {
  assertCanManage(actor);
  const parsed = ChangePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  if (!(await checkPassword(db, actor.id, parsed.data.currentPassword))) {
    return { ok: false, errors: { currentPassword: "That is not your current password." } };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // A pending email change or sign-in link may be someone else's doing: void them all.
    await tx.authToken.deleteMany({ where: { userId: actor.id } });
  });
  return { ok: true, message: "Your password was changed. Sign in again with your new password." };
}

/**
 * Deletes an account: personal data (name, email, password) is erased and the row kept
 * as an anonymous stub, so the audit trail and bylines still resolve.
 */
export async function deleteAccount(
  db: DbClient,
  actor: Actor | null,
  input: { password: unknown; confirm: unknown },
): Promise<SettingsResult> {
  assertCanManage(actor);
  if (input.confirm !== "DELETE")
    return { ok: false, errors: { confirm: "Type DELETE in capitals to confirm." } };
  if (!(await checkPassword(db, actor.id, input.password)))
    return { ok: false, errors: { password: "That is not your password." } };
  const now = new Date();
  const lastAdmin = await db.$transaction(async (tx) => {
    // Checked inside the transaction, so two admins leaving at once cannot leave none
    // (on PostgreSQL only with the admins' rows locked: see lockActiveAdmins).
    if (actor.role === "ADMIN") await lockActiveAdmins(tx);
    if (
      actor.role === "ADMIN" &&
      (await tx.user.count({ where: { role: "ADMIN", disabledAt: null, deletedAt: null } })) <= 1
    )
      return true;
    await tx.authToken.deleteMany({ where: { userId: actor.id } });
    // No more newsletters, and nothing still waiting to be sent to the erased address.
    await tx.newsletterSubscription.deleteMany({ where: { userId: actor.id } });
    await tx.mailingDelivery.deleteMany({ where: { userId: actor.id, status: "PENDING" } });
    await tx.author.updateMany({ where: { userId: actor.id }, data: { userId: null } });
    await tx.user.update({
      where: { id: actor.id },
      data: {
        email: `deleted-${actor.id}@deleted.invalid`,
        name: "Deleted account",
        passwordHash: null,
        deletedAt: now,
        disabledAt: now,
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.delete",
      targetType: "User",
      targetId: actor.id,
    });
    return false;
  });
  if (lastAdmin) {
    return {
      ok: false,
      errors: {
        form: "You are the only admin. Make someone else an admin before deleting your account.",
      },
    };
  }
  return { ok: true, message: "Your account was deleted." };
}
