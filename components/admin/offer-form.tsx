"use client";

import { useActionState } from "react";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/form-state";
import type { OFFER_FIELDS } from "@/lib/offers/offer-schema";
import { SelectField } from "./form-controls";

/** Creates an offer; on a refusal the form shows what was typed, with the reasons. */
export function OfferForm({
  action,
  plans,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  plans: { id: string; name: string; price: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? { kind: "PERCENT", duration: "ONCE" };
  const value = (name: (typeof OFFER_FIELDS)[number]) => values[name] ?? "";
  const chosen = new Set((values.planIds ?? "").split(",").filter(Boolean));
  const error = (name: string) => state.errors?.[name];
  const id = (name: string) => `offer-${name}`;
  return (
    <form action={formAction} className="space-y-4 font-sans" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <FormField
        id={id("code")}
        label="Code"
        name="code"
        maxLength={30}
        hint="What readers type at checkout, and the link /subscribe/offer/<code>. Letters, digits and hyphens."
        defaultValue={value("code")}
        key={`code-${value("code")}`}
        error={error("code")}
      />
      <FormField
        id={id("name")}
        label="Name"
        name="name"
        maxLength={80}
        hint="Shown to readers on the offer page."
        defaultValue={value("name")}
        key={`name-${value("name")}`}
        error={error("name")}
      />
      <SelectField
        id={id("kind")}
        name="kind"
        label="Discount"
        defaultValue={value("kind") || "PERCENT"}
        error={error("kind")}
        options={[
          { value: "PERCENT", label: "A percentage off" },
          { value: "AMOUNT", label: "An amount off" },
        ]}
      />
      <div className="grid grid-cols-2 gap-4">
        <FormField
          id={id("percentOff")}
          label="Percent off"
          name="percentOff"
          type="number"
          min={1}
          max={100}
          hint="For a percentage."
          defaultValue={value("percentOff")}
          key={`pct-${value("percentOff")}`}
          error={error("percentOff")}
        />
        <FormField
          id={id("amountOff")}
          label="Amount off (US dollars)"
          name="amountOff"
          inputMode="decimal"
          hint="For an amount."
          defaultValue={value("amountOff")}
          key={`amt-${value("amountOff")}`}
          error={error("amountOff")}
        />
      </div>
      <SelectField
        id={id("duration")}
        name="duration"
        label="Applies to"
        defaultValue={value("duration") || "ONCE"}
        error={error("duration")}
        options={[
          { value: "ONCE", label: "The first payment" },
          { value: "REPEATING", label: "The first few payments" },
          { value: "FOREVER", label: "Every payment" },
        ]}
      />
      <FormField
        id={id("durationPeriods")}
        label="Number of discounted payments"
        name="durationPeriods"
        type="number"
        min={2}
        max={36}
        hint="Only for “the first few payments”."
        defaultValue={value("durationPeriods")}
        key={`periods-${value("durationPeriods")}`}
        error={error("durationPeriods")}
      />
      <FormField
        id={id("expiresOn")}
        label="Last day (optional)"
        name="expiresOn"
        type="date"
        hint="The code works through the end of this day (UTC). Empty: no end."
        defaultValue={value("expiresOn")}
        key={`exp-${value("expiresOn")}`}
        error={error("expiresOn")}
      />
      <FormField
        id={id("maxRedemptions")}
        label="Redemption limit (optional)"
        name="maxRedemptions"
        type="number"
        min={1}
        hint="How many readers may use it. Empty: no limit."
        defaultValue={value("maxRedemptions")}
        key={`max-${value("maxRedemptions")}`}
        error={error("maxRedemptions")}
      />
      <fieldset
        aria-describedby={error("planIds") ? id("planIds-error") : undefined}
        className="space-y-1"
      >
        <legend className="text-sm font-semibold">Plans</legend>
        {plans.map((plan) => (
          <div key={plan.id} className="flex items-center gap-2 text-sm">
            <input
              id={id(`plan-${plan.id}`)}
              type="checkbox"
              name="planIds"
              value={plan.id}
              defaultChecked={chosen.has(plan.id)}
              key={`${plan.id}-${chosen.has(plan.id)}`}
            />
            <label htmlFor={id(`plan-${plan.id}`)}>
              {plan.name} ({plan.price})
            </label>
          </div>
        ))}
        {error("planIds") && (
          <p id={id("planIds-error")} className="mt-1 text-sm text-red-800">
            {error("planIds")}
          </p>
        )}
      </fieldset>
      <SubmitButton pending={pending}>Create offer</SubmitButton>
    </form>
  );
}
