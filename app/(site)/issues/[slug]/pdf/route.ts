import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { privateFiles } from "@/lib/files/private-files";
import { issuePdfResponse } from "@/lib/issues/issue-pdf";

// Per reader, never cached (the access check is the point of this route).
export const dynamic = "force-dynamic";

/**
 * The issue's PDF for subscribers, as a download. Signed-out readers are sent to sign in
 * and back; signed-in readers without a subscription to the plans (see issuePdfResponse).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getCurrentUser();
  return issuePdfResponse(db, privateFiles, {
    userId: user?.id ?? null,
    slug,
    range: request.headers.get("range"),
  });
}
