import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import type { Actor } from "../auth/permissions";
import { can } from "../auth/permissions";
import { figureMediaIds } from "../articles/document-pages";
import { parseDocument } from "../articles/document-schema";
import { canOpenArticle } from "../articles/newsroom";
import { describeFile } from "../files/describe-file";
import { mediaSelect, mediaSrc, toMediaView } from "../media/media-view";
import { articleMailingSummary } from "../newsletters/article-mailing";

/** Lists offered in the editor's pickers. Bounded: a newsroom has dozens, not thousands. */
const PICKER_LIMIT = 500;

/** Everything the article editor needs to open one article, after checking the person may. */
export async function loadArticleEditor(db: DbClient, actor: Actor | null, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      slug: true,
      title: true,
      dek: true,
      excerpt: true,
      seoTitle: true,
      seoDescription: true,
      body: true,
      status: true,
      visibility: true,
      version: true,
      topicId: true,
      featuredImageId: true,
      featuredImage: { select: { id: true, ...mediaSelect } },
      issueId: true,
      scheduledAt: true,
      publishedAt: true,
      updatedAt: true,
      authors: {
        select: { authorId: true, author: { select: { userId: true } } },
        orderBy: { position: "asc" },
      },
      tags: { select: { tagId: true } },
      narrationType: true,
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "There is no such article.");
  const authorUserIds = article.authors.flatMap((a) => (a.author.userId ? [a.author.userId] : []));
  if (!canOpenArticle(actor, authorUserIds))
    throw new AppError("FORBIDDEN", "You can only open articles you are an author of.");

  const body = parseDocument(article.body);
  const figureIds = figureMediaIds(body.content);
  const [topics, tags, authors, issues, figures] = await Promise.all([
    db.topic.findMany({ select: { id: true, name: true }, orderBy: { position: "asc" } }),
    db.tag.findMany({
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: PICKER_LIMIT,
    }),
    db.author.findMany({
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: PICKER_LIMIT,
    }),
    db.magazineIssue.findMany({
      select: { id: true, title: true, volume: true, number: true },
      orderBy: { publishedOn: "desc" },
      take: 100,
    }),
    figureIds.length
      ? db.media.findMany({
          where: { id: { in: figureIds } },
          select: { id: true, ...mediaSelect },
        })
      : [],
  ]);
  return {
    article: {
      id: article.id,
      version: article.version,
      status: article.status,
      scheduledAt: article.scheduledAt?.toISOString() ?? null,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      updatedAt: article.updatedAt.toISOString(),
      body,
      fields: {
        title: article.title,
        dek: article.dek,
        slug: article.slug,
        excerpt: article.excerpt,
        seoTitle: article.seoTitle ?? "",
        seoDescription: article.seoDescription ?? "",
        visibility: article.visibility,
        topicId: article.topicId,
        featuredImageId: article.featuredImageId,
        issueId: article.issueId,
        authorIds: article.authors.map((a) => a.authorId),
        tagIds: article.tags.map((t) => t.tagId),
      },
    },
    featuredImageSrc: article.featuredImage
      ? mediaSrc(toMediaView(article.featuredImage), 480)
      : null,
    /** Thumbnails for the figures in the body, by media id. */
    figureSrc: Object.fromEntries(
      figures.map(({ id, ...m }) => [id, mediaSrc(toMediaView(m), 960)]),
    ),
    options: {
      topics,
      tags,
      authors,
      issues: issues.map((i) => ({
        id: i.id,
        name: `${i.title} (vol. ${i.volume}, no. ${i.number})`,
      })),
    },
    /** What kind of narration is attached ("MP3 audio"), or null. */
    narration: article.narrationType ? describeFile(article.narrationType) : null,
    permissions: {
      canPublish: can(actor, "article:publish"),
      canEmail: can(actor, "newsletter:send"),
    },
    /** The article's newsletter email: chosen, sending or sent, with its counts; or null. */
    mailing: await articleMailingSummary(db, article.id),
  };
}

export type ArticleEditorData = Awaited<ReturnType<typeof loadArticleEditor>>;
