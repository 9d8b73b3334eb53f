import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { billingPortalUrl } from "@/lib/subscriptions/account-billing";

/** Opens Stripe's Customer Portal (card changes) for the signed-in reader. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(`${siteUrl}/signin?from=/account`, 303);
  const url = await billingPortalUrl(db, user.id, `${siteUrl}/account`);
  return NextResponse.redirect(url ?? `${siteUrl}/account`, 303);
}
