"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formFields, formValues, type FormState } from "@/lib/forms/form-state";
import { updateNewsletters } from "@/lib/newsletters/newsletters";
import { ADDRESS_FIELDS } from "@/lib/subscriptions/address-schema";
import {
  cancelAndRefund,
  cancelAtPeriodEnd,
  resumeSubscription,
  updateAddress,
  type ManageResult,
} from "@/lib/subscriptions/manage-subscription";
import {
  changePassword,
  deleteAccount,
  requestEmailChange,
  updateName,
  type SettingsResult,
} from "@/lib/users/account-settings";

async function run(
  formData: FormData,
  fields: string[],
  call: () => Promise<SettingsResult | ManageResult>,
): Promise<FormState> {
  const values = formValues(formData, fields);
  try {
    const result = await call();
    return result.ok
      ? { ok: true, message: result.message, values }
      : { ok: false, errors: result.errors, message: result.errors.form, values };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
}

export async function updateNameAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, ["name"], () => updateName(db, actor, { name: formData.get("name") }));
}

export async function changeEmailAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, ["email"], () =>
    requestEmailChange(db, actor, { email: formData.get("email") }),
  );
}

export async function changePasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, [], () =>
    changePassword(db, actor, {
      currentPassword: formData.get("currentPassword"),
      password: formData.get("password"),
      confirmPassword: formData.get("confirmPassword"),
    }),
  );
}

export async function deleteAccountAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, ["confirm"], () =>
    deleteAccount(db, actor, {
      password: formData.get("password"),
      confirm: formData.get("confirm"),
    }),
  );
}

/** Subscription changes alter what the whole account page shows: render it again. */
async function refreshed(result: Promise<FormState>): Promise<FormState> {
  const state = await result;
  if (state.ok) revalidatePath("/account");
  return state;
}

export async function cancelSubscriptionAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return refreshed(
    run(formData, [], () => cancelAtPeriodEnd(db, actor, formData.get("subscription"))),
  );
}

export async function resumeSubscriptionAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return refreshed(
    run(formData, [], () => resumeSubscription(db, actor, formData.get("subscription"))),
  );
}

export async function refundSubscriptionAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return refreshed(
    run(formData, [], () => cancelAndRefund(db, actor, formData.get("subscription"))),
  );
}

export async function updateAddressAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, ADDRESS_FIELDS, () =>
    updateAddress(db, actor, formFields(formData, ADDRESS_FIELDS)),
  );
}

export async function updateNewslettersAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  const chosen = formData.getAll("newsletters").map(String);
  const state = await run(formData, [], () =>
    updateNewsletters(db, actor, { newsletters: chosen }),
  );
  // The boxes as ticked, so a refused form shows the choice that was made.
  return { ...state, values: { newsletters: chosen.join(",") } };
}
