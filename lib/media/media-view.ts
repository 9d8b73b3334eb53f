/** What a page needs to draw an image: never the storage internals beyond its key. */
export type MediaView = {
  key: string;
  width: number;
  height: number;
  variants: number[];
  alt: string;
  caption: string;
  credit: string;
};

export const mediaSelect = {
  key: true,
  width: true,
  height: true,
  variants: true,
  alt: true,
  caption: true,
  credit: true,
} as const;

type MediaRow = {
  key: string;
  width: number;
  height: number;
  variants: string;
  alt: string;
  caption: string;
  credit: string;
};

export function toMediaView(row: MediaRow): MediaView;
export function toMediaView(row: MediaRow | null | undefined): MediaView | null;
export function toMediaView(row: MediaRow | null | undefined): MediaView | null {
  if (!row) return null;
  return {
    ...row,
    variants: row.variants
      .split(",")
      .map(Number)
      .filter((width) => Number.isFinite(width) && width > 0),
  };
}

/** Public URL of one stored size; served by app/media/[...path]/route.ts. */
export function mediaUrl(key: string, width: number): string {
  return `/media/${key}/${width}.webp`;
}

export function mediaSrcSet(media: MediaView): string {
  return media.variants.map((width) => `${mediaUrl(media.key, width)} ${width}w`).join(", ");
}

/** The smallest stored size at least `wanted` pixels wide, or the largest there is. */
export function mediaSrc(media: MediaView, wanted: number): string {
  const width =
    media.variants.find((w) => w >= wanted) ??
    media.variants[media.variants.length - 1] ??
    media.width;
  return mediaUrl(media.key, width);
}
