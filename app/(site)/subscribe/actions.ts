"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formFields, formValues, type FormState } from "@/lib/forms/form-state";
import {
  CARD_FIELDS,
  CARD_VALUES_KEPT,
  submitThenRedirect,
} from "@/lib/forms/submit-then-redirect";
import { ADDRESS_FIELDS } from "@/lib/subscriptions/address-schema";
import { startCheckout } from "@/lib/subscriptions/checkout";
import { payDemoCheckout } from "@/lib/subscriptions/demo-checkout";

export async function startCheckoutAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return submitThenRedirect({
    values: formValues(formData, [...ADDRESS_FIELDS, "offerCode"]),
    run: async () =>
      startCheckout(db, await getCurrentUser(), {
        planSlug: formData.get("plan"),
        address: formFields(formData, ADDRESS_FIELDS),
        offerCode: formData.get("offerCode"),
      }),
    to: (result) => result.redirectTo,
    checkMessage: "Check the details below.",
  });
}

export async function payDemoCheckoutAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const checkoutId = String(formData.get("checkout") ?? "");
  return submitThenRedirect({
    values: formValues(formData, CARD_VALUES_KEPT),
    run: async () =>
      payDemoCheckout(db, await getCurrentUser(), {
        checkoutId,
        card: formFields(formData, CARD_FIELDS),
      }),
    to: () => `/subscribe/success?checkout=${encodeURIComponent(checkoutId)}`,
    checkMessage: "Check the card details below.",
  });
}
