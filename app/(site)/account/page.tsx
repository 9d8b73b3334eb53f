import type { Metadata } from "next";
import {
  DeleteAccountForm,
  EmailChangeForm,
  NameForm,
  PasswordForm,
} from "@/components/account/account-forms";
import { BillingSection } from "@/components/account/billing-section";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getAccountBilling } from "@/lib/subscriptions/account-billing";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requirePermission("account:manage", "/account");
  const billing = await getAccountBilling(db, user.id);
  const portalUrl =
    billing.subscription?.live && !billing.subscription.complimentary
      ? await accountPortalUrl(billing.subscription.id)
      : null;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Your account</h1>
      <p className="mt-2 mb-6 font-sans text-sm text-stone-700">
        Signed in as {user.name} ({user.email}).
      </p>
      <BillingSection billing={billing} portalUrl={portalUrl} />
      <NameForm name={user.name} />
      <EmailChangeForm email={user.email} />
      <PasswordForm />
      <DeleteAccountForm />
    </div>
  );
}

/** Stripe's Customer Portal for card changes (opened through a route); the demo has none. */
async function accountPortalUrl(subscriptionId: string) {
  const subscription = await db.subscription.findUnique({
    where: { id: subscriptionId },
    select: { provider: true },
  });
  return subscription?.provider === "stripe" ? "/account/billing-portal" : null;
}
