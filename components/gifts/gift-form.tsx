"use client";

import { useActionState, useState } from "react";
import { startGiftAction } from "@/app/(site)/subscribe/gift/actions";
import { AddressFields } from "@/components/subscribe/address-fields";
import { FormField, FormMessage, LabelledField, SubmitButton } from "@/components/ui/form-field";
import { GIFT_MONTHS, type GiftOption } from "@/lib/gifts/gift-offers";
import { MESSAGE_MAX } from "@/lib/gifts/gift-schema";
import { formatMoney } from "@/lib/subscriptions/money";

/** The gift: what, how long, for whom, when, from whom; then payment. */
export function GiftForm({
  options,
  buyer,
  today,
}: {
  options: GiftOption[];
  buyer?: { name: string; email: string };
  today: string;
}) {
  const [state, action, pending] = useActionState(startGiftAction, {});
  const values = state.values;
  // The chosen gift decides the prices shown and whether a postal address is asked for;
  // after a refused submission it starts from what was sent. The radios are uncontrolled
  // (defaultChecked follows the choice): React resets a form after its action runs, and a
  // reset returns each radio to its default.
  const [planSlug, setPlanSlug] = useState(values?.plan ?? options[0]?.planSlug ?? "");
  const [months, setMonths] = useState(values?.months ?? "12");
  const [sent, setSent] = useState(values);
  if (values !== sent) {
    setSent(values);
    if (values?.plan) setPlanSlug(values.plan);
    if (values?.months) setMonths(values.months);
  }
  const option = options.find((o) => o.planSlug === planSlug);
  const price =
    option && (GIFT_MONTHS as readonly number[]).includes(Number(months))
      ? formatMoney(option.prices[Number(months) as 3 | 6 | 12], option.currency)
      : null;
  const errors = state.errors ?? {};

  return (
    <form action={action} className="space-y-8" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <fieldset aria-describedby={errors.plan ? "gift-plan-error" : undefined}>
        <legend className="font-serif text-xl font-bold">What to give</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {options.map((o) => (
            <label
              key={o.planSlug}
              className="flex cursor-pointer items-start gap-3 border border-stone-400 p-3 has-checked:border-stone-900 has-checked:bg-stone-100"
            >
              <input
                type="radio"
                name="plan"
                value={o.planSlug}
                defaultChecked={planSlug === o.planSlug}
                onChange={() => setPlanSlug(o.planSlug)}
                className="mt-1"
              />
              <span>
                <span className="block font-semibold">{o.label}</span>
                <span className="block text-sm text-stone-700">
                  {o.includesPrint
                    ? "Everything online, and the printed magazine mailed to them"
                    : "Every article, issue and recording online"}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.plan && (
          <p id="gift-plan-error" className="mt-1 text-sm text-red-800">
            {errors.plan}
          </p>
        )}
      </fieldset>

      <fieldset aria-describedby={errors.months ? "gift-months-error" : undefined}>
        <legend className="font-serif text-xl font-bold">How long</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {GIFT_MONTHS.map((m) => (
            <label
              key={m}
              className="flex cursor-pointer items-center gap-2 border border-stone-400 px-3 py-2 has-checked:border-stone-900 has-checked:bg-stone-100"
            >
              <input
                type="radio"
                name="months"
                value={String(m)}
                defaultChecked={months === String(m)}
                onChange={() => setMonths(String(m))}
              />
              {m} months
              {option && (
                <span className="text-stone-700">
                  ({formatMoney(option.prices[m], option.currency)})
                </span>
              )}
            </label>
          ))}
        </div>
        {errors.months && (
          <p id="gift-months-error" className="mt-1 text-sm text-red-800">
            {errors.months}
          </p>
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-xl font-bold">Who it is for</legend>
        <FormField
          label="Their name"
          name="recipientName"
          autoComplete="off"
          defaultValue={values?.recipientName}
          key={`rn-${values?.recipientName}`}
          error={errors.recipientName}
        />
        <FormField
          label="Their email"
          name="recipientEmail"
          type="email"
          autoComplete="off"
          hint="We email the gift here; they can start it on any account."
          defaultValue={values?.recipientEmail}
          key={`re-${values?.recipientEmail}`}
          error={errors.recipientEmail}
        />
        <LabelledField
          id="gift-message"
          label="Your message (optional)"
          hint={`Up to ${MESSAGE_MAX} characters, sent with the gift.`}
          error={errors.message}
        >
          <textarea
            id="gift-message"
            name="message"
            rows={4}
            maxLength={MESSAGE_MAX}
            defaultValue={values?.message}
            key={`msg-${values?.message}`}
            aria-invalid={errors.message ? true : undefined}
            aria-describedby={`gift-message-hint${errors.message ? " gift-message-error" : ""}`}
            className="mt-1 w-full border border-stone-400 bg-white px-3 py-2 text-base"
          />
        </LabelledField>
        <FormField
          label="Delivery date"
          name="deliverOn"
          type="date"
          min={today}
          hint="We email the gift on this day. Leave it empty to send it as soon as you have paid."
          defaultValue={values?.deliverOn}
          key={`d-${values?.deliverOn}`}
          error={errors.deliverOn}
        />
      </fieldset>

      {option?.includesPrint && <AddressFields values={values} errors={errors} />}

      <fieldset className="space-y-4">
        <legend className="font-serif text-xl font-bold">From you</legend>
        <FormField
          label="Your name"
          name="buyerName"
          autoComplete="name"
          hint="Shown to them as who the gift is from."
          defaultValue={values?.buyerName ?? buyer?.name}
          key={`bn-${values?.buyerName}`}
          error={errors.buyerName}
        />
        <FormField
          label="Your email"
          name="buyerEmail"
          type="email"
          autoComplete="email"
          hint="For your receipt."
          defaultValue={values?.buyerEmail ?? buyer?.email}
          key={`be-${values?.buyerEmail}`}
          error={errors.buyerEmail}
        />
      </fieldset>

      <SubmitButton pending={pending}>
        {price ? `Continue to payment (${price})` : "Continue to payment"}
      </SubmitButton>
    </form>
  );
}
