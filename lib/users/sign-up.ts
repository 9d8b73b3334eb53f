import type { DbClient } from "../db-client";
import { hashPassword } from "../auth/password";
import { SignUpSchema } from "../auth/account-schemas";
import { fieldErrors } from "../forms/form-state";

export type SignUpResult =
  { ok: true; userId: string; email: string } | { ok: false; errors: Record<string, string> };

/** Creates a reader account. A taken email is answered on this form only, and says no more than that. */
export async function signUp(db: DbClient, input: unknown): Promise<SignUpResult> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { name, email, password } = parsed.data;
  const taken = {
    ok: false as const,
    errors: {
      email: "An account with this email already exists. Sign in, or reset your password.",
    },
  };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return taken;
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({
      data: { name, email, passwordHash, role: "READER" },
      select: { id: true },
    });
    return { ok: true, userId: user.id, email };
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return taken;
    throw error;
  }
}
