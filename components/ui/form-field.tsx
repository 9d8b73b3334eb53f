import type { InputHTMLAttributes, ReactNode } from "react";

/** The ids a control's aria-describedby names: its hint and its error, when shown. */
export function describedBy(id: string, hint?: string, error?: string) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

/** A label, an optional hint and an announced error around one control with id `id`. */
export function LabelledField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
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
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input with its error message announced and tied to it. */
export function FormField({
  label,
  name,
  error,
  hint,
  id: givenId,
  ...input
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  // Pages with several forms for the same kind of record pass their own ids.
  const id = givenId ?? `field-${name}`;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-1 w-full border border-stone-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700"
        {...input}
      />
    </LabelledField>
  );
}

export function FormMessage({ ok, message }: { ok?: boolean; message?: string }) {
  if (!message) return null;
  return (
    <p
      role={ok ? "status" : "alert"}
      className={`border-l-4 px-3 py-2 font-sans text-sm ${ok ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}
    >
      {message}
    </p>
  );
}

export function SubmitButton({
  children,
  pending,
  variant = "primary",
}: {
  children: React.ReactNode;
  pending?: boolean;
  variant?: "primary" | "danger" | "secondary";
}) {
  const colors = {
    primary: "bg-stone-900 text-white hover:bg-red-800",
    danger: "bg-red-800 text-white hover:bg-red-900",
    secondary: "border border-stone-900 bg-white text-stone-900 hover:bg-stone-100",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`px-5 py-2.5 font-sans font-semibold disabled:opacity-60 ${colors}`}
    >
      {children}
    </button>
  );
}
