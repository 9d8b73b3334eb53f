import sharp from "sharp";
import type { MediaStorage } from "./storage";

/** Responsive widths every image is stored at (never upscaled past the original). */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

export type StoredImage = {
  key: string;
  width: number;
  height: number;
  variants: string;
  mimeType: string;
};

/** The image was fine, but the storage refused or did not answer (S3 down, disk full). */
export class MediaStoreFailed extends Error {
  constructor(readonly cause: unknown) {
    super("The image's files could not be stored.");
    this.name = "MediaStoreFailed";
  }
}

/**
 * Resizes an image into WebP variants and stores them under `key`. Returns the fields a
 * Media row needs. The input may be any format sharp reads; the output is always WebP.
 */
export async function storeImageVariants(
  storage: MediaStorage,
  key: string,
  input: Buffer,
): Promise<StoredImage> {
  const image = sharp(input, { failOn: "error" }).rotate();
  const raw = await image.metadata();
  if (!raw.width || !raw.height) throw new Error("The image has no dimensions.");
  // metadata() describes the file as stored; .rotate() applies its EXIF orientation, and
  // orientations 5–8 turn it a quarter, swapping width and height.
  const turned = (raw.orientation ?? 1) >= 5;
  const meta = turned
    ? { width: raw.height, height: raw.width }
    : { width: raw.width, height: raw.height };
  const widths = VARIANT_WIDTHS.filter((w) => w < meta.width!);
  widths.push(
    Math.min(
      meta.width,
      VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!,
    ) as (typeof VARIANT_WIDTHS)[number],
  );
  const unique = [...new Set(widths)].sort((a, b) => a - b);
  for (const width of unique) {
    const data = await image
      .clone()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer();
    await storage.put(`${key}/${width}.webp`, data).catch((error: unknown) => {
      throw new MediaStoreFailed(error);
    });
  }
  const largest = unique[unique.length - 1]!;
  return {
    key,
    width: largest,
    height: Math.round((meta.height * largest) / meta.width),
    variants: unique.join(","),
    mimeType: "image/webp",
  };
}
