import { z } from "zod";
import { assertCan, type Actor } from "../auth/permissions";
import type { DbClient } from "../db-client";

export const GIFT_STATUSES = ["PENDING", "PAID", "DELIVERED", "REDEEMED", "REFUNDED"] as const;
export type GiftStatus = (typeof GIFT_STATUSES)[number];

export const GIFT_STATUS_LABEL: Record<GiftStatus, string> = {
  PENDING: "Awaiting payment",
  PAID: "Paid, to be delivered",
  DELIVERED: "Delivered",
  REDEEMED: "Redeemed",
  REFUNDED: "Refunded",
};

const PAGE_SIZE = 50;

/** `?status=&after=`: a bad value is dropped (the unfiltered list), never an error page. */
const FiltersSchema = z.object({
  status: z.enum(GIFT_STATUSES).optional().catch(undefined),
  // keyset cursor: "<createdAt ms>.<id>" of the last row of the previous page
  after: z
    .string()
    .regex(/^\d{1,15}\.[\w-]{1,40}$/)
    .optional()
    .catch(undefined),
});

export type GiftListFilters = z.infer<typeof FiltersSchema>;

export function parseGiftFilters(params: Record<string, unknown>): GiftListFilters {
  return FiltersSchema.parse({
    status: typeof params.status === "string" ? params.status : undefined,
    after: typeof params.after === "string" ? params.after : undefined,
  });
}

/**
 * Admins' list of gifts, newest first, one page at a time by keyset on (createdAt, id)
 * (Gift's createdAt index; with a status filter, the (status, deliverOn) index narrows
 * the rows first). Counts per state head the page. Admins only.
 */
export async function listGifts(db: DbClient, actor: Actor | null, filters: GiftListFilters) {
  assertCan(actor, "subscription:manage", "Only admins can see gifts.");
  const [afterMs, afterId] = filters.after?.split(".") ?? [];
  const afterDate = afterMs ? new Date(Number(afterMs)) : null;
  const rows = await db.gift.findMany({
    where: {
      ...(filters.status ? { status: filters.status } : {}),
      ...(afterDate && afterId
        ? {
            OR: [{ createdAt: { lt: afterDate } }, { createdAt: afterDate, id: { lt: afterId } }],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      status: true,
      months: true,
      amount: true,
      currency: true,
      buyerName: true,
      buyerEmail: true,
      recipientName: true,
      recipientEmail: true,
      deliverOn: true,
      provider: true,
      paidAt: true,
      deliveredAt: true,
      redeemedAt: true,
      subscriptionId: true,
      createdAt: true,
      plan: { select: { name: true } },
      recipient: { select: { email: true } },
    },
  });
  const counts = await db.gift.groupBy({ by: ["status"], _count: { _all: true } });
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    gifts: page,
    next: rows.length > PAGE_SIZE && last ? `${last.createdAt.getTime()}.${last.id}` : null,
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<
      Record<GiftStatus, number>
    >,
  };
}
