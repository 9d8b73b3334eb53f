import type { Metadata } from "next";
import { GiftForm } from "@/components/gifts/gift-form";
import { TestModeBanner } from "@/components/subscribe/test-mode-banner";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { GIFT_MONTHS, listGiftOptions } from "@/lib/gifts/gift-offers";
import { isoDay } from "@/lib/gifts/gift-schema";
import { formatMoney } from "@/lib/subscriptions/money";
import { isTestMode } from "@/lib/subscriptions/payment-provider";

export const metadata: Metadata = {
  title: "Give The Meridian",
  description: "Give 3, 6 or 12 months of The Meridian, delivered by email on the day you choose.",
};

/** Buying a gift subscription: open to anyone, signed in or not. */
export default async function GiftPage() {
  const [user, options] = await Promise.all([getCurrentUser(), listGiftOptions(db)]);
  return (
    <div className="mx-auto max-w-2xl font-sans">
      {isTestMode() && <TestModeBanner />}
      <p className="text-sm font-semibold tracking-widest text-red-800 uppercase">Gifts</p>
      <h1 className="mt-1 font-serif text-4xl font-bold">Give The Meridian</h1>
      <p className="mt-2 text-lg">
        A subscription for someone else, for 3, 6 or 12 months, emailed on the day you choose with
        your message. It is paid once and does not renew: nobody is charged again.
      </p>
      {options.length === 0 ? (
        <p className="mt-8">Gifts are not on sale at the moment.</p>
      ) : (
        <>
          <table className="mt-6 w-full text-left text-sm">
            <caption className="sr-only">Gift prices</caption>
            <thead>
              <tr className="border-b border-stone-400">
                <th scope="col" className="py-2 pr-4">
                  Gift
                </th>
                {GIFT_MONTHS.map((m) => (
                  <th key={m} scope="col" className="py-2 pr-4 text-right">
                    {m} months
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {options.map((o) => (
                <tr key={o.planSlug} className="border-b border-stone-200">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {o.label}
                  </th>
                  {GIFT_MONTHS.map((m) => (
                    <td key={m} className="py-2 pr-4 text-right">
                      {formatMoney(o.prices[m], o.currency)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="mt-8">
            <GiftForm
              options={options}
              buyer={user ? { name: user.name, email: user.email } : undefined}
              today={isoDay(new Date())}
            />
          </div>
        </>
      )}
    </div>
  );
}
