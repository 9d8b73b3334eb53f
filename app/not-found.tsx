import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="font-serif text-3xl font-black">The Meridian</p>
      <h1 className="mt-10 font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 font-serif text-lg text-stone-700">
        We could not find that page. The article may have moved, or the address may be mistyped.
      </p>
      <p className="mt-8 font-sans">
        <Link href="/" className="underline underline-offset-4">
          Front page
        </Link>{" "}
        ·{" "}
        <Link href="/search" className="underline underline-offset-4">
          Search
        </Link>{" "}
        ·{" "}
        <Link href="/issues" className="underline underline-offset-4">
          Past issues
        </Link>
      </p>
    </main>
  );
}
