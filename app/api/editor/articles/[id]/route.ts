import { getCurrentUser } from "@/lib/auth/current-user";
import { saveArticle } from "@/lib/articles/newsroom";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { db } from "@/lib/db";
import { errorResponse, jsonResponse } from "@/lib/http/json-responses";

type Params = { params: Promise<{ id: string }> };

/** Autosave and explicit save from the article editor: 200 saved, 409 conflict, 422 invalid. */
export async function PUT(request: Request, { params }: Params) {
  const { id } = await params;
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return jsonResponse({ ok: false, error: "The save could not be read (not JSON)." }, 400);
  }
  try {
    const result = await saveArticle(db, await getCurrentUser(), id, input);
    if (!result.ok) return jsonResponse(result, "conflict" in result ? 409 : 422);
    if (result.wasPublished) revalidateSite();
    const { wasPublished: _published, oldSlug: _oldSlug, ...answer } = result;
    return jsonResponse(answer);
  } catch (error) {
    return errorResponse(error);
  }
}
