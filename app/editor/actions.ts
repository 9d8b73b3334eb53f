"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { changeStatus } from "@/lib/articles/newsroom";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The newsroom list's Publish / Unpublish buttons. */
export async function setPublicationAction(formData: FormData) {
  const actor = await getCurrentUser();
  const publish = formData.get("publish") === "true";
  const returnTo = new URL(
    safeRedirectPath(String(formData.get("returnTo") ?? ""), "/editor"),
    "http://x",
  );
  try {
    const result = await changeStatus(db, actor, String(formData.get("articleId") ?? ""), {
      to: publish ? "PUBLISHED" : "DRAFT",
    });
    if (result.changed) revalidateSite();
    returnTo.searchParams.set(
      "notice",
      result.changed
        ? publish
          ? "Published. It is on the site now."
          : "Unpublished. It is back to draft."
        : "Nothing to change.",
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    returnTo.searchParams.set("error", error.message);
  }
  redirect(`${returnTo.pathname}${returnTo.search}`);
}
