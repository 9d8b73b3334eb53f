"use client";

import { continueSignedIn } from "@/components/account/continue-signed-in";
import { signIn } from "next-auth/react";
import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import { NewsletterCheckboxes } from "@/components/account/newsletters-form";
import type { FormState } from "@/lib/forms/form-state";
import type { NewsletterChoice } from "@/lib/newsletters/newsletters";

/** Creates the account on the server, then signs the new reader in with what they typed. */
export function SignUpForm({
  from,
  newsletters = [],
}: {
  from: string;
  newsletters?: NewsletterChoice[];
}) {
  const [state, action, pending] = useActionState(
    async (previous: FormState, formData: FormData) => {
      const result = await signUpAction(previous, formData);
      if (result.ok) {
        const signedIn = await signIn("credentials", {
          email: result.values?.email,
          password: String(formData.get("password") ?? ""),
          redirect: false,
        });
        if (signedIn?.ok) {
          continueSignedIn(from);
          return { ok: true, message: "Your account is ready. Signing you in…" };
        }
        return { ok: true, message: "Your account is ready. Sign in to continue." };
      }
      return result;
    },
    {},
  );

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <FormField
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        error={state.errors?.name}
        maxLength={200}
        key={`name-${state.values?.name}`}
      />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
        key={`email-${state.values?.email}`}
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters, not a common password."
        error={state.errors?.password}
      />
      <FormField
        label="Confirm password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={state.errors?.confirmPassword}
      />
      {newsletters.length > 0 && (
        <NewsletterCheckboxes
          key={`newsletters-${state.values?.newsletters}`}
          choices={newsletters}
          checked={(slug) => (state.values?.newsletters ?? "").split(",").includes(slug)}
          error={state.errors?.newsletters}
        />
      )}
      <SubmitButton pending={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </SubmitButton>
    </form>
  );
}
