"use client";

import { useActionState, useEffect } from "react";
import {
  changeEmailAction,
  changePasswordAction,
  deleteAccountAction,
  updateNameAction,
} from "@/app/(site)/account/actions";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import { signOutNow } from "@/components/account/sign-out";
import { announceAccountChanged } from "@/components/layout/account-events";

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="border-t border-stone-300 py-8">
      <h2 id={id} className="mb-4 font-serif text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(updateNameAction, {});
  useEffect(() => {
    if (state.ok) announceAccountChanged();
  }, [state]);
  return (
    <Section id="profile-heading" title="Profile">
      <form action={action} className="space-y-4" noValidate>
        <FormMessage ok={state.ok} message={state.message} />
        <FormField
          label="Name"
          name="name"
          autoComplete="name"
          defaultValue={state.values?.name ?? name}
          key={state.values?.name}
          error={state.errors?.name}
        />
        <SubmitButton pending={pending}>Save name</SubmitButton>
      </form>
    </Section>
  );
}

export function EmailChangeForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changeEmailAction, {});
  return (
    <Section id="email-heading" title="Email address">
      <p className="mb-4 font-sans text-sm text-stone-700">
        Your address is <strong>{email}</strong>. A new address is used once you follow the link we
        send to it.
      </p>
      <form action={action} className="space-y-4" noValidate>
        <FormMessage ok={state.ok} message={state.message} />
        <FormField
          label="New email address"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={state.values?.email}
          key={state.values?.email}
          error={state.errors?.email}
        />
        <SubmitButton pending={pending}>Change email</SubmitButton>
      </form>
    </Section>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, {});
  // A password change ends every session, this one too: sign out cleanly so the new password is used next.
  useEffect(() => {
    if (state.ok) void signOutNow(`/signin?from=/account`);
  }, [state.ok]);
  return (
    <Section id="password-heading" title="Password">
      <form action={action} className="space-y-4" noValidate>
        <FormMessage ok={state.ok} message={state.message} />
        <FormField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          error={state.errors?.currentPassword}
        />
        <FormField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters, not a common password."
          error={state.errors?.password}
        />
        <FormField
          label="Confirm new password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          error={state.errors?.confirmPassword}
        />
        <SubmitButton pending={pending}>Change password</SubmitButton>
      </form>
    </Section>
  );
}

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, {});
  useEffect(() => {
    if (state.ok) void signOutNow("/");
  }, [state.ok]);
  return (
    <Section id="delete-heading" title="Delete your account">
      <p className="mb-4 font-sans text-sm text-stone-700">
        This erases your name, email address and password. It cannot be undone. Records the magazine
        must keep (such as payments) stay, without your name.
      </p>
      <form action={action} className="space-y-4" noValidate>
        <FormMessage ok={state.ok} message={state.message} />
        <FormField
          label="Your password"
          name="password"
          id="delete-password"
          type="password"
          autoComplete="current-password"
          error={state.errors?.password}
        />
        <FormField
          label="Type DELETE to confirm"
          name="confirm"
          autoComplete="off"
          defaultValue={state.values?.confirm}
          key={state.values?.confirm}
          error={state.errors?.confirm}
        />
        <SubmitButton pending={pending} variant="danger">
          Delete my account
        </SubmitButton>
      </form>
    </Section>
  );
}
