import type { z } from "zod";

/** What a Server Action hands back to its form: a message, errors by field, and what was typed. */
export type FormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

/** Text fields of a submission, for refilling the form; passwords are never echoed back. */
export function formValues(formData: FormData, fields: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string" && !/password/i.test(field))
      values[field] = value.slice(0, 10_000);
  }
  return values;
}

/** The named fields of a submission, as sent (strings or files), for a lib/ function to validate. */
export function formFields(formData: FormData, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, formData.get(field) ?? undefined]));
}

/** Field errors keyed by field name, first message each: what forms show beside inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}
