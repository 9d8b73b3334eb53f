import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/account/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const token = (await searchParams).token ?? "";
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold">Choose a new password</h1>
      <ResetPasswordForm token={token} />
    </>
  );
}
