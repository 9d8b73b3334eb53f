import type { DbClient } from "../db-client";
import { issueShownWhere, publishedWhere } from "../articles/published";
import { subscribersAmong } from "../subscriptions/entitlements";

/** Recipients added per step: one indexed range read and one insert of this many rows. */
export const QUEUE_BATCH = 500;

class LostRace extends Error {}

/**
 * Moves the oldest startable mailing on by one batch of recipients: the next QUEUE_BATCH
 * members of its newsletter in user id order after `queuedThrough` (a keyset cursor, so
 * the step costs the same at the millionth member as at the first). Deliveries and the
 * cursor move in one transaction, and the cursor moves only from the value this step
 * read, so two schedulers (or a retry after a crash) never queue a range twice; the
 * unique (mailing, user) index stands behind that. A mailing whose article is not
 * published yet (scheduled) waits. Returns how many deliveries were queued.
 */
export async function queueNextRecipients(
  db: DbClient,
  { now = new Date(), batchSize = QUEUE_BATCH }: { now?: Date; batchSize?: number } = {},
): Promise<number> {
  const mailing = await db.mailing.findFirst({
    where: {
      status: "QUEUED",
      OR: [{ article: publishedWhere(now) }, { issue: issueShownWhere(now) }],
    },
    select: {
      id: true,
      newsletterId: true,
      audience: true,
      queuedThrough: true,
      article: { select: { title: true } },
      issue: { select: { title: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  if (!mailing) return 0;

  const members = await db.newsletterSubscription.findMany({
    where: {
      newsletterId: mailing.newsletterId,
      ...(mailing.queuedThrough ? { userId: { gt: mailing.queuedThrough } } : {}),
    },
    select: { userId: true, user: { select: { deletedAt: true, disabledAt: true } } },
    orderBy: { userId: "asc" },
    take: batchSize,
  });
  const active = members.filter((m) => !m.user.deletedAt && !m.user.disabledAt);
  // Subscribers only: the one rule (entitlements.ts), asked once for the whole batch.
  const subscribers =
    mailing.audience === "SUBSCRIBERS"
      ? await subscribersAmong(
          db,
          active.map((m) => m.userId),
          now,
        )
      : null;
  const recipients = active
    .map((m) => m.userId)
    .filter((userId) => subscribers === null || subscribers.has(userId));
  const last = members.at(-1)?.userId ?? mailing.queuedThrough;
  const finished = members.length < batchSize;

  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.mailing.updateMany({
        where: { id: mailing.id, status: "QUEUED", queuedThrough: mailing.queuedThrough },
        data: {
          queuedThrough: last,
          ...(finished ? { status: "SENDING" } : {}),
          // The subject is fixed when sending starts: the headline as published.
          ...(mailing.queuedThrough === null
            ? {
                subject: mailing.article
                  ? mailing.article.title
                  : `The new issue: ${mailing.issue?.title ?? ""}`,
              }
            : {}),
        },
      });
      if (count === 0) throw new LostRace();
      if (recipients.length > 0)
        await tx.mailingDelivery.createMany({
          data: recipients.map((userId) => ({ mailingId: mailing.id, userId, nextAttemptAt: now })),
        });
    });
  } catch (error) {
    // Another scheduler moved this mailing on first; its step stands, this one is dropped.
    if (error instanceof LostRace) return 0;
    throw error;
  }
  return recipients.length;
}
