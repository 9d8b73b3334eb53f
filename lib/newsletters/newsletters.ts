import { z } from "zod";
import type { DbClient, TransactionClient } from "../db-client";
import { lockUser } from "../db-locks";
import { assertCan, type Actor } from "../auth/permissions";

/**
 * The newsletters readers can choose. Both are data (the Newsletter table), written once
 * by slug into every database, like the default plans; mailings name them by slug.
 */
export const NEW_ARTICLES = "new-articles";
export const NEW_ISSUE = "new-issue";

export const DEFAULT_NEWSLETTERS = [
  {
    slug: NEW_ARTICLES,
    name: "New articles",
    description: "An email when we publish an article our editors want you to see.",
  },
  {
    slug: NEW_ISSUE,
    name: "The new issue",
    description: "The table of contents of each new magazine issue, the day it comes out.",
  },
] as const;

/** Creates the default newsletters that are missing; true when it created any. */
export async function ensureDefaultNewsletters(db: DbClient): Promise<boolean> {
  const existing = await db.newsletter.findMany({ select: { slug: true } });
  const missing = DEFAULT_NEWSLETTERS.map((n, position) => ({ ...n, position })).filter(
    (n) => !existing.some((e) => e.slug === n.slug),
  );
  if (missing.length === 0) return false;
  await db.$transaction(missing.map((data) => db.newsletter.create({ data })));
  return true;
}

export type NewsletterChoice = {
  slug: string;
  name: string;
  description: string;
  subscribed: boolean;
};

/** Every newsletter, and whether `userId` (if any) receives it: the account and sign-up forms. */
export async function newsletterChoices(
  db: DbClient,
  userId: string | null,
): Promise<NewsletterChoice[]> {
  const rows = await db.newsletter.findMany({
    select: {
      slug: true,
      name: true,
      description: true,
      members: { where: { userId: userId ?? "" }, select: { userId: true } },
    },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
  });
  return rows.map(({ members, ...row }) => ({ ...row, subscribed: members.length > 0 }));
}

/**
 * A form's ticked boxes: any number of newsletter slugs. An unknown slug is refused rather
 * than ignored, so a stale form says so instead of silently dropping a choice.
 */
export const NewsletterSlugsSchema = z
  .array(z.string().max(60, "That newsletter does not exist."), {
    error: "Choose the newsletters you want to receive.",
  })
  .max(20, "Choose the newsletters you want to receive.");

/** Sets exactly which newsletters `userId` receives, inside the caller's transaction. */
export async function setNewslettersTx(
  tx: TransactionClient,
  userId: string,
  slugs: string[],
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  // The reader's row first (PostgreSQL only; lib/db-locks.ts): two saves at once (two tabs)
  // would otherwise both find a newsletter missing and both insert it, and the second
  // would fail on the primary key. Locked, the second waits and then sees the first's rows.
  await lockUser(tx, userId);
  const wanted = await tx.newsletter.findMany({
    where: { slug: { in: slugs } },
    select: { id: true },
  });
  if (wanted.length !== new Set(slugs).size)
    return {
      ok: false,
      errors: { newsletters: "One of those newsletters no longer exists. Reload the page." },
    };
  const ids = wanted.map((n) => n.id);
  await tx.newsletterSubscription.deleteMany({ where: { userId, newsletterId: { notIn: ids } } });
  // Leaving a newsletter also stops its emails still waiting to go out to this reader, as
  // the unsubscribe link does.
  await tx.mailingDelivery.deleteMany({
    where: { userId, status: "PENDING", mailing: { newsletterId: { notIn: ids } } },
  });
  const have = await tx.newsletterSubscription.findMany({
    where: { userId, newsletterId: { in: ids } },
    select: { newsletterId: true },
  });
  const add = ids.filter((id) => !have.some((h) => h.newsletterId === id));
  if (add.length > 0)
    await tx.newsletterSubscription.createMany({
      data: add.map((newsletterId) => ({ userId, newsletterId })),
    });
  return { ok: true };
}

/** The account page's form: the signed-in reader chooses their newsletters. */
export async function updateNewsletters(
  db: DbClient,
  actor: Actor | null,
  input: { newsletters: unknown },
): Promise<{ ok: true; message: string } | { ok: false; errors: Record<string, string> }> {
  assertCan(actor, "account:manage", "Sign in to choose your newsletters.");
  const parsed = NewsletterSlugsSchema.safeParse(input.newsletters);
  if (!parsed.success)
    return { ok: false, errors: { newsletters: parsed.error.issues[0]!.message } };
  const result = await db.$transaction((tx) => setNewslettersTx(tx, actor.id, parsed.data));
  if (!result.ok) return result;
  return {
    ok: true,
    message:
      parsed.data.length === 0
        ? "Saved. We will not send you any newsletters."
        : "Saved. Your newsletter choices are up to date.",
  };
}
