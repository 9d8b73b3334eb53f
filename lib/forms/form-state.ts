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
