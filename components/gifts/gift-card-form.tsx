"use client";

import { useActionState } from "react";
import { payGiftAction } from "@/app/(site)/subscribe/gift/actions";
import { DemoCardFields } from "@/components/subscribe/demo-card-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";

/** The demo provider's card form for a gift (the rules are lib/subscriptions/demo-cards.ts). */
export function GiftCardForm({
  giftId,
  token,
  amountLabel,
}: {
  giftId: string;
  token: string;
  amountLabel: string;
}) {
  const [state, action, pending] = useActionState(payGiftAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="gift" value={giftId} />
      <input type="hidden" name="token" value={token} />
      <DemoCardFields state={state} />
      <SubmitButton pending={pending}>{pending ? "Paying…" : `Pay ${amountLabel}`}</SubmitButton>
    </form>
  );
}
