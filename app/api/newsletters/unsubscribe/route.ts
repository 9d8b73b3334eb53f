import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { jsonResponse } from "@/lib/http/json-responses";
import { unsubscribe } from "@/lib/newsletters/unsubscribe";

/**
 * The List-Unsubscribe address. Mail apps POST "List-Unsubscribe=One-Click" here
 * (RFC 8058) and the reader is unsubscribed at once, without signing in: the signed token
 * in the address is the proof. Anything else posted is refused, so a form elsewhere
 * cannot pass for a mail app.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  if ((await oneClickField(request)) !== "One-Click")
    return jsonResponse({ ok: false, error: "Expected List-Unsubscribe=One-Click." }, 400);
  const result = await unsubscribe(db, token);
  if (!result.ok)
    return jsonResponse({ ok: false, error: "This unsubscribe link is not valid." }, 404);
  return jsonResponse({ ok: true, message: `Unsubscribed from “${result.newsletterName}”.` });
}

/**
 * The posted "List-Unsubscribe" field. RFC 8058 asks mail apps for multipart/form-data;
 * some send it urlencoded. formData() reads both; anything unreadable is no field.
 */
async function oneClickField(request: Request): Promise<string | null> {
  const form = await request.formData().catch(() => null);
  const value = form?.get("List-Unsubscribe");
  return typeof value === "string" ? value : null;
}

/** Opened as a link (RFC 2369 clients): show the page with its button; a GET changes nothing. */
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return NextResponse.redirect(
    `${siteUrl}/newsletters/unsubscribe?token=${encodeURIComponent(token)}`,
    303,
  );
}
