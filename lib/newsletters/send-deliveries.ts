import type { DbClient } from "../db-client";
import { databaseEngine } from "../db-engine";
import { Prisma } from "../generated/prisma/client";
import { sendEmail, type Email } from "../email/send-email";
import { canReadArticle, entitlementOf, subscribersAmong } from "../subscriptions/entitlements";
import { composeEmail } from "./compose-email";
import { loadMailingContent, type MailingContent } from "./mailing-content";

/** Emails sent per step; a step runs within one scheduler tick. */
export const SEND_BATCH = 100;
/** Emails handed to the transport at once; each such group is recorded as one write. */
export const SEND_CONCURRENCY = 10;
/** A delivery failing this many times is given up (FAILED), and counted as failed. */
export const MAX_ATTEMPTS = 5;
/**
 * How long a claimed delivery is left alone: a sender that crashed mid-batch leaves its
 * claims to be retried once this passes. Far longer than a batch takes to send.
 */
export const LEASE_MS = 10 * 60 * 1000;

/** Wait before attempt n + 1 after n failures: 1, 2, 4, 8 minutes. */
export const retryDelayMs = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);

type Claimed = { id: string; mailingId: string; userId: string; attempts: number | bigint };

export type SendOptions = {
  now?: Date;
  limit?: number;
  /** the transport; tests pass their own to count, or to fail on purpose */
  send?: (email: Email) => Promise<void>;
};

/**
 * Sends one batch of due deliveries. Claiming is one statement (UPDATE … RETURNING) that
 * moves each row's nextAttemptAt a lease ahead and counts the attempt, so concurrent
 * senders never pick the same row (SQLite runs one writer at a time; on PostgreSQL the
 * rows chosen are locked, and another sender's choice skips them). Emails go out
 * SEND_CONCURRENCY at a time and each group's successes are written as soon as it is out,
 * so a crash can repeat at most the emails that were in flight (their lease runs out and
 * they are sent again).
 */
export async function sendDueDeliveries(
  db: DbClient,
  { now = new Date(), limit = SEND_BATCH, send = sendEmail }: SendOptions = {},
): Promise<{ sent: number; failed: number; retrying: number }> {
  // PostgreSQL runs senders side by side: without the lock, two could both choose a row
  // (the UPDATE re-checks only `"id" IN (…)`, which still holds) and send it twice. A row
  // another sender holds is skipped; once that one commits, the row is no longer due.
  // SQLite has no FOR UPDATE, and needs none: it runs one write at a time.
  const lock = databaseEngine() === "postgres" ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "MailingDelivery"
    SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)},
        "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "MailingDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" LIMIT ${limit} ${lock}
    )
    RETURNING "id", "mailingId", "userId", "attempts"`;
  const result = { sent: 0, failed: 0, retrying: 0 };
  if (claimed.length === 0) return result;

  const mailingIds = [...new Set(claimed.map((c) => c.mailingId))];
  const mailings = await db.mailing.findMany({
    where: { id: { in: mailingIds } },
    select: {
      id: true,
      subject: true,
      newsletterId: true,
      articleId: true,
      issueId: true,
      newsletter: { select: { name: true } },
    },
  });
  const contents: Prepared = new Map();
  for (const mailing of mailings) {
    const content = await loadMailingContent(db, mailing, now);
    contents.set(
      mailing.id,
      content && {
        content: { ...content, subject: mailing.subject },
        newsletterId: mailing.newsletterId,
      },
    );
  }
  const users = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(claimed.map((c) => c.userId))] } },
        select: { id: true, email: true, deletedAt: true, disabledAt: true },
      })
    ).map((user) => [user.id, user]),
  );

  // Who of the batch may read a gated article, asked once (entitlements.ts), not per email.
  const gated = [...contents.values()].some((c) => c && c.content.visibility !== "PUBLIC");
  const subscribers = gated
    ? await subscribersAmong(db, [...users.keys()], now)
    : new Set<string>();

  for (let at = 0; at < claimed.length; at += SEND_CONCURRENCY) {
    const group = claimed.slice(at, at + SEND_CONCURRENCY);
    // Settled, not all: a failed bookkeeping write for one delivery must not keep the
    // group's sent emails from being recorded (they would go out again after the lease).
    // A delivery whose outcome is unknown is left to its lease and retried.
    const outcomes = (
      await Promise.allSettled(
        group.map((delivery) => deliver(db, delivery, contents, users, subscribers, now, send)),
      )
    ).map((settled) => (settled.status === "fulfilled" ? settled.value : "retrying"));
    // One write for the group's successes: at most this group is in flight at a crash.
    const sentIds = group.filter((_, i) => outcomes[i] === "sent").map((d) => d.id);
    if (sentIds.length > 0)
      await db.mailingDelivery.updateMany({
        where: { id: { in: sentIds }, status: "PENDING" },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
    for (const outcome of outcomes) if (outcome !== "gone") result[outcome] += 1;
  }
  return result;
}

type Prepared = Map<string, { content: MailingContent; newsletterId: string } | null>;
type Recipient = { id: string; email: string; deletedAt: Date | null; disabledAt: Date | null };

async function deliver(
  db: DbClient,
  delivery: Claimed,
  contents: Prepared,
  users: Map<string, Recipient>,
  subscribers: Set<string>,
  now: Date,
  send: (email: Email) => Promise<void>,
): Promise<"sent" | "failed" | "retrying" | "gone"> {
  const prepared = contents.get(delivery.mailingId);
  const user = users.get(delivery.userId);
  const attempts = Number(delivery.attempts);
  if (!user || user.deletedAt || user.disabledAt) {
    // Left since being queued: there is nobody to send to any more.
    await db.mailingDelivery.deleteMany({ where: { id: delivery.id, status: "PENDING" } });
    return "gone";
  }
  if (!prepared) {
    await giveUp(db, delivery.id, "The article or issue was taken down before this was sent.");
    return "failed";
  }
  try {
    const { content, newsletterId } = prepared;
    const canRead = canReadArticle(content.visibility, {
      entitlement: entitlementOf(subscribers.has(user.id)),
    });
    await send(
      composeEmail(content, { userId: user.id, email: user.email, newsletterId, canRead }),
    );
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[newsletters] could not send to ${user.email} (attempt ${attempts}):`, message);
    if (attempts >= MAX_ATTEMPTS) {
      await giveUp(db, delivery.id, message);
      return "failed";
    }
    await db.mailingDelivery.updateMany({
      where: { id: delivery.id, status: "PENDING" },
      data: {
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        lastError: message.slice(0, 500),
      },
    });
    return "retrying";
  }
}

async function giveUp(db: DbClient, id: string, reason: string) {
  await db.mailingDelivery.updateMany({
    where: { id, status: "PENDING" },
    data: { status: "FAILED", lastError: reason.slice(0, 500) },
  });
}

/**
 * Marks DONE the mailings whose every recipient is queued and no delivery is left
 * pending. Few mailings are SENDING at once; each check is one indexed count.
 */
export async function finishMailings(db: DbClient, now: Date = new Date()): Promise<number> {
  const sending = await db.mailing.findMany({
    where: { status: "SENDING" },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  let finished = 0;
  for (const { id } of sending) {
    const pending = await db.mailingDelivery.count({ where: { mailingId: id, status: "PENDING" } });
    if (pending > 0) continue;
    const { count } = await db.mailing.updateMany({
      where: { id, status: "SENDING" },
      data: { status: "DONE", finishedAt: now },
    });
    finished += count;
  }
  return finished;
}
