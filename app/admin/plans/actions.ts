"use server";

import { redirect } from "next/navigation";
import { savePlan, setPlanRetired } from "@/lib/admin/manage-plans";
import { PLAN_FIELDS } from "@/lib/admin/plan-fields";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { saveFromForm } from "@/lib/forms/save-from-form";

/** Creates or updates a plan; /subscribe and every page offering plans are refreshed. */
export async function savePlanAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const id = String(formData.get("id") ?? "") || null;
  const values = formValues(formData, [...PLAN_FIELDS]);
  return saveFromForm({
    values,
    id,
    save: () =>
      savePlan(db, actor, {
        id,
        values: { ...values, includesPrint: formData.get("includesPrint") === "true" },
      }),
    createdPath: (created) => `/admin/plans/${created}?notice=Plan+created.`,
    savedMessage: "Plan saved. New subscribers get these terms.",
  });
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
