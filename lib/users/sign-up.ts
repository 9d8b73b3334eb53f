import type { DbClient } from "../db-client";
import { hashPassword } from "../auth/password";
import { SignUpSchema } from "../auth/account-schemas";
import { fieldErrors } from "../forms/form-state";
import { NewsletterSlugsSchema, setNewslettersTx } from "../newsletters/newsletters";

class RefusedChoice extends Error {
  constructor(readonly errors: Record<string, string>) {
    super("newsletter choice refused");
  }
}

export type SignUpResult =
  { ok: true; userId: string; email: string } | { ok: false; errors: Record<string, string> };

/** Creates a reader account. A taken email is answered on this form only, and says no more than that. */
export async function signUp(db: DbClient, input: unknown): Promise<SignUpResult> {
  const parsed = SignUpSchema.safeParse(input);
  // The newsletters ticked on the form (none unless the reader asks); checked with the
  // other fields, so every problem is named on the first submit.
  const newsletters = NewsletterSlugsSchema.safeParse(
    (input as { newsletters?: unknown } | null)?.newsletters ?? [],
  );
  if (!parsed.success || !newsletters.success)
    return {
      ok: false,
      errors: {
        ...(parsed.success ? {} : fieldErrors(parsed.error)),
        ...(newsletters.success ? {} : { newsletters: newsletters.error.issues[0]!.message }),
      },
    };
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
    const user = await db.$transaction(async (tx) => {
      const row = await tx.user.create({
        data: { name, email, passwordHash, role: "READER" },
        select: { id: true },
      });
      const chosen = await setNewslettersTx(tx, row.id, newsletters.data);
      // Thrown so the account is not created either: the form is shown again as it was.
      if (!chosen.ok) throw new RefusedChoice(chosen.errors);
      return row;
    });
    return { ok: true, userId: user.id, email };
  } catch (error) {
    if (error instanceof RefusedChoice) return { ok: false, errors: error.errors };
    // Two sign-ups racing for one address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return taken;
    throw error;
  }
}
