"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { db } from "@/lib/db";
import { setPublication } from "@/lib/editor/publication";
import { AppError } from "@/lib/errors";

export async function setPublicationAction(formData: FormData) {
  const actor = await getCurrentUser();
  const returnTo = new URL(
    safeRedirectPath(String(formData.get("returnTo") ?? ""), "/editor"),
    "http://x",
  );
  try {
    const result = await setPublication(db, actor, {
      articleId: formData.get("articleId"),
      publish: formData.get("publish") === "true",
    });
    if (result.changed) {
      // The article appears on (or leaves) the front page, lists, topic and author pages,
      // issues, search and feeds; publishing is rare, so refresh every cached page.
      revalidatePath("/", "layout");
    }
    returnTo.searchParams.set(
      "notice",
      result.changed
        ? `“${result.title}” is ${formData.get("publish") === "true" ? "published" : "unpublished"}.`
        : "Nothing to change.",
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    returnTo.searchParams.set("error", error.message);
  }
  redirect(`${returnTo.pathname}${returnTo.search}`);
}
