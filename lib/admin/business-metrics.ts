import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { Prisma } from "../generated/prisma/client";
import { EFFECTIVE_END, EVER_STARTED } from "./subscription-sql";

/**
 * The business at a glance, for /admin. Every figure is an aggregate computed by the
 * database (counts and sums over the Subscription and Payment tables); no query returns
 * more rows than there are plans, currencies or months. The SQL runs as it is on SQLite
 * and on PostgreSQL (conditional counts are COUNT(*) FILTER, not SUM of a comparison,
 * which PostgreSQL has no SUM for). Definitions (shown on the page too):
 *
 * - Active: a subscription that has started and not ended at that instant
 *   (lib/admin/subscription-sql.ts). Checkout allows one running subscription per reader,
 *   so active subscriptions and active subscribers are the same count.
 * - Monthly recurring revenue (MRR): over subscriptions active now, the price each one pays
 *   (its own `priceAmount`, fixed at checkout, not the plan's current price), with yearly
 *   prices divided by 12 and complimentary subscriptions counted as 0. Subscriptions set to
 *   cancel still count until they end. Per currency, rounded to the minor unit. A free
 *   trial counts as 0 until its first charge; a subscription bought with an offer counts
 *   what its latest payment was actually charged (price less that payment's discount), so a
 *   discount counts while it lasts and the full price after.
 * - New: subscriptions created in the window (now − 30 days, now].
 * - Cancellations: subscriptions whose cancellation was asked for in the window (at period
 *   end or at once); one resumed since no longer counts.
 * - Ended: subscriptions whose access ended in the window, for any reason.
 * - Churn rate: of the subscriptions active at the start of the window, the share whose
 *   access ended by now. Those that began inside the window are in neither number, so a
 *   busy month of sign-ups cannot hide losses.
 * - Refunds: payments with a refund recorded in the window; the amount is each payment's
 *   refunded total.
 * - Monthly chart: active subscriptions at the close of each of the last 12 calendar
 *   months (UTC), the current month measured at `now`.
 */

export const WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;
const MONTHS = 12;

export type ActiveByPlan = {
  planId: string;
  planName: string;
  interval: "MONTH" | "YEAR";
  retired: boolean;
  count: number;
};
export type MoneyTotal = { currency: string; amount: number };
export type MonthPoint = { month: string; label: string; at: Date; active: number };

export type BusinessMetrics = {
  now: Date;
  windowStart: Date;
  activeTotal: number;
  activeByPlan: ActiveByPlan[];
  mrr: MoneyTotal[];
  newSubscriptions: number;
  cancellations: number;
  ended: number;
  refunds: { count: number; amounts: MoneyTotal[] };
  churn: { activeAtStart: number; endedSince: number; rate: number | null };
  monthly: MonthPoint[];
};

