import type { Metadata } from "next";
import {
  DeleteAccountForm,
  EmailChangeForm,
  NameForm,
  PasswordForm,
} from "@/components/account/account-forms";
import { BillingSection } from "@/components/account/billing-section";
import { NewslettersForm } from "@/components/account/newsletters-form";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { newsletterChoices } from "@/lib/newsletters/newsletters";
import { getAccountBilling } from "@/lib/subscriptions/account-billing";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requirePermission("account:manage", "/account");
  const billing = await getAccountBilling(db, user.id);
  const newsletters = await newsletterChoices(db, user.id);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Your account</h1>
      <p className="mt-2 mb-6 font-sans text-sm text-stone-700">
        Signed in as {user.name} ({user.email}).
      </p>
      <BillingSection billing={billing} />
      <NewslettersForm choices={newsletters} />
      <NameForm name={user.name} />
      <EmailChangeForm email={user.email} />
      <PasswordForm />
      <DeleteAccountForm />
    </div>
  );
}
