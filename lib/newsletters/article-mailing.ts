import { z } from "zod";
import type { DbClient, TransactionClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { NEW_ARTICLES } from "./newsletters";

/**
 * An editor's choice, made when publishing or scheduling: email the article to everyone
 * signed up to "New articles", to the subscribers among them, or not at all.
 */
export const MAILING_CHOICES = ["NONE", "EVERYONE", "SUBSCRIBERS"] as const;
export type MailingChoice = (typeof MAILING_CHOICES)[number];
export const MailingChoiceSchema = z.enum(MAILING_CHOICES, {
  error: "Choose whether to email the article, and to whom.",
});

/**
 * Records the choice beside the publication, in its transaction. The Mailing row is the
 * durable intent: the scheduler starts it once the article is published (now, or at its
 * scheduled time, also after a restart). A mailing that has started sending is final: an
 * article is never mailed twice (Mailing.articleId is unique).
 */
export async function setArticleMailingTx(
  tx: TransactionClient,
  actor: Actor | null,
  input: { articleId: string; choice: MailingChoice },
): Promise<void> {
  const existing = await tx.mailing.findUnique({
    where: { articleId: input.articleId },
    select: { id: true, status: true, queuedThrough: true },
  });
  const started = existing && (existing.status !== "QUEUED" || existing.queuedThrough !== null);
  if (started) return;
  if (input.choice === "NONE") {
    if (existing) await tx.mailing.delete({ where: { id: existing.id } });
    return;
  }
  assertCan(actor, "newsletter:send", "Only editors can email articles to readers.");
  if (existing) {
    await tx.mailing.update({ where: { id: existing.id }, data: { audience: input.choice } });
    return;
  }
  const [newsletter, article] = await Promise.all([
    tx.newsletter.findUnique({ where: { slug: NEW_ARTICLES }, select: { id: true } }),
    tx.article.findUnique({ where: { id: input.articleId }, select: { title: true } }),
  ]);
  if (!article) throw new AppError("NOT_FOUND", "There is no such article.");
  if (!newsletter)
    throw new AppError("INVALID", "The “New articles” newsletter is missing; restart the server.");
  await tx.mailing.create({
    data: {
      newsletterId: newsletter.id,
      articleId: input.articleId,
      audience: input.choice,
      // Set again from the headline when sending starts, in case it is edited until then.
      subject: article.title,
      createdById: actor.id,
    },
  });
}

/**
 * Unpublishing or unscheduling withdraws an email that has not started; a sent one stays.
 * One that had started queueing stops there: it moves on to sending, where its waiting
 * deliveries fail as "taken down" and the mailing is closed (it would otherwise wait for
 * the article to come back, showing "Emailing…" for ever).
 */
export async function withdrawArticleMailingTx(tx: TransactionClient, articleId: string) {
  await tx.mailing.deleteMany({ where: { articleId, status: "QUEUED", queuedThrough: null } });
  await tx.mailing.updateMany({
    where: { articleId, status: "QUEUED", queuedThrough: { not: null } },
    data: { status: "SENDING" },
  });
}

export type MailingSummary = {
  audience: "EVERYONE" | "SUBSCRIBERS";
  status: "QUEUED" | "SENDING" | "DONE";
  newsletterName: string;
  sent: number;
  failed: number;
  waiting: number;
  finishedAt: string | null;
};

/** What the editor sees of an article's email: counted per status on the (mailingId, status) index. */
export const articleMailingSummary = (db: DbClient, articleId: string) =>
  mailingSummary(db, { articleId });

/** What the editor sees of an issue's contents email, counted the same way. */
export const issueMailingSummary = (db: DbClient, issueId: string) =>
  mailingSummary(db, { issueId });

async function mailingSummary(
  db: DbClient,
  where: { articleId: string } | { issueId: string },
): Promise<MailingSummary | null> {
  const mailing = await db.mailing.findUnique({
    where,
    select: {
      id: true,
      audience: true,
      status: true,
      finishedAt: true,
      newsletter: { select: { name: true } },
    },
  });
  if (!mailing) return null;
  return { ...(await deliveryCounts(db, mailing.id)), ...summaryOf(mailing) };
}

export async function deliveryCounts(db: DbClient, mailingId: string) {
  const groups = await db.mailingDelivery.groupBy({
    by: ["status"],
    where: { mailingId },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return { sent: count("SENT"), failed: count("FAILED"), waiting: count("PENDING") };
}

function summaryOf(mailing: {
  audience: MailingSummary["audience"];
  status: MailingSummary["status"];
  finishedAt: Date | null;
  newsletter: { name: string };
}) {
  return {
    audience: mailing.audience,
    status: mailing.status,
    newsletterName: mailing.newsletter.name,
    finishedAt: mailing.finishedAt?.toISOString() ?? null,
  };
}
