"use server";

import { redirect } from "next/navigation";
import { savePlan, setPlanRetired } from "@/lib/admin/manage-plans";
import { PLAN_FIELDS } from "@/lib/admin/plan-fields";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";

/** Creates or updates a plan; /subscribe and every page offering plans are refreshed. */
export async function savePlanAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const id = String(formData.get("id") ?? "") || null;
  const values = formValues(formData, [...PLAN_FIELDS]);
  let created: string | null = null;
  try {
    const result = await savePlan(db, actor, {
      id,
      values: { ...values, includesPrint: formData.get("includesPrint") === "true" },
    });
    if (!result.ok) return { ok: false, errors: result.errors, values };
    revalidateSite();
    if (!id) created = result.id;
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
  if (created) redirect(`/admin/plans/${created}?notice=Plan+created.`);
  return { ok: true, message: "Plan saved. New subscribers get these terms." };
}

export async function retirePlanAction(formData: FormData) {
  const actor = await getCurrentUser();
  const planId = String(formData.get("planId") ?? "");
  const retired = formData.get("retired") === "true";
  let outcome: string;
  try {
    const { changed } = await setPlanRetired(db, actor, { planId, retired });
    if (changed) revalidateSite();
    outcome = `notice=${encodeURIComponent(
      !changed
        ? "Nothing to change."
        : retired
          ? "Plan retired: it is no longer offered."
          : "Plan offered again.",
    )}`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${encodeURIComponent(error.message)}`;
  }
  redirect(`/admin/plans/${encodeURIComponent(planId)}?${outcome}`);
}
