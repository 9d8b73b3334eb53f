"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { deleteTag, deleteTopic, saveTag, saveTopic } from "@/lib/taxonomy/manage-taxonomy";

const TOPIC_FIELDS = ["name", "slug", "description", "position"];
const TAG_FIELDS = ["name", "slug"];

async function guarded(run: () => Promise<FormState>, formData: FormData, fields: string[]) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, message: error.message, values: formValues(formData, fields) };
    throw error;
  }
}

export async function saveTopicAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return guarded(
    async () => {
      const id = String(formData.get("id") ?? "") || null;
      const result = await saveTopic(db, actor, {
        id,
        values: Object.fromEntries(TOPIC_FIELDS.map((f) => [f, formData.get(f) ?? ""])),
      });
      if (!result.ok)
        return {
          ok: false,
          errors: result.errors,
          values: formValues(formData, TOPIC_FIELDS),
        };
      revalidateSite();
      return { ok: true, message: id ? "Topic saved." : "Topic created." };
    },
    formData,
    TOPIC_FIELDS,
  );
}

export async function deleteTopicAction(formData: FormData) {
  const actor = await getCurrentUser();
  let outcome = "notice=Topic+deleted.";
  try {
    await deleteTopic(db, actor, String(formData.get("id") ?? ""));
    revalidateSite();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${encodeURIComponent(error.message)}`;
  }
  redirect(`/editor/topics?${outcome}`);
}

export async function saveTagAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return guarded(
    async () => {
      const id = String(formData.get("id") ?? "") || null;
      const result = await saveTag(db, actor, {
        id,
        values: Object.fromEntries(TAG_FIELDS.map((f) => [f, formData.get(f) ?? ""])),
      });
      if (!result.ok)
        return { ok: false, errors: result.errors, values: formValues(formData, TAG_FIELDS) };
      revalidateSite();
      return { ok: true, message: id ? "Tag saved." : "Tag created." };
    },
    formData,
    TAG_FIELDS,
  );
}

export async function deleteTagAction(formData: FormData) {
  const actor = await getCurrentUser();
  let outcome = "notice=Tag+deleted.";
  try {
    await deleteTag(db, actor, String(formData.get("id") ?? ""));
    revalidateSite();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${encodeURIComponent(error.message)}`;
  }
  redirect(`/editor/tags?${outcome}`);
}
