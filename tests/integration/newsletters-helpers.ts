import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Email } from "@/lib/email/send-email";
import { ensureDefaultNewsletters, NEW_ARTICLES } from "@/lib/newsletters/newsletters";
import { createArticle } from "../factories";

/** Builders for the newsletter tests: many readers at once, mailings, a recording transport. */

export async function newsletterId(slug = NEW_ARTICLES): Promise<string> {
  await ensureDefaultNewsletters(db);
  return (await db.newsletter.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** `count` readers signed up to the newsletter, made in bulk; returns their ids in id order. */
export async function members(count: number, slug = NEW_ARTICLES): Promise<string[]> {
  const id = await newsletterId(slug);
  const run = randomUUID().slice(0, 8);
  const ids = Array.from({ length: count }, (_, i) => `m-${run}-${String(i).padStart(6, "0")}`);
  for (let at = 0; at < ids.length; at += 1000) {
    const chunk = ids.slice(at, at + 1000);
    await db.user.createMany({
      data: chunk.map((userId) => ({ id: userId, email: `${userId}@example.com`, name: userId })),
    });
    await db.newsletterSubscription.createMany({
      data: chunk.map((userId) => ({ userId, newsletterId: id })),
    });
  }
  return ids;
}

/** A published article with a mailing to "New articles", as an editor's choice leaves it. */
export async function mailedArticle(
  options: { audience?: "EVERYONE" | "SUBSCRIBERS"; title?: string } & Parameters<
    typeof createArticle
  >[0] = {},
) {
  const { audience = "EVERYONE", ...article } = options;
  const { id, slug } = await createArticle({ title: "A mailed article", ...article });
  const mailing = await db.mailing.create({
    data: {
      newsletterId: await newsletterId(),
      articleId: id,
      audience,
      subject: options.title ?? "A mailed article",
    },
    select: { id: true },
  });
  return { articleId: id, slug, mailingId: mailing.id };
}

/** A transport that records what it was given, by recipient. */
export function recorder() {
  const sent: Email[] = [];
  return {
    sent,
    send: async (email: Email) => {
      sent.push(email);
    },
    countsByRecipient: () => {
      const counts = new Map<string, number>();
      for (const email of sent) counts.set(email.to, (counts.get(email.to) ?? 0) + 1);
      return counts;
    },
  };
}

/** Starts each test from no mailings and no newsletter members (one database per file). */
export async function clearMailings() {
  await db.mailing.deleteMany();
  await db.newsletterSubscription.deleteMany();
}
