import { getCurrentUser } from "@/lib/auth/current-user";
import { narrationResponse } from "@/lib/articles/narration";
import { db } from "@/lib/db";
import { privateFiles } from "@/lib/files/private-files";

// Per reader, never cached (the access check is the point of this route).
export const dynamic = "force-dynamic";

/** The article's narration for subscribers, with Range support so the player can seek. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getCurrentUser();
  return narrationResponse(db, privateFiles, {
    userId: user?.id ?? null,
    slug,
    range: request.headers.get("range"),
  });
}
