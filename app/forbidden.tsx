import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="font-serif text-3xl font-black">The Meridian</p>
      <h1 className="mt-10 font-serif text-4xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 font-serif text-lg text-stone-700">
        Your account is signed in, but this part of the site is for other roles.
      </p>
      <p className="mt-8 font-sans">
        <Link href="/" className="underline underline-offset-4">
          Front page
        </Link>{" "}
        ·{" "}
        <Link href="/account" className="underline underline-offset-4">
          Your account
        </Link>
      </p>
    </main>
  );
}
