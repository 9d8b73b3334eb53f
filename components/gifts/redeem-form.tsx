"use client";

import Link from "next/link";
import { useActionState } from "react";
import { redeemGiftAction } from "@/app/(site)/gift/redeem/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";

/** The one button that starts a gift subscription on the signed-in account. */
export function RedeemGiftForm({ code, email }: { code: string; email: string }) {
  const [state, action, pending] = useActionState(redeemGiftAction, {});
  return (
    <form action={action} className="space-y-4">
      <FormMessage ok={state.ok} message={state.message} />
      {state.message && (
        <p className="text-sm">
          <Link href="/account" className="underline">
            Go to your account
          </Link>
        </p>
      )}
      <input type="hidden" name="code" value={code} />
      <p className="text-stone-700">
        The subscription starts today on the account <strong>{email}</strong>.
      </p>
      <SubmitButton pending={pending}>{pending ? "Redeeming…" : "Redeem gift"}</SubmitButton>
    </form>
  );
}
