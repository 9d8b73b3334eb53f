"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formFields, formValues, type FormState } from "@/lib/forms/form-state";
import { giftThanksPath, startGiftPurchase } from "@/lib/gifts/buy-gift";
import { GIFT_FIELDS } from "@/lib/gifts/gift-schema";
import { payDemoGift } from "@/lib/gifts/pay-gift";
import { ADDRESS_FIELDS } from "@/lib/subscriptions/address-schema";

export async function startGiftAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, [...GIFT_FIELDS, ...ADDRESS_FIELDS]);
  let target: string;
  try {
    const result = await startGiftPurchase(db, await getCurrentUser(), {
      ...formFields(formData, GIFT_FIELDS),
      address: formFields(formData, ADDRESS_FIELDS),
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

export async function payGiftAction(_state: FormState, formData: FormData): Promise<FormState> {
  // The card number and CVC are never sent back to the browser.
  const values = formValues(formData, ["cardName", "expiry"]);
  const giftId = String(formData.get("gift") ?? "");
  try {
    const result = await payDemoGift(db, {
      giftId,
      token: formData.get("token"),
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
  redirect(giftThanksPath(giftId));
}
