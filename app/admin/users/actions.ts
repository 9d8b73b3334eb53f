"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeUserRole, setUserDisabled } from "@/lib/users/admin-users";

/** Back to the list the admin was on, with the outcome to show. */
function back(formData: FormData, outcome: { notice?: string; error?: string }): never {
  const target = new URL(
    safeRedirectPath(String(formData.get("returnTo") ?? ""), "/admin/users"),
    "http://x",
  );
  for (const [key, value] of Object.entries(outcome))
    if (value) target.searchParams.set(key, value);
  redirect(`${target.pathname}${target.search}`);
}

async function attempt(formData: FormData, run: () => Promise<{ changed: boolean }>, done: string) {
  let outcome: { notice?: string; error?: string };
  try {
    const result = await run();
    outcome = { notice: result.changed ? done : "Nothing to change." };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = { error: error.message };
  }
  back(formData, outcome);
}

export async function changeRoleAction(formData: FormData) {
  const actor = await getCurrentUser();
  await attempt(
    formData,
    () => changeUserRole(db, actor, { userId: formData.get("userId"), role: formData.get("role") }),
    "Role changed.",
  );
}

export async function setDisabledAction(formData: FormData) {
  const actor = await getCurrentUser();
  const disabled = formData.get("disabled") === "true";
  await attempt(
    formData,
    () => setUserDisabled(db, actor, { userId: formData.get("userId"), disabled }),
    disabled ? "Account disabled." : "Account enabled.",
  );
}
