"use server";

import { revalidatePath } from "next/cache";
import { cancelSubscriptionAsAdmin } from "@/lib/admin/cancel-subscription";
import { changePlanFromNextPeriod } from "@/lib/admin/change-plan";
import { grantComplimentary } from "@/lib/admin/grant-complimentary";
import { refundPaymentAsAdmin } from "@/lib/admin/refund-payment";
import type { AdminActionResult } from "@/lib/admin/subscription-admin";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";

/** Thin doors onto lib/admin: each lib function checks the permission itself. */
async function run(
  formData: FormData,
  fields: string[],
  call: () => Promise<AdminActionResult>,
): Promise<FormState> {
  const values = formValues(formData, fields);
  try {
    const result = await call();
    if (!result.ok) {
      // Errors about fields the form shows appear beside them; any other (an expired form,
      // a field this page does not render) becomes the form's message, never silence.
      const unshown = Object.entries(result.errors).find(([key]) => !fields.includes(key));
      return { ok: false, errors: result.errors, message: unshown?.[1], values };
    }
    revalidatePath("/admin/subscriptions", "layout");
    return { ok: true, message: result.message };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
}

const field = (formData: FormData, name: string) => formData.get(name) ?? undefined;

export async function grantComplimentaryAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, ["email", "months", "planId"], () =>
    grantComplimentary(db, actor, {
      userId: field(formData, "userId"),
      email: field(formData, "email"),
      planId: field(formData, "planId"),
      months: field(formData, "months"),
      requestId: field(formData, "requestId"),
    }),
  );
}

export async function changePlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, ["planId"], () =>
    changePlanFromNextPeriod(db, actor, {
      subscriptionId: field(formData, "subscriptionId"),
      planId: field(formData, "planId"),
    }),
  );
}

export async function cancelAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, [], () =>
    cancelSubscriptionAsAdmin(db, actor, {
      subscriptionId: field(formData, "subscriptionId"),
      when: field(formData, "when"),
    }),
  );
}

export async function refundAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return run(formData, ["amount", "reason"], () =>
    refundPaymentAsAdmin(db, actor, {
      subscriptionId: field(formData, "subscriptionId"),
      paymentId: field(formData, "paymentId"),
      amount: field(formData, "amount"),
      reason: field(formData, "reason"),
      requestId: field(formData, "requestId"),
    }),
  );
}
