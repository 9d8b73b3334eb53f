import { readWebStream } from "../files/private-files";
import { jsonResponse } from "./json-responses";

/**
 * Content types an HTML form can send to another site without a CORS preflight. A file
 * upload to our newsroom endpoints must come as the raw file with any other type (the
 * editor's own script sends the file's type), so a cross-site form cannot forge one even
 * if a browser were to send the session cookie along.
 */
const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/**
 * The body of a raw file upload (the file itself, not a multipart form) as a stream, so
 * a large narration or PDF goes to disk as it arrives instead of being held in memory;
 * or the answer that refuses it before a byte is read.
 */
export function rawUploadBody(
  request: Request,
  limit: { maxBytes: number; tooLarge: string },
): { body: AsyncIterable<Uint8Array> } | { refused: Response } {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!type || FORM_TYPES.includes(type))
    return {
      refused: jsonResponse(
        { ok: false, error: "Send the file itself as the request body, with its type." },
        415,
      ),
    };
  // Only a hint (it can be absent or wrong); the storage counts the real bytes.
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > limit.maxBytes)
    return { refused: jsonResponse({ ok: false, error: limit.tooLarge }, 413) };
  if (!request.body)
    return { refused: jsonResponse({ ok: false, error: "The file is empty." }, 422) };
  return { body: readWebStream(request.body) };
}
