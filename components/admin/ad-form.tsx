"use client";

import { useActionState } from "react";
import { FormField, FormMessage, SubmitButton } from "@/components/ui/form-field";
import type { AD_FIELDS, AdFormValues } from "@/lib/admin/ad-fields";
import type { FormState } from "@/lib/forms/form-state";
import { CheckboxField, SelectField, TextAreaField } from "./form-controls";

/** Create or edit a house ad; on a refusal the form shows what was typed, with the reasons. */
export function AdForm({
  action,
  initial,
  adId,
  images,
  submitLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: AdFormValues;
  adId?: string;
  images: { id: string; label: string }[];
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const values: AdFormValues = state.values ?? initial;
  const value = (name: (typeof AD_FIELDS)[number]) => values[name] ?? "";
  const id = (name: string) => `${idPrefix}-${name}`;
  const error = (name: string) => state.errors?.[name];
  const text = (
    name: (typeof AD_FIELDS)[number],
    label: string,
    extra: { hint?: string; maxLength?: number; type?: string } = {},
  ) => (
    <FormField
      id={id(name)}
      label={label}
      name={name}
      {...extra}
      defaultValue={value(name)}
      key={`${name}-${value(name)}`}
      error={error(name)}
    />
  );
  return (
    <form action={formAction} className="space-y-4 font-sans" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {adId && <input type="hidden" name="id" value={adId} />}
      {text("name", "Name", { maxLength: 80, hint: "For you; readers never see it." })}
      {text("headline", "Headline", { maxLength: 120 })}
      <TextAreaField
        id={id("body")}
        name="body"
        label="Text"
        maxLength={400}
        defaultValue={value("body")}
        error={error("body")}
      />
      {text("linkUrl", "Link", {
        maxLength: 500,
        hint: "https://… or a page of this site such as /subscribe.",
      })}
      {text("linkLabel", "Link label", { maxLength: 40, hint: "Empty: “Learn more”." })}
      <SelectField
        id={id("imageId")}
        name="imageId"
        label="Image from the media library"
        defaultValue={value("imageId")}
        error={error("imageId")}
        options={[
          { value: "", label: "No image" },
          ...images.map((image) => ({ value: image.id, label: image.label })),
        ]}
      />
      <FormField
        id={id("image")}
        label="Or upload a new image (JPEG, PNG, WebP or GIF)"
        name="image"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        error={error("image")}
      />
      <SelectField
        id={id("placement")}
        name="placement"
        label="Placement"
        defaultValue={value("placement") || "FRONT_PAGE"}
        error={error("placement")}
        options={[
          { value: "FRONT_PAGE", label: "Front page" },
          { value: "ARTICLE", label: "Articles" },
        ]}
      />
      {text("startsOn", "First day", { type: "date", hint: "Empty: from now. Days are in UTC." })}
      {text("endsOn", "Last day", {
        type: "date",
        hint: "Empty: no end. The ad runs through this day.",
      })}
      <CheckboxField
        id={id("active")}
        name="active"
        label="On (shown to readers without a subscription)"
        checked={value("active") === "true"}
      />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
