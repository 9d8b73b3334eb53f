"use client";

import { useActionState } from "react";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/form-state";
import type { PLAN_FIELDS, PlanFormValues } from "@/lib/admin/plan-fields";
import { CheckboxField, SelectField, TextAreaField } from "./form-controls";

/** Create or edit a plan; on a refusal the form shows what was typed, with the reasons. */
export function PlanForm({
  action,
  initial,
  planId,
  submitLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: PlanFormValues;
  planId?: string;
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  // After a refusal, what was typed (an unticked box is simply absent); else the plan.
  const values: PlanFormValues = state.values ?? initial;
  const value = (name: (typeof PLAN_FIELDS)[number]) => values[name] ?? "";
  const id = (name: string) => `${idPrefix}-${name}`;
  const error = (name: string) => state.errors?.[name];
  return (
    <form action={formAction} className="space-y-4 font-sans" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {planId && <input type="hidden" name="id" value={planId} />}
      <FormField
        id={id("name")}
        label="Name"
        name="name"
        maxLength={80}
        defaultValue={value("name")}
        key={`name-${value("name")}`}
        error={error("name")}
      />
      <FormField
        id={id("slug")}
        label="Slug"
        name="slug"
        maxLength={60}
        hint="The plan's address: /subscribe/<slug>. Lowercase letters, digits and hyphens."
        defaultValue={value("slug")}
        key={`slug-${value("slug")}`}
        error={error("slug")}
      />
      <TextAreaField
        id={id("description")}
        name="description"
        label="Description"
        maxLength={300}
        defaultValue={value("description")}
        error={error("description")}
      />
      <FormField
        id={id("price")}
        label="Price (US dollars)"
        name="price"
        inputMode="decimal"
        hint="For example 9 or 140.00. New subscribers pay this; existing ones keep their price."
        defaultValue={value("price")}
        key={`price-${value("price")}`}
        error={error("price")}
      />
      <SelectField
        id={id("interval")}
        name="interval"
        label="Billing interval"
        defaultValue={value("interval") || "MONTH"}
        error={error("interval")}
        options={[
          { value: "MONTH", label: "Monthly" },
          { value: "YEAR", label: "Yearly" },
        ]}
      />
      <CheckboxField
        id={id("includesPrint")}
        name="includesPrint"
        label="Includes the printed magazine (asks for a postal address)"
        checked={value("includesPrint") === "true"}
      />
      <TextAreaField
        id={id("features")}
        name="features"
        label="Features"
        rows={6}
        hint="Shown on /subscribe. One per line, at most 12."
        defaultValue={value("features")}
        error={error("features")}
      />
      <FormField
        id={id("position")}
        label="Order"
        name="position"
        type="number"
        min={0}
        max={999}
        hint="Plans are shown from the lowest number to the highest."
        defaultValue={value("position") || "0"}
        key={`position-${value("position")}`}
        error={error("position")}
      />
      <FormField
        id={id("trialDays")}
        label="Free trial (days)"
        name="trialDays"
        type="number"
        min={0}
        max={90}
        hint="0 for none. New subscribers pay nothing until the trial ends, then the plan's price; one trial per reader."
        defaultValue={value("trialDays") || "0"}
        key={`trial-${value("trialDays")}`}
        error={error("trialDays")}
      />
      <FormField
        id={id("stripePriceId")}
        label="Stripe price id (optional)"
        name="stripePriceId"
        maxLength={100}
        hint="Only with Stripe. Empty: checkout describes the price itself."
        defaultValue={value("stripePriceId")}
        key={`stripe-${value("stripePriceId")}`}
        error={error("stripePriceId")}
      />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
