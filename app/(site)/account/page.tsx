import type { Metadata } from "next";
import {
  DeleteAccountForm,
  EmailChangeForm,
  NameForm,
  PasswordForm,
} from "@/components/account/account-forms";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requirePermission("account:manage", "/account");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Your account</h1>
      <p className="mt-2 mb-6 font-sans text-sm text-stone-700">
        Signed in as {user.name} ({user.email}).
      </p>
      <NameForm name={user.name} />
      <EmailChangeForm email={user.email} />
      <PasswordForm />
      <DeleteAccountForm />
    </div>
  );
}
