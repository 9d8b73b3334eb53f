import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Your gift has started", robots: { index: false } };

export default async function GiftRedeemedPage() {
  await requireUser("/gift/redeem/done");
  return (
    <div className="mx-auto max-w-xl font-sans">
      <h1 className="font-serif text-4xl font-bold">Your gift has started</h1>
      <p className="mt-4 text-lg">
        Every article, every issue and the audio of every story are yours to read and hear until the
        gift ends. It does not renew, and nobody will ask you for a card.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/"
          className="bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-red-800"
        >
          Start reading
        </Link>
        <Link
          href="/account"
          className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-stone-100"
        >
          Your account
        </Link>
      </div>
    </div>
  );
}
