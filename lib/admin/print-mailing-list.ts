import { isCalendarDay } from "../text/calendar-day";
import { z } from "zod";
import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { csvRow } from "./csv";
import { activeDuring } from "./subscription-sql";

/**
 * The print mailing list: who gets a printed copy of the issue dated D.
 *
 * A reader is on it when one of their subscriptions is on a print plan and gave access at
 * some moment of day D (UTC): it began before D ended and had not ended when D began
 * ("active" as on the dashboard: lib/admin/subscription-sql.ts). So a subscription that
 * started on the issue date gets the issue; one cancelled and refunded the day before, or
 * one set to cancel whose paid period ran out before D, does not; a renewing subscription
 * (no end in sight) is on the list of a future issue. A PAST_DUE one is on it only while
 * its period covers D. The plan is the subscription's current plan. Each reader appears
 * once, with the postal address on their account; deleted accounts never appear.
 */

const BATCH = 500;
const DAY_MS = 86_400_000;

export const IssueDateSchema = z
  .string({ error: "Choose the issue date." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose the issue date.")
  .refine(isCalendarDay, "That date does not exist.")
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .refine((date) => date.getUTCFullYear() >= 2000, "Choose a date after 2000.")
  .refine((date) => date.getUTCFullYear() <= 2100, "Choose a date before 2100.");

export function parseIssueDate(input: unknown): Date {
  const parsed = IssueDateSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]!.message);
  return parsed.data;
}

export type MailingRow = {
  userId: string;
  name: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};

function onTheList(day: Date) {
  const to = new Date(day.getTime() + DAY_MS);
  // Correlated to the reader `u`; the (userId, status) index finds their subscriptions.
  return Prisma.sql`EXISTS (SELECT 1 FROM "Subscription" s
    JOIN "Plan" p ON p."id" = s."planId" AND p."includesPrint" = TRUE
    WHERE s."userId" = u."id" AND ${activeDuring(day, to)})`;
}

/** One batch of the list in reader-id order, after `afterUserId` (keyset, not OFFSET). */
export async function mailingListBatch(
  db: DbClient,
  actor: Actor | null,
  input: { day: Date; afterUserId?: string; limit?: number },
): Promise<MailingRow[]> {
  assertCan(actor, "subscription:manage", "Only admins can export the mailing list.");
  const limit = Math.min(Math.max(1, input.limit ?? BATCH), BATCH);
  return db.$queryRaw<MailingRow[]>`
    SELECT u."id" AS "userId", a."name" AS "name", a."line1" AS "line1", a."line2" AS "line2",
      a."city" AS "city", a."region" AS "region", a."postalCode" AS "postalCode",
      a."country" AS "country"
    FROM "User" u JOIN "Address" a ON a."userId" = u."id"
    WHERE u."deletedAt" IS NULL AND u."id" > ${input.afterUserId ?? ""} AND ${onTheList(input.day)}
    ORDER BY u."id" LIMIT ${limit}`;
}

/** How many readers are on the list, and how many more would be but have no address. */
export async function mailingListSummary(db: DbClient, actor: Actor | null, day: Date) {
  assertCan(actor, "subscription:manage", "Only admins can see the mailing list.");
  const [row] = await db.$queryRaw<
    { recipients: number | bigint | null; missing: number | bigint | null }[]
  >`SELECT COUNT(a."id") AS "recipients", COUNT(*) FILTER (WHERE a."id" IS NULL) AS "missing"
    FROM "User" u LEFT JOIN "Address" a ON a."userId" = u."id"
    WHERE u."deletedAt" IS NULL AND ${onTheList(day)}`;
  return { recipients: Number(row?.recipients ?? 0), missing: Number(row?.missing ?? 0) };
}

export const MAILING_HEADER = [
  "Name",
  "Address line 1",
  "Address line 2",
  "City",
  "Region",
  "Postal code",
  "Country",
];

/**
 * The list as CSV text, a batch at a time: memory stays at one batch however long the list.
 * The export is recorded in the audit trail first (it hands out personal addresses).
 */
export async function* mailingListCsv(
  db: DbClient,
  actor: Actor | null,
  input: unknown,
): AsyncGenerator<string> {
  assertCan(actor, "subscription:manage", "Only admins can export the mailing list.");
  const day = parseIssueDate(input);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "print.export",
      targetType: "MailingList",
      targetId: day.toISOString().slice(0, 10),
    }),
  );
  yield csvRow(MAILING_HEADER);
  let after = "";
  for (;;) {
    const rows = await mailingListBatch(db, actor, { day, afterUserId: after });
    if (rows.length === 0) return;
    yield rows
      .map((r) => csvRow([r.name, r.line1, r.line2, r.city, r.region, r.postalCode, r.country]))
      .join("");
    after = rows[rows.length - 1]!.userId;
    if (rows.length < BATCH) return;
  }
}
