import { describedBy, LabelledField } from "@/components/ui/form-field";

/**
 * Labelled controls for the admin forms that FormField (a single <input>) does not cover:
 * text areas, selects and checkboxes, each with its error tied to it.
 */

export function TextAreaField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  rows = 3,
  maxLength,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  rows?: number;
  maxLength?: number;
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        key={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-1 w-full border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
      />
    </LabelledField>
  );
}

export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  options: { value: string; label: string }[];
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        key={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-1 w-full border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export function CheckboxField({
  id,
  name,
  label,
  checked,
}: {
  id: string;
  name: string;
  label: string;
  checked: boolean;
}) {
  return (
    <div className="flex items-center gap-2 font-sans text-sm">
      <input
        id={id}
        type="checkbox"
        name={name}
        value="true"
        defaultChecked={checked}
        key={String(checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
