"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formFields, formValues, type FormState } from "@/lib/forms/form-state";
import { ADDRESS_FIELDS } from "@/lib/subscriptions/address-schema";
import { startCheckout } from "@/lib/subscriptions/checkout";
import { payDemoCheckout } from "@/lib/subscriptions/demo-checkout";

export async function startCheckoutAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData, [...ADDRESS_FIELDS, "offerCode"]);
  let target: string;
  try {
    const result = await startCheckout(db, await getCurrentUser(), {
      planSlug: formData.get("plan"),
      address: formFields(formData, ADDRESS_FIELDS),
      offerCode: formData.get("offerCode"),
    });
    if (!result.ok)
      return {
        ok: false,
        errors: result.errors,
        message: result.errors.form ?? "Check the details below.",
        values,
      };
    target = result.redirectTo;
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
  redirect(target);
}

const CARD_FIELDS = ["cardName", "cardNumber", "expiry", "cvc"];

export async function payDemoCheckoutAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  // The card number and CVC are never sent back to the browser.
  const values = formValues(formData, ["cardName", "expiry"]);
  const checkoutId = String(formData.get("checkout") ?? "");
  try {
    const result = await payDemoCheckout(db, await getCurrentUser(), {
      checkoutId,
      card: formFields(formData, CARD_FIELDS),
    });
    if (!result.ok)
      return {
        ok: false,
        errors: result.errors,
        message: result.errors.form ?? "Check the card details below.",
        values,
      };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
  redirect(`/subscribe/success?checkout=${encodeURIComponent(checkoutId)}`);
}
