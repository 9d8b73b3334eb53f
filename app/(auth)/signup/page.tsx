import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/account/sign-up-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { db } from "@/lib/db";
import { newsletterChoices } from "@/lib/newsletters/newsletters";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string }>;
}) {
  const from = safeRedirectPath((await searchParams).from, "/account");
  if (await getCurrentUser()) redirect(from);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Create an account</h1>
      <p className="mt-2 mb-6 font-sans text-sm text-stone-700">
        Already have one?{" "}
        <Link
          href={`/signin?from=${encodeURIComponent(from)}`}
          className="underline underline-offset-4"
        >
          Sign in
        </Link>
        .
      </p>
      <SignUpForm from={from} newsletters={await newsletterChoices(db, null)} />
    </>
  );
}
