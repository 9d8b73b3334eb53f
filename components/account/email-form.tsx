"use client";

import { useActionState } from "react";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/form-state";

/** A one-field email form (forgot password, magic link) bound to a Server Action. */
export function EmailForm({
  action,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
        key={state.values?.email}
      />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
