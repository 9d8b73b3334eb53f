"use server";

import { db } from "@/lib/db";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { requestMagicLink } from "@/lib/users/magic-link";
import { requestPasswordReset, resetPassword } from "@/lib/users/password-reset";
import { signUp } from "@/lib/users/sign-up";

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email"]);
  const result = await signUp(db, {
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
    newsletters: formData.getAll("newsletters").map(String),
  });
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors,
      values: { ...values, newsletters: formData.getAll("newsletters").map(String).join(",") },
      message: "Please correct the highlighted fields.",
    };
  return { ok: true, values: { ...values, email: result.email } };
}

const RESET_SENT =
  "If an account uses that address, we have sent it a link to reset the password. The link works once, for an hour.";

export async function forgotPasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const result = await requestPasswordReset(db, formData.get("email"));
  if (!result.ok) return { ok: false, errors: result.errors, values };
  return { ok: true, message: RESET_SENT, values };
}

export async function resetPasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await resetPassword(db, {
    token: formData.get("token"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!result.ok) return { ok: false, errors: result.errors, message: result.errors.form };
  return { ok: true, message: "Your password was changed. You can sign in with it now." };
}

export async function magicLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  await requestMagicLink(formData.get("email"));
  return {
    ok: true,
    message: "If an account uses that address, we have sent it a sign-in link.",
    values: formValues(formData, ["email"]),
  };
}
