import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { describeUnsubscribe } from "@/lib/newsletters/unsubscribe";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = {
  title: "Unsubscribe",
  robots: { index: false },
  // The address holds the reader's signed token: never pass it on to another site.
  referrer: "no-referrer",
};

/**
 * Where an email's "Unsubscribe" link leads. Opening it changes nothing (mail scanners
 * open every link); the button does. Mail apps' one-click POST goes to
 * /api/newsletters/unsubscribe instead.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; done?: string }>;
}) {
  const { token = "", done } = await searchParams;
  const view = await describeUnsubscribe(db, token);
  return (
    <div className="mx-auto max-w-xl font-sans">
      <h1 className="font-serif text-4xl font-bold">Unsubscribe</h1>
      {!view ? (
        <p role="alert" className="mt-4">
          This unsubscribe link is not valid. Copy the whole link from the email, or choose your
          newsletters on{" "}
          <Link href="/account" className="underline underline-offset-4">
            your account page
          </Link>
          .
        </p>
      ) : !view.subscribed ? (
        <p role="status" className="mt-4">
          {done ? "Done. " : ""}
          {view.email} no longer receives “{view.newsletterName}”.
        </p>
      ) : (
        <form action={unsubscribeAction} className="mt-4 space-y-4">
          <p>
            Stop sending “{view.newsletterName}” to {view.email}?
          </p>
          <input type="hidden" name="token" value={token} />
          <button
            type="submit"
            className="bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-red-800"
          >
            Unsubscribe
          </button>
        </form>
      )}
      <p className="mt-6 text-sm text-stone-700">
        Signed in? Choose all your newsletters on{" "}
        <Link href="/account" className="underline underline-offset-4">
          your account page
        </Link>
        .
      </p>
    </div>
  );
}
