import { z } from "zod";
import type { DbClient } from "../db-client";
import { EmailSchema, NameSchema, NewPasswordSchema } from "../auth/account-schemas";
import { fieldErrors } from "../forms/form-state";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";

const CreateAdminSchema = z.object({
  email: EmailSchema,
  name: NameSchema,
  password: NewPasswordSchema,
});

export type CreateAdminResult =
  { ok: true; userId: string; created: boolean } | { ok: false; errors: Record<string, string> };

/**
 * The way in for a new installation: makes an admin account, or promotes the account
 * that already has this email (setting the given password and signing it out everywhere).
 * Run from the command line by someone with access to the server, so it has no actor.
 */
export async function createAdmin(db: DbClient, input: unknown): Promise<CreateAdminResult> {
  const parsed = CreateAdminSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { email, name, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, role: true, deletedAt: true },
    });
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: {
            role: "ADMIN",
            passwordHash,
            disabledAt: null,
            sessionVersion: { increment: 1 },
          },
          select: { id: true },
        })
      : await tx.user.create({
          data: { email, name, passwordHash, role: "ADMIN" },
          select: { id: true },
        });
    await recordAudit(tx, {
      actorId: null,
      action: existing ? "user.promote-admin" : "user.create-admin",
      targetType: "User",
      targetId: user.id,
      before: existing ? { role: existing.role } : undefined,
      after: { role: "ADMIN" },
    });
    return { ok: true as const, userId: user.id, created: !existing };
  });
}
