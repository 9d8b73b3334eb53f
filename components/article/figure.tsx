import { mediaSrc, mediaSrcSet, type MediaView } from "@/lib/media/media-view";

/** A photo with its caption and credit; width and height reserve its space (no layout shift). */
export function Figure({
  media,
  caption,
  credit,
  sizes,
  priority = false,
  className = "",
}: {
  media: MediaView;
  caption?: string;
  credit?: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <figure className={className}>
      {/* eslint-disable-next-line @next/next/no-img-element -- variants are pre-sized by lib/media */}
      <img
        src={mediaSrc(media, 960)}
        srcSet={mediaSrcSet(media)}
        sizes={sizes}
        width={media.width}
        height={media.height}
        alt={media.alt}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        decoding="async"
        className="h-auto w-full bg-stone-200"
      />
      {(caption || credit) && (
        <figcaption className="mt-2 font-sans text-sm leading-snug text-stone-600">
          {caption}
          {credit && (
            <span className="ml-1 text-xs tracking-wide text-stone-500 uppercase">{credit}</span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
