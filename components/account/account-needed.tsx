import Link from "next/link";

/**
 * "First, your account": for a signed-out reader on a page whose next step needs an
 * account (buying a plan, redeeming a gift). Both links come back to `here`.
 */
export function AccountNeeded({
  here,
  why,
  className = "",
  headingClassName = "font-serif text-2xl font-bold",
}: {
  here: string;
  /** why this step needs an account, in a sentence or two */
  why: string;
  className?: string;
  headingClassName?: string;
}) {
  const back = encodeURIComponent(here);
  return (
    <section aria-labelledby="account-needed" className={className}>
      <h2 id="account-needed" className={headingClassName}>
        First, your account
      </h2>
      <p className="mt-2 text-stone-700">{why} You come straight back here afterwards.</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link
          href={`/signup?from=${back}`}
          prefetch={false}
          className="bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-red-800"
        >
          Create an account
        </Link>
        <Link
          href={`/signin?from=${back}`}
          prefetch={false}
          className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-stone-100"
        >
          Sign in
        </Link>
      </div>
    </section>
  );
}
