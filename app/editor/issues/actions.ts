"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { saveFromForm } from "@/lib/forms/save-from-form";
import { changeIssueContents, saveIssue } from "@/lib/issues/manage-issues";
import { mediaStorage } from "@/lib/media/storage";
import { uploadImage } from "@/lib/media/upload-image";

const FIELDS = ["title", "slug", "volume", "number", "publishedOn", "description"];

/** Creates or updates an issue; a chosen cover file is checked and stored first. */
export async function saveIssueAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const id = String(formData.get("id") ?? "") || null;
  const values = formValues(formData, FIELDS);
  const cover = formData.get("cover");
  return saveFromForm({
    values,
    id,
    save: async () => {
      let coverId: string | undefined;
      if (cover instanceof File && cover.size > 0) {
        const media = await uploadImage(db, mediaStorage, actor, {
          bytes: new Uint8Array(await cover.arrayBuffer()),
          details: { alt: `Cover of ${values.title ?? "the issue"}` },
        });
        coverId = media.id;
      }
      return saveIssue(db, actor, {
        id,
        coverId,
        values: { ...values, published: formData.get("published") === "true" },
        emailContents: formData.get("emailContents") === "true",
      });
    },
    createdPath: (created) => `/editor/issues/${created}?notice=Issue+created.`,
    savedMessage: "Issue saved.",
  });
}

export async function issueContentsAction(formData: FormData) {
  const actor = await getCurrentUser();
  const issueId = String(formData.get("issueId") ?? "");
  const op = String(formData.get("op") ?? "");
  let outcome = "";
  try {
    if (op !== "add" && op !== "remove" && op !== "up" && op !== "down")
      throw new AppError("INVALID", "That is not a change to the contents.");
    await changeIssueContents(db, actor, {
      issueId,
      articleId: String(formData.get("articleId") ?? ""),
      op,
    });
    revalidateSite();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `?error=${encodeURIComponent(error.message)}`;
  }
  redirect(`/editor/issues/${encodeURIComponent(issueId)}${outcome}#contents`);
}
