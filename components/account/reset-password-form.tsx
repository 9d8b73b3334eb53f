"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, {});
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormMessage ok message={state.message} />
        <Link
          href="/signin"
          className="inline-block bg-stone-900 px-5 py-2.5 font-sans font-semibold text-white"
        >
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <FormField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters, not a common password."
        error={state.errors?.password}
      />
      <FormField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={state.errors?.confirmPassword}
      />
      <SubmitButton pending={pending}>Set new password</SubmitButton>
    </form>
  );
}
