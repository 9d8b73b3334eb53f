import type { DbClient } from "../db-client";
import { readUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeView = { newsletterName: string; email: string; subscribed: boolean };

/** What the unsubscribe page shows for a token, or null when the link is not ours. */
export async function describeUnsubscribe(
  db: DbClient,
  token: unknown,
): Promise<UnsubscribeView | null> {
  const claim = readUnsubscribeToken(token);
  if (!claim) return null;
  const [newsletter, user, membership] = await Promise.all([
    db.newsletter.findUnique({ where: { id: claim.newsletterId }, select: { name: true } }),
    db.user.findUnique({ where: { id: claim.userId }, select: { email: true, deletedAt: true } }),
    db.newsletterSubscription.findUnique({
      where: { userId_newsletterId: claim },
      select: { userId: true },
    }),
  ]);
  if (!newsletter || !user || user.deletedAt) return null;
  return { newsletterName: newsletter.name, email: user.email, subscribed: membership !== null };
}

/**
 * Takes the reader off the newsletter, and drops what of it is still waiting to be sent
 * to them, so an unsubscribe in the middle of a large mailing stops the next email too.
 * Idempotent: a second click (or a mail app retrying) answers the same.
 */
export async function unsubscribe(
  db: DbClient,
  token: unknown,
): Promise<{ ok: true; newsletterName: string } | { ok: false }> {
  const claim = readUnsubscribeToken(token);
  if (!claim) return { ok: false };
  const newsletter = await db.newsletter.findUnique({
    where: { id: claim.newsletterId },
    select: { name: true },
  });
  if (!newsletter) return { ok: false };
  await db.$transaction([
    db.newsletterSubscription.deleteMany({ where: claim }),
    db.mailingDelivery.deleteMany({
      where: {
        userId: claim.userId,
        status: "PENDING",
        mailing: { newsletterId: claim.newsletterId },
      },
    }),
  ]);
  return { ok: true, newsletterName: newsletter.name };
}
