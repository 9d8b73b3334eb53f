import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  GIFT_STATUS_LABEL,
  GIFT_STATUSES,
  listGifts,
  parseGiftFilters,
  type GiftStatus,
} from "@/lib/gifts/admin-gift-list";
import { formatMoney } from "@/lib/subscriptions/money";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Gifts", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const href = (status?: GiftStatus, after?: string) => {
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (after) query.set("after", after);
  const text = query.toString();
  return text ? `/admin/gifts?${text}` : "/admin/gifts";
};

/** The date that goes with a gift's state: when it was paid, delivered or redeemed. */
function stateDate(gift: {
  status: GiftStatus;
  paidAt: Date | null;
  deliveredAt: Date | null;
  redeemedAt: Date | null;
  deliverOn: Date;
}) {
  if (gift.status === "REDEEMED" && gift.redeemedAt) return formatLongDate(gift.redeemedAt);
  if (gift.status === "DELIVERED" && gift.deliveredAt) return formatLongDate(gift.deliveredAt);
  if (gift.status === "PAID") return `to be sent ${formatLongDate(gift.deliverOn)}`;
  return null;
}

export default async function AdminGiftsPage({ searchParams }: Props) {
  const admin = await requirePermission("subscription:manage", "/admin/gifts");
  const filters = parseGiftFilters(await searchParams);
  const { gifts, next, counts } = await listGifts(db, admin, filters);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);

  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Gifts</h1>
      <nav aria-label="Gifts by state" className="mt-6 font-sans text-sm">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...GIFT_STATUSES].map((status) => {
            const current = filters.status === status;
            return (
              <li key={status ?? "all"}>
                <Link
                  href={href(status)}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block border px-3 py-1.5 ${current ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 hover:border-stone-900"}`}
                >
                  {status ? GIFT_STATUS_LABEL[status] : "All"} (
                  {status ? (counts[status] ?? 0) : total})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {gifts.length === 0 ? (
        <p className="mt-6 font-sans">No gifts{filters.status ? " in this state" : " yet"}.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full font-sans text-sm">
            <thead className="border-b-2 border-stone-900 text-left">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Bought
                </th>
                <th scope="col" className="py-2 pr-4">
                  Gift
                </th>
                <th scope="col" className="py-2 pr-4">
                  From
                </th>
                <th scope="col" className="py-2 pr-4">
                  For
                </th>
                <th scope="col" className="py-2 pr-4">
                  State
                </th>
              </tr>
            </thead>
            <tbody>
              {gifts.map((gift) => (
                <tr key={gift.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatLongDate(gift.createdAt)}</td>
                  <td className="py-2 pr-4">
                    {gift.plan.name}, {gift.months} months
                    <br />
                    <span className="text-stone-600">
                      {formatMoney(gift.amount, gift.currency)} ({gift.provider})
                    </span>
                  </td>
                  <td className="py-2 pr-4">
                    {gift.buyerName}
                    <br />
                    <span className="text-stone-600">{gift.buyerEmail}</span>
                  </td>
                  <td className="py-2 pr-4">
                    {gift.recipientName}
                    <br />
                    <span className="text-stone-600">{gift.recipientEmail}</span>
                  </td>
                  <td className="py-2 pr-4">
                    {GIFT_STATUS_LABEL[gift.status]}
                    {stateDate(gift) && (
                      <>
                        <br />
                        <span className="text-stone-600">{stateDate(gift)}</span>
                      </>
                    )}
                    {gift.subscriptionId && (
                      <>
                        <br />
                        <Link
                          href={`/admin/subscriptions/${gift.subscriptionId}`}
                          className="underline"
                        >
                          Subscription{gift.recipient ? ` of ${gift.recipient.email}` : ""}
                        </Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages of gifts" className="mt-6 flex gap-4 font-sans text-sm">
        {filters.after && (
          <Link href={href(filters.status)} className="underline">
            ← Newest
          </Link>
        )}
        {next && (
          <Link href={href(filters.status, next)} rel="next" className="underline">
            Older gifts →
          </Link>
        )}
      </nav>
    </>
  );
}
