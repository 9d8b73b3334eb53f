"use server";

import { redirect } from "next/navigation";
import { AD_FIELDS } from "@/lib/admin/ad-fields";
import { deleteHouseAd, saveHouseAd, setHouseAdActive } from "@/lib/admin/manage-house-ads";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { saveFromForm } from "@/lib/forms/save-from-form";
import { mediaStorage } from "@/lib/media/storage";
import { uploadImage } from "@/lib/media/upload-image";

/**
 * Creates or updates an ad. Ads appear in cached pages (front page, articles), so the
 * whole site is refreshed after a change.
 */
export async function saveAdAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const id = String(formData.get("id") ?? "") || null;
  const values = formValues(formData, [...AD_FIELDS]);
  const file = formData.get("image");
  return saveFromForm({
    values,
    id,
    save: () =>
      saveHouseAd(db, actor, {
        id,
        values: { ...values, active: formData.get("active") === "true" },
        upload:
          file instanceof File && file.size > 0
            ? async () =>
                uploadImage(db, mediaStorage, actor, {
                  bytes: new Uint8Array(await file.arrayBuffer()),
                  details: { alt: values.headline ?? "" },
                })
            : undefined,
      }),
    createdPath: (created) => `/admin/ads/${created}?notice=Ad+created.`,
    savedMessage: "Ad saved.",
  });
}

function back(adId: string | null, outcome: { notice?: string; error?: string }): never {
  const query = new URLSearchParams(outcome as Record<string, string>).toString();
  redirect(`${adId ? `/admin/ads/${encodeURIComponent(adId)}` : "/admin/ads"}?${query}`);
}

export async function toggleAdAction(formData: FormData) {
  const actor = await getCurrentUser();
  const adId = String(formData.get("adId") ?? "");
  const active = formData.get("active") === "true";
  let outcome: { notice?: string; error?: string };
  try {
    const { changed } = await setHouseAdActive(db, actor, { adId, active });
    if (changed) revalidateSite();
    outcome = {
      notice: !changed ? "Nothing to change." : active ? "Ad switched on." : "Ad switched off.",
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = { error: error.message };
  }
  back(formData.get("returnTo") === "list" ? null : adId, outcome);
}

export async function deleteAdAction(formData: FormData) {
  const actor = await getCurrentUser();
  const adId = String(formData.get("adId") ?? "");
  try {
    await deleteHouseAd(db, actor, { adId });
    revalidateSite();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    back(adId, { error: error.message });
  }
  back(null, { notice: "Ad deleted." });
}
