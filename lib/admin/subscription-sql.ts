import { Prisma } from "../generated/prisma/client";

/**
 * SQL pieces shared by the business figures and the print mailing list, so "active"
 * means the same thing on the dashboard and on the labels. Valid SQL on SQLite and on
 * PostgreSQL: booleans are compared with TRUE and FALSE (1 and 0 on SQLite, booleans on
 * PostgreSQL).
 *
 * On SQLite, Prisma's libSQL adapter stores DateTime columns as ISO-8601 text with a
 * numeric offset ("2026-11-29T09:07:52.774+00:00"), always in UTC with milliseconds, and
 * raw SQL compares dates as text, which is only correct when both sides have exactly that
 * shape. Instants are handed to these queries as Dates: each adapter writes them as its
 * engine stores them (that text on SQLite, a timestamp on PostgreSQL).
 */

/**
 * When a subscription's access ended (or will end), or NULL while it runs on with no end
 * in sight. `endedAt` when recorded; a CANCELED row without it ended when cancelled; a
 * PAST_DUE one lapses at its period end unless a payment rescues it (the demo provider
 * never retries; Stripe moves the period on while it retries, so that date is still
 * ahead); one set to cancel ends at its period end. Expects the table aliased as `s`.
 */
export const EFFECTIVE_END = Prisma.sql`(CASE
  WHEN s."endedAt" IS NOT NULL THEN s."endedAt"
  WHEN s."status" = 'CANCELED' THEN COALESCE(s."canceledAt", s."currentPeriodEnd")
  WHEN s."status" = 'PAST_DUE' OR s."cancelAtPeriodEnd" = TRUE THEN s."currentPeriodEnd"
END)`;

/**
 * Subscriptions that ever gave access: not INCOMPLETE (checkout never paid), and not a
 * CANCELED one that was never paid either (Stripe's incomplete_expired).
 */
export const EVER_STARTED = Prisma.sql`(s."status" <> 'INCOMPLETE'
  AND NOT (s."status" = 'CANCELED' AND s."firstPaidAt" IS NULL AND s."complimentary" = FALSE))`;

/**
 * Active at some moment in [from, to): started before `to`, not ended by `from`. A
 * subscription's span is [createdAt, effective end), the same span the dashboard counts as
 * active at an instant t when createdAt <= t < end (lib/admin/business-metrics.ts).
 */
export function activeDuring(from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`(${EVER_STARTED} AND s."createdAt" < ${to}
    AND (${EFFECTIVE_END} IS NULL OR ${EFFECTIVE_END} > ${from}))`;
}
