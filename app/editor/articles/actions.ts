"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { changeStatus, createDraft, restoreRevision } from "@/lib/articles/newsroom";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MailingChoiceSchema } from "@/lib/newsletters/article-mailing";

export async function createDraftAction(formData: FormData) {
  const actor = await getCurrentUser();
  const title = String(formData.get("title") ?? "");
  let id: string;
  try {
    ({ id } = await createDraft(db, actor, { title }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(`/editor/articles/new?error=${encodeURIComponent(error.message)}`);
  }
  redirect(`/editor/articles/${id}`);
}

export type WorkflowResult =
  { ok: true; message: string; status: string; version: number } | { ok: false; message: string };

const DONE: Record<string, string> = {
  IN_REVIEW: "Submitted for review. Editors will see it in their queue.",
  PUBLISHED: "Published. It is on the site now.",
  SCHEDULED: "Scheduled.",
  DRAFT: "Back to draft. It is no longer on the site.",
  ARCHIVED: "Archived. It is no longer on the site.",
};

/** Called by the editor's workflow buttons, after it has saved. */
export async function workflowAction(
  articleId: string,
  to: string,
  scheduledFor?: string,
  email?: string,
): Promise<WorkflowResult> {
  const actor = await getCurrentUser();
  const choice = MailingChoiceSchema.optional().safeParse(email);
  if (!choice.success) return { ok: false, message: choice.error.issues[0]!.message };
  try {
    let change;
    if (to === "SCHEDULED") {
      const at = new Date(scheduledFor ?? "");
      if (Number.isNaN(at.getTime())) return { ok: false, message: "Choose a date and time." };
      change = { to: "SCHEDULED" as const, at, email: choice.data };
    } else if (to === "PUBLISHED") {
      change = { to, email: choice.data } as const;
    } else if (to === "IN_REVIEW" || to === "DRAFT" || to === "ARCHIVED") {
      change = { to } as const;
    } else {
      return { ok: false, message: "That is not a step of the workflow." };
    }
    const result = await changeStatus(db, actor, String(articleId), change);
    if (result.changed && (to === "PUBLISHED" || result.wasPublic)) revalidateSite();
    return {
      ok: true,
      status: result.status,
      version: result.version,
      message:
        (result.changed
          ? to === "SCHEDULED"
            ? `Scheduled for ${change.to === "SCHEDULED" ? change.at.toUTCString() : ""}.`
            : DONE[to]!
          : "Nothing to change.") +
        (result.changed && choice.data && choice.data !== "NONE"
          ? to === "SCHEDULED"
            ? " It will be emailed to newsletter readers when it is published."
            : " The email to newsletter readers is on its way."
          : ""),
    };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}

export async function restoreRevisionAction(formData: FormData) {
  const actor = await getCurrentUser();
  const articleId = String(formData.get("articleId") ?? "");
  try {
    const result = await restoreRevision(db, actor, {
      articleId,
      revisionId: String(formData.get("revisionId") ?? ""),
    });
    if (result.published) revalidateSite();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(
      `/editor/articles/${encodeURIComponent(articleId)}/revisions?error=${encodeURIComponent(error.message)}`,
    );
  }
  redirect(`/editor/articles/${encodeURIComponent(articleId)}?restored=1`);
}
