import { FormField } from "@/components/ui/form-field";

/**
 * The demo provider's card fields (Stripe's test cards; the rules are
 * lib/subscriptions/demo-cards.ts), for a subscription's checkout and a gift's. The card
 * number and security code are never sent back into the form after an error.
 */
export function DemoCardFields({
  state,
}: {
  state: {
    values?: Partial<Record<"cardName" | "expiry", string>>;
    errors?: Partial<Record<"cardName" | "cardNumber" | "expiry" | "cvc", string>>;
  };
}) {
  return (
    <>
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
    </>
  );
}
