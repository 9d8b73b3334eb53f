"use client";

import { useActionState } from "react";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/form-state";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "number" | "date" | "textarea" | "checkbox" | "file";
  defaultValue?: string;
  checked?: boolean;
  hint?: string;
  maxLength?: number;
  accept?: string;
};

/**
 * A form for one record (a topic, a tag, an issue): labelled fields, errors beside them,
 * and what was typed kept when the server refuses it.
 */
export function EntityForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const value = (field: FieldSpec) => state.values?.[field.name] ?? field.defaultValue ?? "";
  return (
    <form action={formAction} className="space-y-3 font-sans" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = state.errors?.[field.name];
        if (field.type === "textarea")
          return (
            <div key={field.name}>
              <label htmlFor={id} className="block text-sm font-semibold">
                {field.label}
              </label>
              <textarea
                id={id}
                name={field.name}
                defaultValue={value(field)}
                key={state.values?.[field.name]}
                maxLength={field.maxLength}
                rows={3}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className="mt-1 w-full border border-stone-400 bg-white px-3 py-2"
              />
              {error && (
                <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
                  {error}
                </p>
              )}
            </div>
          );
        if (field.type === "checkbox")
          return (
            <label key={field.name} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={field.name}
                value="true"
                defaultChecked={field.checked}
              />
              {field.label}
            </label>
          );
        return (
          <div key={field.name}>
            <FormField
              label={field.label}
              name={field.name}
              type={field.type ?? "text"}
              hint={field.hint}
              error={error}
              maxLength={field.maxLength}
              accept={field.accept}
              {...(field.type === "file"
                ? {}
                : { defaultValue: value(field), key: state.values?.[field.name] })}
              id={`${idPrefix}-${field.name}`}
            />
          </div>
        );
      })}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
