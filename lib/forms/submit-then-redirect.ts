import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import type { FormState } from "./form-state";

type StepResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * The Server Action step of a form whose success opens another page (checkout, payment,
 * a gift): field errors and refusals go back with what was typed, headed by the form's
 * own error or `checkMessage`; success redirects (outside the try, since redirect() throws).
 */
export async function submitThenRedirect<R extends StepResult>(input: {
  values: Record<string, string>;
  run: () => Promise<R>;
  /** where to go on success */
  to: (result: Extract<R, { ok: true }>) => string;
  checkMessage: string;
}): Promise<FormState> {
  const { values } = input;
  let target: string;
  try {
    const result = await input.run();
    if (!result.ok)
      return {
        ok: false,
        errors: result.errors,
        message: result.errors.form ?? input.checkMessage,
        values,
      };
    target = input.to(result as Extract<R, { ok: true }>);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
  redirect(target);
}

/** The demo card form's fields; the number and security code never go back to the browser. */
export const CARD_FIELDS = ["cardName", "cardNumber", "expiry", "cvc"];
export const CARD_VALUES_KEPT = ["cardName", "expiry"];
