import type { Metadata } from "next";
import Link from "next/link";
import { AccountNeeded } from "@/components/account/account-needed";
import { RedeemGiftForm } from "@/components/gifts/redeem-form";
import { FormMessage } from "@/components/ui/form-field";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { previewGift } from "@/lib/gifts/redeem-gift";

export const metadata: Metadata = { title: "Redeem your gift", robots: { index: false } };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

function CodeForm({ code }: { code?: string }) {
  return (
    <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
      <div className="grow">
        <label htmlFor="gift-code" className="block text-sm font-semibold">
          Gift code
        </label>
        <input
          id="gift-code"
          name="code"
          defaultValue={code}
          autoComplete="off"
          spellCheck={false}
          placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
          className="mt-1 w-full border border-stone-400 bg-white px-3 py-2 font-mono text-base uppercase"
        />
      </div>
      <button
        type="submit"
        className="border border-stone-900 px-5 py-2.5 font-semibold hover:bg-stone-100"
      >
        Look up
      </button>
    </form>
  );
}

/**
 * The link in a gift email comes here: the gift for a good code (or why it cannot be
 * used), then signing in or up (which comes back here), then one button.
 */
export default async function RedeemGiftPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw.trim().slice(0, 60) : "";
  const user = await getCurrentUser();
  const preview = code ? await previewGift(db, code, user?.id ?? null) : null;
  const here = `/gift/redeem?code=${encodeURIComponent(code)}`;

  return (
    <div className="mx-auto max-w-xl font-sans">
      <p className="text-sm font-semibold tracking-widest text-red-800 uppercase">Gifts</p>
      <h1 className="mt-1 font-serif text-4xl font-bold">Redeem your gift</h1>
      {!preview ? (
        <>
          <p className="mt-2 text-lg">Enter the code from your gift email.</p>
          <CodeForm />
        </>
      ) : !preview.ok ? (
        <div className="mt-6 space-y-4">
          <FormMessage message={preview.message} />
          {preview.redeemed && user && (
            <p>
              <Link href="/account" className="underline">
                Go to your account
              </Link>
            </p>
          )}
          <CodeForm code={code} />
        </div>
      ) : (
        <>
          <section aria-labelledby="gift-heading" className="mt-6 border-2 border-stone-900 p-6">
            <h2 id="gift-heading" className="font-serif text-2xl font-bold">
              A gift from {preview.gift.from}
            </h2>
            <p className="mt-2">
              {preview.gift.months} months of {preview.gift.planName} for {preview.gift.to}
              {preview.gift.includesPrint && ", with the printed magazine mailed to you"}. It starts
              when you redeem it and does not renew.
            </p>
            {preview.gift.message && (
              <figure className="mt-4">
                <blockquote className="border-l-4 border-stone-400 pl-4 whitespace-pre-line italic">
                  {preview.gift.message}
                </blockquote>
                <figcaption className="mt-1 text-sm text-stone-700">
                  — {preview.gift.from}
                </figcaption>
              </figure>
            )}
          </section>
          <div className="mt-8">
            {user ? (
              <RedeemGiftForm code={code} email={user.email} />
            ) : (
              <AccountNeeded
                here={here}
                why="Your gift subscription belongs to an account, so you can read on any device."
                headingClassName="font-serif text-xl font-bold"
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
