"use client";

import { useActionState } from "react";
import { payDemoCheckoutAction, startCheckoutAction } from "@/app/(site)/subscribe/actions";
import { AddressFields } from "@/components/subscribe/address-fields";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import { DemoCardFields } from "./demo-card-fields";

/** Confirms the plan (and, for print, the address), then goes to the payment page. */
export function StartCheckoutForm({
  planSlug,
  offerCode,
  offerError,
  includesPrint,
  savedAddress,
}: {
  planSlug: string;
  offerCode?: string;
  /** why the code brought by an offer link cannot be used, shown beside the field */
  offerError?: string;
  includesPrint: boolean;
  savedAddress?: Record<string, string>;
}) {
  const [state, action, pending] = useActionState(startCheckoutAction, {});
  const code = state.values?.offerCode ?? offerCode ?? "";
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="plan" value={planSlug} />
      {includesPrint && (
        <AddressFields values={state.values ?? savedAddress} errors={state.errors} />
      )}
      <FormField
        label="Offer code (optional)"
        name="offerCode"
        autoComplete="off"
        maxLength={40}
        defaultValue={code}
        key={`offer-${code}`}
        error={state.errors?.offerCode ?? (state.values ? undefined : offerError)}
      />
      <SubmitButton pending={pending}>Continue to payment</SubmitButton>
    </form>
  );
}

/** The demo provider's card form: Stripe's test cards, nothing charged. */
export function DemoCardForm({
  checkoutId,
  submitLabel,
}: {
  checkoutId: string;
  /** "Pay $90", or "Start free trial" */
  submitLabel: string;
}) {
  const [state, action, pending] = useActionState(payDemoCheckoutAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="checkout" value={checkoutId} />
      <DemoCardFields state={state} />
      <SubmitButton pending={pending}>{pending ? "Please wait…" : submitLabel}</SubmitButton>
    </form>
  );
}
