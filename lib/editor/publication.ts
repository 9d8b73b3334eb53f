import { z } from "zod";
import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { publishArticleTx, unpublishArticleTx } from "../articles/save-article";

const PublicationSchema = z.object({
  articleId: z.string().min(1).max(64),
  publish: z.boolean(),
});

/**
 * Publishes an article now, or takes it down (back to draft, out of search and feeds).
 * Editors and admins only; the change and its audit entry commit together.
 */
export async function setPublication(db: DbClient, actor: Actor | null, input: unknown) {
  assertCan(actor, "article:publish", "Only editors can publish or unpublish articles.");
  const parsed = PublicationSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Choose an article to publish or unpublish.");
  const { articleId, publish } = parsed.data;
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, slug: true, status: true, title: true, publishedAt: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "There is no such article.");
    const published = article.status === "PUBLISHED";
    if (published === publish) return { changed: false, slug: article.slug, title: article.title };
    // Republishing keeps the original date, so links and the archive order stay put.
    if (publish) await publishArticleTx(tx, article.id, article.publishedAt ?? new Date());
    else await unpublishArticleTx(tx, article.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: publish ? "article.publish" : "article.unpublish",
      targetType: "Article",
      targetId: article.id,
      before: { status: article.status },
      after: { status: publish ? "PUBLISHED" : "DRAFT" },
    });
    return { changed: true, slug: article.slug, title: article.title };
  });
}
