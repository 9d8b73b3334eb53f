"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { unsubscribe } from "@/lib/newsletters/unsubscribe";

/** The page's button. The signed link is the proof: no session is needed, or asked for. */
export async function unsubscribeAction(formData: FormData) {
  const token = String(formData.get("token") ?? "");
  const result = await unsubscribe(db, token);
  redirect(
    `/newsletters/unsubscribe?token=${encodeURIComponent(token)}${result.ok ? "&done=1" : ""}`,
  );
}
