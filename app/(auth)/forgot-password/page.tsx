import type { Metadata } from "next";
import { EmailForm } from "@/components/account/email-form";
import { forgotPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Forgot your password?</h1>
      <p className="mt-2 mb-6 font-sans text-sm text-stone-700">
        Enter the email address of your account and we will send you a link to choose a new
        password.
      </p>
      <EmailForm action={forgotPasswordAction} submitLabel="Send reset link" />
    </>
  );
}
