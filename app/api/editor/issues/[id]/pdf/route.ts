import { getCurrentUser } from "@/lib/auth/current-user";
import { revalidateSite } from "@/lib/articles/revalidate-site";
import { db } from "@/lib/db";
import { privateFiles } from "@/lib/files/private-files";
import { errorResponse, jsonResponse } from "@/lib/http/json-responses";
import { describeFile } from "@/lib/files/describe-file";
import { rawUploadBody } from "@/lib/http/raw-upload";
import { attachIssuePdf, MAX_PDF_BYTES, removeIssuePdf } from "@/lib/issues/issue-pdf";

type Params = { params: Promise<{ id: string }> };

/**
 * Attach (or replace) an issue's PDF: the file itself as the body. Under /api, not
 * /editor: proxy.ts runs on /editor and would buffer (and cut) a large body, and Server
 * Actions cap bodies at 1 MB.
 */
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  const actor = await getCurrentUser();
  const upload = rawUploadBody(request, {
    maxBytes: MAX_PDF_BYTES,
    tooLarge: "The PDF is larger than 50 MB. Export it with smaller images.",
  });
  if ("refused" in upload) return upload.refused;
  try {
    const result = await attachIssuePdf(db, privateFiles, actor, {
      issueId: id,
      body: upload.body,
    });
    // The cached issue page shows "Download the PDF" only when there is one.
    revalidateSite();
    return jsonResponse(
      { ok: true, file: { label: describeFile("application/pdf", result.size) } },
      201,
    );
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(_request: Request, { params }: Params) {
  const { id } = await params;
  try {
    await removeIssuePdf(db, privateFiles, await getCurrentUser(), { issueId: id });
    revalidateSite();
    return jsonResponse({ ok: true, file: null });
  } catch (error) {
    return errorResponse(error);
  }
}
