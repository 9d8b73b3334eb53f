import Link from "next/link";
import { mediaSrc } from "@/lib/media/media-view";
import type { HouseAdView } from "@/lib/ads/house-ads";

/** A house ad, labelled as such. Never rendered for readers with an ad-free subscription. */
export function HouseAd({ ad, className = "" }: { ad: HouseAdView; className?: string }) {
  const external = /^https?:\/\//.test(ad.linkUrl);
  return (
    <aside
      aria-label="Advertisement"
      data-house-ad
      className={`border border-stone-300 bg-stone-50 p-5 font-sans ${className}`}
    >
      <p className="text-[10px] font-semibold tracking-widest text-stone-500 uppercase">
        Advertisement
      </p>
      <div className="mt-2 flex gap-4">
        {ad.image && (
          // eslint-disable-next-line @next/next/no-img-element -- variants are pre-sized by lib/media
          <img
            src={mediaSrc(ad.image, 480)}
            width={ad.image.width}
            height={ad.image.height}
            alt={ad.image.alt}
            loading="lazy"
            className="h-20 w-20 flex-none object-cover"
          />
        )}
        <div>
          <p className="font-serif text-lg leading-snug font-bold">{ad.headline}</p>
          {ad.body && <p className="mt-1 text-sm text-stone-700">{ad.body}</p>}
          {external ? (
            <a
              href={ad.linkUrl}
              rel="sponsored noopener"
              className="mt-2 inline-block text-sm font-semibold text-red-800 underline"
            >
              {ad.linkLabel}
            </a>
          ) : (
            <Link
              href={ad.linkUrl}
              className="mt-2 inline-block text-sm font-semibold text-red-800 underline"
            >
              {ad.linkLabel}
            </Link>
          )}
        </div>
      </div>
    </aside>
  );
}
