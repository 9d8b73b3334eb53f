import Link from "next/link";

/**
 * The Listen player as non-subscribers see it: the same header, locked, with the way in.
 * A server component with no client JavaScript, so it costs the cached public page nothing.
 */
export function LockedListen() {
  return (
    <section
      aria-labelledby="listen-heading"
      className="my-8 border-y border-stone-300 py-4 font-sans text-sm"
    >
      <h2 id="listen-heading" className="text-xs font-bold tracking-widest uppercase">
        Listen to this article
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">
        {/* Drawn, not an emoji: not every system has an emoji font. */}
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 fill-stone-700">
          <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" />
        </svg>
        <span>Every article, read aloud, is part of a subscription.</span>
        <Link
          href="/subscribe"
          className="font-semibold text-red-800 underline underline-offset-4 hover:text-red-900"
        >
          Subscribe to listen
        </Link>
      </p>
    </section>
  );
}
