import "server-only";
import { redirect } from "next/navigation";
import { revalidateSite } from "../articles/revalidate-site";
import { AppError } from "../errors";
import type { FormState } from "./form-state";

type SaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

/**
 * The create-or-update step of an editing form's Server Action (plans, house ads, issues):
 * field errors and refusals go back with what was typed; a save refreshes the site; a new
 * record's own page opens (redirect() must run outside the try, since it throws).
 */
export async function saveFromForm(input: {
  values: Record<string, string>;
  /** Null when the form creates a record. */
  id: string | null;
  save: () => Promise<SaveResult>;
  /** Where a new record opens, with its notice. */
  createdPath: (id: string) => string;
  savedMessage: string;
}): Promise<FormState> {
  const { values } = input;
  let created: string | null = null;
  try {
    const result = await input.save();
    if (!result.ok) return { ok: false, errors: result.errors, values };
    revalidateSite();
    if (!input.id) created = result.id;
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
  if (created) redirect(input.createdPath(created));
  return { ok: true, message: input.savedMessage };
}
