import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/ui/form-field";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { confirmEmailChange } from "@/lib/users/account-settings";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const token = (await searchParams).token ?? "";
  await requireUser(`/account/confirm-email?token=${encodeURIComponent(token)}`);
  const result = token
    ? await confirmEmailChange(db, token)
    : { ok: false as const, errors: { form: "This confirmation link is incomplete." } };
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="font-serif text-4xl font-bold">Confirm your email address</h1>
      <FormMessage ok={result.ok} message={result.ok ? result.message : result.errors.form} />
      <Link href="/account" className="inline-block font-sans underline underline-offset-4">
        Back to your account
      </Link>
    </div>
  );
}
