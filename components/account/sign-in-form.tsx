"use client";

import { continueSignedIn } from "@/components/account/continue-signed-in";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";

/** Email and password sign-in; the error (wrong password, rate limit) comes from the server. */
export function SignInForm({ from, initialError }: { from: string; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [email, setEmail] = useState("");
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(formData.get("email") ?? ""),
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(
          result?.error && result.error !== "CredentialsSignin"
            ? result.error
            : "Sign-in failed. Check your email and password.",
        );
        return;
      }
      continueSignedIn(from);
    });
  }

  return (
    <form action={submit} className="space-y-4" noValidate>
      <FormMessage message={error} />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <div className="flex items-center justify-between">
        <SubmitButton pending={pending}>{pending ? "Signing in…" : "Sign in"}</SubmitButton>
        <Link
          href="/forgot-password"
          prefetch={false}
          className="font-sans text-sm underline underline-offset-4"
        >
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}

export function OAuthButtons({
  providers,
  from,
}: {
  providers: { id: string; name: string }[];
  from: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-stone-300 pt-6">
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          onClick={() => void signIn(provider.id, { callbackUrl: from })}
          className="w-full border border-stone-900 px-4 py-2.5 font-sans font-semibold hover:bg-stone-100"
        >
          Continue with {provider.name}
        </button>
      ))}
    </div>
  );
}
