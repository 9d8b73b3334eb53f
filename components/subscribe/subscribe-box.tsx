import Link from "next/link";

const INCLUDED = [
  "24 issues a year",
  "Optional print edition",
  "Digital edition access",
  "Subscriber-only articles",
  "Audio for every article",
  "Unlimited access to past issues",
  "No ads",
  "60-day money-back guarantee",
  "Cancel anytime",
];

/** The offer at the end of every article, and in place of the text behind the paywall. */
export function SubscribeBox({
  heading = "Subscribe to The Meridian",
  lead,
  showButton = true,
}: {
  heading?: string;
  lead?: string;
  showButton?: boolean;
}) {
  return (
    <aside
      aria-labelledby="subscribe-box-heading"
      className="my-12 border-y-4 border-stone-900 bg-stone-100 px-6 py-8 font-sans"
    >
      <h2 id="subscribe-box-heading" className="font-serif text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-2 max-w-prose text-stone-700">
        {lead ??
          "Long-form reporting on politics, finance, foreign affairs, the environment, culture and technology, written by people who take the time to get it right."}
      </p>
      <h3 className="mt-6 text-sm font-semibold tracking-widest uppercase">What’s included</h3>
      <ul className="mt-2 grid gap-1 text-sm text-stone-800 sm:grid-cols-2">
        {INCLUDED.map((item) => (
          <li key={item} className="before:mr-2 before:text-red-800 before:content-['✓']">
            {item}
          </li>
        ))}
      </ul>
      {showButton && (
        <Link
          href="/subscribe"
          className="mt-6 inline-block bg-red-800 px-6 py-3 font-semibold text-white hover:bg-red-900"
        >
          Subscribe
        </Link>
      )}
    </aside>
  );
}
