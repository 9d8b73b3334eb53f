import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * Who is signed in, for the masthead's account corner. Read from the database rather
 * than the session token, so a new name or role shows at once and a disabled account
 * stops looking signed in.
 */
export async function GET() {
  const user = await getCurrentUser();
  return NextResponse.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