const monthLabel = new Intl.DateTimeFormat("en-US", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** The instants the chart measures: the close of each of the last 12 months, then `now`. */
export function monthPoints(now: Date): { month: string; label: string; at: Date }[] {
  const points = [];
  for (let back = MONTHS - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    points.push({
      month: start.toISOString().slice(0, 7),
      label: monthLabel.format(start),
      at: next < now ? next : now,
    });
  }
  return points;
}

const n = (value: unknown) => Number(value ?? 0);

/** How many spans meet `condition`, as the column `name`. */
const counted = (condition: Prisma.Sql, name: string) =>
  Prisma.sql`COUNT(*) FILTER (WHERE ${condition}) AS ${Prisma.raw(`"${name}"`)}`;

/**
 * What the latest payment of a discounted subscription had taken off (0 for the rest, whose
 * payments are not looked at): one lookup by the (subscriptionId, createdAt) index each.
 */
const LAST_DISCOUNT = Prisma.sql`(CASE WHEN t."discountAmount" = 0 THEN 0 ELSE COALESCE((
    SELECT pay."discountAmount" FROM "Payment" pay
    WHERE pay."subscriptionId" = t."id" AND pay."status" = 'PAID'
    ORDER BY pay."createdAt" DESC LIMIT 1), 0) END)`;

export async function businessMetrics(
  db: DbClient,
  actor: Actor | null,
  now: Date = new Date(),
): Promise<BusinessMetrics> {
  assertCan(actor, "admin:access", "Only admins can see the business figures.");
  const windowStart = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const points = monthPoints(now);

  // Each subscription's span [startAt, endAt), worked out once per query: MATERIALIZED keeps
  // SQLite from re-evaluating the end-date CASE at every place the figures below use it
  // (on 100,000 subscriptions this more than halved the time). No WHERE on createdAt: via
  // its index SQLite would fetch rows one by one, slower than one scan; the figures below
  // bound every date themselves.
  const spans = Prisma.sql`spans AS MATERIALIZED (
    SELECT s."id" AS "id", s."status" AS "status", s."discountAmount" AS "discountAmount",
      s."planId" AS "planId", s."currency" AS "currency", s."priceAmount" AS "priceAmount",
      s."complimentary" AS "complimentary", s."canceledAt" AS "canceledAt",
      s."createdAt" AS "startAt", ${EFFECTIVE_END} AS "endAt"
    FROM "Subscription" s WHERE ${EVER_STARTED})`;
  const activeAt = (at: Date) =>
    Prisma.sql`(t."startAt" <= ${at} AND (t."endAt" IS NULL OR t."endAt" > ${at}))`;

  const [byPlan, [counts], refunds] = await Promise.all([
    db.$queryRaw<
      {
        planId: string;
        planName: string;
        interval: "MONTH" | "YEAR";
        retired: number | bigint | boolean;
        currency: string;
        count: number | bigint;
        monthly: number | null;
      }[]
    >`WITH ${spans}
      SELECT p."id" AS "planId", p."name" AS "planName", p."interval" AS "interval",
        (p."retiredAt" IS NOT NULL) AS "retired", t."currency" AS "currency",
        COUNT(*) AS "count",
        SUM(CASE WHEN t."complimentary" = TRUE OR t."status" = 'TRIALING' THEN 0
                 ELSE (t."priceAmount" - ${LAST_DISCOUNT})
                   / (CASE WHEN p."interval" = 'YEAR' THEN 12.0 ELSE 1 END) END) AS "monthly"
      FROM spans t JOIN "Plan" p ON p."id" = t."planId"
      WHERE ${activeAt(now)}
      GROUP BY p."id", t."currency"
      ORDER BY p."position", p."name"`,
    // The 30-day figures and the 12 chart points in one pass over the spans.
    db.$queryRaw<Record<string, number | bigint | null>[]>`WITH ${spans}
      SELECT
        ${counted(Prisma.sql`t."startAt" > ${windowStart} AND t."startAt" <= ${now}`, "created")},
        ${counted(Prisma.sql`t."startAt" <= ${now} AND t."canceledAt" > ${windowStart} AND t."canceledAt" <= ${now}`, "cancelled")},
        ${counted(Prisma.sql`t."startAt" <= ${now} AND t."endAt" > ${windowStart} AND t."endAt" <= ${now}`, "ended")},
        ${counted(activeAt(windowStart), "activeAtStart")},
        ${counted(Prisma.sql`${activeAt(windowStart)} AND t."endAt" <= ${now}`, "endedSince")},
        ${Prisma.join(points.map((point, index) => counted(activeAt(point.at), `m${index}`)))}
      FROM spans t`,
    db.payment.groupBy({
      by: ["currency"],
      where: { refundedAt: { gt: windowStart, lte: now }, refundedAmount: { gt: 0 } },
      _count: { _all: true },
      _sum: { refundedAmount: true },
    }),
  ]);

  const activeByPlan = new Map<string, ActiveByPlan>();
  const mrr = new Map<string, number>();
  for (const row of byPlan) {
    const plan = activeByPlan.get(row.planId) ?? {
      planId: row.planId,
      planName: row.planName,
      interval: row.interval,
      // 1 on SQLite, true on PostgreSQL
      retired: n(row.retired) === 1,
      count: 0,
    };
    plan.count += n(row.count);
    activeByPlan.set(row.planId, plan);
    mrr.set(row.currency, (mrr.get(row.currency) ?? 0) + n(row.monthly));
  }
  const activeAtStart = n(counts?.activeAtStart);
  const endedSince = n(counts?.endedSince);
  return {
    now,
    windowStart,
    activeTotal: [...activeByPlan.values()].reduce((sum, plan) => sum + plan.count, 0),
    activeByPlan: [...activeByPlan.values()],
    mrr: [...mrr].map(([currency, amount]) => ({ currency, amount: Math.round(amount) })),
    newSubscriptions: n(counts?.created),
    cancellations: n(counts?.cancelled),
    ended: n(counts?.ended),
    refunds: {
      count: refunds.reduce((sum, row) => sum + row._count._all, 0),
      amounts: refunds.map((row) => ({
        currency: row.currency,
        amount: row._sum.refundedAmount ?? 0,
      })),
    },
    churn: {
      activeAtStart,
      endedSince,
      rate: activeAtStart === 0 ? null : endedSince / activeAtStart,
    },
    monthly: points.map((point, index) => ({ ...point, active: n(counts?.[`m${index}`]) })),
  };
}
