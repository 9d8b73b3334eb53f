/**
 * Labelled controls for the admin forms that FormField (a single <input>) does not cover:
 * text areas, selects and checkboxes, each with its error tied to it.
 */

function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
      {error}
    </p>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

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
    <div className="font-sans">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
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
      <ErrorText id={id} error={error} />
    </div>
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
    <div className="font-sans">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
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
      <ErrorText id={id} error={error} />
    </div>
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
