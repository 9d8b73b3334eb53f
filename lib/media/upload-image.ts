import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { AppError, storageUnavailable } from "../errors";
import type { MediaStorage } from "./storage";
import { mediaSelect } from "./media-view";
import { MediaStoreFailed, storeImageVariants } from "./store-image";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The image type told by the file's first bytes, never by its name or the browser's
 * claim. Only the four formats we accept are recognised; SVG (which can carry script),
 * HTML and everything else come back null.
 */
export function sniffImageType(bytes: Uint8Array): "jpeg" | "png" | "gif" | "webp" | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ascii = (from: number, text: string) =>
    [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));
  if (starts(0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "gif";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "webp";
  return null;
}

const DetailsSchema = z.object({
  alt: z.string().trim().max(500, "The alt text is too long (500 characters at most).").default(""),
  caption: z
    .string()
    .trim()
    .max(1000, "The caption is too long (1,000 characters at most).")
    .default(""),
  credit: z
    .string()
    .trim()
    .max(300, "The credit is too long (300 characters at most).")
    .default(""),
});

/**
 * Checks and stores an uploaded image: at most 10 MB, JPEG/PNG/GIF/WebP by content,
 * decodable, then resized into the responsive WebP sizes. Returns the new media row.
 */
export async function uploadImage(
  db: DbClient,
  storage: MediaStorage,
  actor: Actor | null,
  input: { bytes: Uint8Array; details?: unknown },
) {
  assertCan(actor, "media:upload", "Only the newsroom can upload images.");
  if (input.bytes.byteLength === 0) throw new AppError("INVALID", "The file is empty.");
  if (input.bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new AppError("INVALID", "The image is larger than 10 MB. Export a smaller one.");
  if (!sniffImageType(input.bytes))
    throw new AppError(
      "INVALID",
      "Only JPEG, PNG, WebP and GIF images can be uploaded (this file is not one of them, whatever its name).",
    );
  const details = DetailsSchema.safeParse(input.details ?? {});
  if (!details.success) throw new AppError("INVALID", details.error.issues[0]!.message);

  const key = `uploads/${new Date().toISOString().slice(0, 7)}/${randomBytes(8).toString("hex")}`;
  let stored;
  try {
    stored = await storeImageVariants(storage, key, Buffer.from(input.bytes));
  } catch (error) {
    await storage.remove(key).catch(() => undefined);
    if (error instanceof MediaStoreFailed) {
      console.error(`Storing the image ${key} failed:`, error.cause);
      throw storageUnavailable("The image");
    }
    throw new AppError(
      "INVALID",
      "This image could not be read. It may be damaged; try another file.",
    );
  }
  try {
    return await db.media.create({
      data: { ...stored, ...details.data, uploadedById: actor.id },
      select: { id: true, ...mediaSelect },
    });
  } catch (error) {
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/** The media library, newest first, one page at a time. */
export async function listMedia(db: DbClient, actor: Actor | null, input: { page?: number } = {}) {
  assertCan(actor, "media:upload", "Only the newsroom can browse the media library.");
  const PAGE = 24;
  const page = Math.max(1, Math.min(10_000, Math.floor(input.page ?? 1)));
  const [total, items] = await Promise.all([
    db.media.count(),
    db.media.findMany({
      select: { id: true, ...mediaSelect },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
    }),
  ]);
  return { items, page, total, totalPages: Math.max(1, Math.ceil(total / PAGE)) };
}
