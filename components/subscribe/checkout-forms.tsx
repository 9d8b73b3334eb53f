"use client";

import { useActionState } from "react";
import { payDemoCheckoutAction, startCheckoutAction } from "@/app/(site)/subscribe/actions";
import { AddressFields } from "@/components/subscribe/address-fields";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";

/** Confirms the plan (and, for print, the address), then goes to the payment page. */
export function StartCheckoutForm({
  planSlug,
  includesPrint,
  savedAddress,
}: {
  planSlug: string;
  includesPrint: boolean;
  savedAddress?: Record<string, string>;
}) {
  const [state, action, pending] = useActionState(startCheckoutAction, {});
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="plan" value={planSlug} />
      {includesPrint && (
        <AddressFields values={state.values ?? savedAddress} errors={state.errors} />
      )}
      <SubmitButton pending={pending}>Continue to payment</SubmitButton>
    </form>
  );
}

/** The demo provider's card form: Stripe's test cards, nothing charged. */
export function DemoCardForm({
  checkoutId,
  amountLabel,
}: {
  checkoutId: string;
  amountLabel: string;
}) {
  const [state, action, pending] = useActionState(payDemoCheckoutAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="checkout" value={checkoutId} />
      <FormField
        label="Name on card"
        name="cardName"
        autoComplete="cc-name"
        defaultValue={state.values?.cardName}
        key={`name-${state.values?.cardName}`}
        error={state.errors?.cardName}
      />
      <FormField
        label="Card number"
        name="cardNumber"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="4242 4242 4242 4242"
        error={state.errors?.cardNumber}
      />
      <div className="grid grid-cols-2 gap-4">
        <FormField
          label="Expiry (MM/YY)"
          name="expiry"
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="04/29"
          defaultValue={state.values?.expiry}
          key={`exp-${state.values?.expiry}`}
          error={state.errors?.expiry}
        />
        <FormField
          label="Security code (CVC)"
          name="cvc"
          inputMode="numeric"
          autoComplete="cc-csc"
          placeholder="123"
          error={state.errors?.cvc}
        />
      </div>
      <SubmitButton pending={pending}>{pending ? "Paying…" : `Pay ${amountLabel}`}</SubmitButton>
    </form>
  );
}
