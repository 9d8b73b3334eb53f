import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmailForm } from "@/components/account/email-form";
import { OAuthButtons, SignInForm } from "@/components/account/sign-in-form";
import { oauthProviders } from "@/lib/auth/auth-options";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { emailEnabled } from "@/lib/email/send-email";
import { magicLinkAction } from "../actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ from?: string; error?: string }> };

const ERRORS: Record<string, string> = {
  OAuthSignin: "Signing in with that provider failed. Try again.",
  OAuthCallback: "Signing in with that provider failed. Try again.",
  AccessDenied: "This account cannot sign in. It may have been disabled.",
  SessionRequired: "Sign in to continue.",
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const from = safeRedirectPath(params.from, "/");
  if (await getCurrentUser()) redirect(from);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Sign in</h1>
      <p className="mt-2 mb-6 font-sans text-sm text-stone-700">
        New here?{" "}
        <Link
          href={`/signup?from=${encodeURIComponent(from)}`}
          prefetch={false}
          className="underline underline-offset-4"
        >
          Create an account
        </Link>
        .
      </p>
      <SignInForm
        from={from}
        initialError={
          params.error ? (ERRORS[params.error] ?? "Sign-in failed. Try again.") : undefined
        }
      />
      {emailEnabled() && (
        <section aria-labelledby="magic-heading" className="mt-8 border-t border-stone-300 pt-6">
          <h2 id="magic-heading" className="mb-3 font-sans text-sm font-semibold">
            Or get a sign-in link by email
          </h2>
          <EmailForm action={magicLinkAction} submitLabel="Email me a link" />
        </section>
      )}
      <OAuthButtons providers={oauthProviders()} from={from} />
    </>
  );
}
