import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { errorResponse, jsonResponse } from "@/lib/http/json-responses";
import { mediaStorage } from "@/lib/media/storage";
import { listMedia, MAX_UPLOAD_BYTES, uploadImage } from "@/lib/media/upload-image";
import { toMediaView } from "@/lib/media/media-view";

/** The media library, a page at a time. */
export async function GET(request: Request) {
  const page = Number(new URL(request.url).searchParams.get("page") ?? "1");
  try {
    const result = await listMedia(db, await getCurrentUser(), {
      page: Number.isFinite(page) ? page : 1,
    });
    return jsonResponse({
      ...result,
      items: result.items.map((item) => ({ id: item.id, ...toMediaView(item) })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Upload one image (multipart field `file`, with optional alt, caption and credit). */
export async function POST(request: Request) {
  const actor = await getCurrentUser();
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_UPLOAD_BYTES + 64 * 1024)
    return jsonResponse({ ok: false, error: "The image is larger than 10 MB." }, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonResponse({ ok: false, error: "Send the image as a file upload." }, 400);
  }
  const file = form.get("file");
  if (!(file instanceof File))
    return jsonResponse({ ok: false, error: "Choose an image file to upload." }, 422);
  try {
    const media = await uploadImage(db, mediaStorage, actor, {
      bytes: new Uint8Array(await file.arrayBuffer()),
      details: {
        alt: form.get("alt") ?? "",
        caption: form.get("caption") ?? "",
        credit: form.get("credit") ?? "",
      },
    });
    return jsonResponse({ ok: true, media: { id: media.id, ...toMediaView(media) } }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}
