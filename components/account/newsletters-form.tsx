"use client";

import { useActionState } from "react";
import { updateNewslettersAction } from "@/app/(site)/account/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { NewsletterChoice } from "@/lib/newsletters/newsletters";

/**
 * The newsletters a reader receives, as checkboxes. Shared by the account page (with its
 * own form) and the sign-up form (fields only, inside that form).
 */
export function NewsletterCheckboxes({
  choices,
  checked,
  error,
}: {
  choices: Pick<NewsletterChoice, "slug" | "name" | "description">[];
  checked: (slug: string) => boolean;
  error?: string;
}) {
  return (
    <fieldset
      className="font-sans"
      aria-describedby={error ? "newsletters-error" : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-semibold">Newsletters</legend>
      {choices.map((choice) => (
        <div key={choice.slug} className="mt-2 flex items-start gap-2">
          <input
            type="checkbox"
            id={`newsletter-${choice.slug}`}
            name="newsletters"
            value={choice.slug}
            defaultChecked={checked(choice.slug)}
            aria-describedby={`newsletter-${choice.slug}-hint`}
            className="mt-1"
          />
          <div>
            <label htmlFor={`newsletter-${choice.slug}`} className="text-sm font-semibold">
              {choice.name}
            </label>
            <p id={`newsletter-${choice.slug}-hint`} className="text-xs text-stone-600">
              {choice.description}
            </p>
          </div>
        </div>
      ))}
      {error && (
        <p id="newsletters-error" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function NewslettersForm({ choices }: { choices: NewsletterChoice[] }) {
  const [state, action, pending] = useActionState(updateNewslettersAction, {});
  const submitted = state.values?.newsletters?.split(",");
  return (
    <section aria-labelledby="newsletters-heading" className="border-t border-stone-300 py-8">
      <h2 id="newsletters-heading" className="mb-4 font-serif text-2xl font-bold">
        Newsletters
      </h2>
      {/* Keyed by what was sent, so the boxes show the saved (or refused) choice after each save. */}
      <form action={action} className="space-y-4" noValidate key={state.values?.newsletters}>
        <FormMessage ok={state.ok} message={state.message} />
        <NewsletterCheckboxes
          choices={choices}
          checked={(slug) =>
            submitted
              ? submitted.includes(slug)
              : choices.some((c) => c.slug === slug && c.subscribed)
          }
          error={state.errors?.newsletters}
        />
        <SubmitButton pending={pending}>Save newsletters</SubmitButton>
      </form>
    </section>
  );
}
