"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formFields, formValues, type FormState } from "@/lib/forms/form-state";
import {
  CARD_FIELDS,
  CARD_VALUES_KEPT,
  submitThenRedirect,
} from "@/lib/forms/submit-then-redirect";
import { giftThanksPath, startGiftPurchase } from "@/lib/gifts/buy-gift";
import { GIFT_FIELDS } from "@/lib/gifts/gift-schema";
import { payDemoGift } from "@/lib/gifts/pay-gift";
import { ADDRESS_FIELDS } from "@/lib/subscriptions/address-schema";

export async function startGiftAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submitThenRedirect({
    values: formValues(formData, [...GIFT_FIELDS, ...ADDRESS_FIELDS]),
    run: async () =>
      startGiftPurchase(db, await getCurrentUser(), {
        ...formFields(formData, GIFT_FIELDS),
        address: formFields(formData, ADDRESS_FIELDS),
      }),
    to: (result) => result.redirectTo,
    checkMessage: "Check the details below.",
  });
}

export async function payGiftAction(_state: FormState, formData: FormData): Promise<FormState> {
  const giftId = String(formData.get("gift") ?? "");
  return submitThenRedirect({
    values: formValues(formData, CARD_VALUES_KEPT),
    run: () =>
      payDemoGift(db, {
        giftId,
        token: formData.get("token"),
        card: formFields(formData, CARD_FIELDS),
      }),
    to: () => giftThanksPath(giftId),
    checkMessage: "Check the card details below.",
  });
}
