"use client";

import { continueSignedIn } from "@/components/account/continue-signed-in";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/form-field";

/** Uses the emailed token only when the person clicks, so mail scanners cannot spend it. */
export function MagicLinkSignIn({ token }: { token: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-4">
      <FormMessage message={error} />
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await signIn("magic-link", { token, redirect: false });
            if (!result || result.error) setError(result?.error ?? "Sign-in failed.");
            else continueSignedIn("/account");
          })
        }
        className="bg-stone-900 px-5 py-2.5 font-sans font-semibold text-white hover:bg-red-800"
      >
        Sign in to The Meridian
      </button>
    </div>
  );
}
