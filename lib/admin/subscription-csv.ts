import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/permissions";
import type { DbClient } from "../db-client";
import { csvRow } from "./csv";
import type { SubscriptionFilters } from "./subscription-filters";
import {
  encodeCursor,
  selectSubscriptionPage,
  type SubscriptionListRow,
} from "./subscription-list";

/** Rows read from the database per step of the export. */
export const CSV_BATCH_SIZE = 1000;

export const CSV_HEADER = [
  "Subscription",
  "Reader name",
  "Reader email",
  "Plan",
  "Status",
  "Print",
  "Complimentary",
  "Started",
  "Current period end",
  "Price",
  "Currency",
  "Cancels at period end",
] as const;

export function subscriptionCsvRecord(row: SubscriptionListRow): string {
  return csvRow([
    row.id,
    row.readerName,
    row.readerEmail,
    row.planName,
    row.status,
    row.includesPrint,
    row.complimentary,
    row.startedAt.toISOString(),
    row.currentPeriodEnd.toISOString(),
    (row.priceAmount / 100).toFixed(2),
    row.currency.toUpperCase(),
    row.cancelAtPeriodEnd,
  ]);
}

/**
 * The filtered list as CSV, in the list's order, as a stream. Each pull reads one batch with
 * keyset pagination (the same query as the page) and hands it on; the stream asks for the
 * next batch only when the reader of the stream (the HTTP response) has taken the last one,
 * so memory holds about one batch whatever the number of rows.
 *
 * Permission is checked before the stream exists, so a refused request writes nothing.
 */
export function subscriptionCsvStream(
  db: DbClient,
  actor: Actor | null,
  filters: SubscriptionFilters,
  options: { batchSize?: number } = {},
): ReadableStream<Uint8Array> {
  assertCan(actor, "subscription:manage", "Only admins can export subscriptions.");
  const batchSize = options.batchSize ?? CSV_BATCH_SIZE;
  const encoder = new TextEncoder();
  let after: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          // Names and emails of every subscriber leave the building: recorded before the
          // first byte does, like the print mailing list.
          await db.$transaction((tx) =>
            recordAudit(tx, {
              actorId: actor.id,
              action: "subscription.export",
              targetType: "SubscriptionList",
              targetId: "csv",
              after: filters,
            }),
          );
          // The byte-order mark makes Excel read the file as UTF-8 (names with accents).
          controller.enqueue(encoder.encode(`\uFEFF${csvRow(CSV_HEADER)}`));
          return;
        }
        const page = await selectSubscriptionPage(db, filters, { after, limit: batchSize });
        if (page.rows.length > 0)
          controller.enqueue(encoder.encode(page.rows.map(subscriptionCsvRecord).join("")));
        const last = page.rows.at(-1);
        if (!page.more || !last) controller.close();
        else after = encodeCursor(filters, last);
      },
    },
    { highWaterMark: 1 },
  );
}

export function csvFileName(now: Date = new Date()) {
  return `subscriptions-${now.toISOString().slice(0, 10)}.csv`;
}
