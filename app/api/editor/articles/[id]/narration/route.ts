import { getCurrentUser } from "@/lib/auth/current-user";
import { MAX_NARRATION_BYTES, removeNarration, uploadNarration } from "@/lib/articles/narration";
import { db } from "@/lib/db";
import { privateFiles } from "@/lib/files/private-files";
import { errorResponse, jsonResponse } from "@/lib/http/json-responses";
import { describeFile } from "@/lib/files/describe-file";
import { rawUploadBody } from "@/lib/http/raw-upload";

type Params = { params: Promise<{ id: string }> };

/**
 * Upload (or replace) an article's narration: the MP3/M4A file itself as the body.
 * Under /api, not /editor: proxy.ts runs on /editor and would buffer (and cut) the body.
 */
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  const actor = await getCurrentUser();
  const upload = rawUploadBody(request, {
    maxBytes: MAX_NARRATION_BYTES,
    tooLarge: "The narration is larger than 100 MB. Export it at a lower bitrate.",
  });
  if ("refused" in upload) return upload.refused;
  try {
    const result = await uploadNarration(db, privateFiles, actor, {
      articleId: id,
      body: upload.body,
    });
    return jsonResponse({ ok: true, file: { label: describeFile(result.type, result.size) } }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(_request: Request, { params }: Params) {
  const { id } = await params;
  try {
    await removeNarration(db, privateFiles, await getCurrentUser(), {
      articleId: id,
    });
    return jsonResponse({ ok: true, file: null });
  } catch (error) {
    return errorResponse(error);
  }
}
