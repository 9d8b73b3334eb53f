import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCurrentReader } from "@/lib/subscriptions/current-reader";
import { editionOf } from "@/lib/subscriptions/entitlements";

/**
 * Who is signed in, for the masthead: the account corner's name and menu, and (on pages
 * that exist in no edition) whether to offer a subscription, decided as the edition is.
 * Read from the database rather than the session token, so a new name or role shows at
 * once and a disabled account stops looking signed in.
 */
export async function GET() {
  const [user, reader] = await Promise.all([getCurrentUser(), getCurrentReader()]);
  const subscriber = reader ? editionOf(reader.entitlement) === "subscriber" : false;
  return NextResponse.json(
    { user: user ? { name: user.name, role: user.role, subscriber } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
