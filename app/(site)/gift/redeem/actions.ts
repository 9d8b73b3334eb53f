"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { redeemGift } from "@/lib/gifts/redeem-gift";

export async function redeemGiftAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const result = await redeemGift(db, await getCurrentUser(), { code: formData.get("code") });
    if (!result.ok) return { ok: false, message: result.message };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
  redirect("/gift/redeem/done");
}
