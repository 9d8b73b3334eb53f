import Link from "next/link";

/**
 * In place of the text of an article for signed-in readers, shown to anonymous visitors:
 * an account costs nothing, and brings them back to the page they were reading.
 */
export function FreeAccountBox({
  from,
  heading,
  lead,
}: {
  /** the page to come back to after signing up or in */
  from: string;
  heading: string;
  lead: string;
}) {
  const back = encodeURIComponent(from);
  return (
    <aside
      aria-labelledby="free-account-box-heading"
      className="my-12 border-y-4 border-stone-900 bg-stone-100 px-6 py-8 font-sans"
    >
      <h2 id="free-account-box-heading" className="font-serif text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-2 max-w-prose text-stone-700">{lead}</p>
      <p className="mt-2 max-w-prose text-stone-700">An account costs nothing and needs no card.</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Link
          href={`/signup?from=${back}`}
          prefetch={false}
          className="inline-block bg-red-800 px-6 py-3 font-semibold text-white hover:bg-red-900"
        >
          Create a free account
        </Link>
        <Link
          href={`/signin?from=${back}`}
          prefetch={false}
          className="font-semibold underline underline-offset-4"
        >
          Sign in
        </Link>
      </div>
    </aside>
  );
}
