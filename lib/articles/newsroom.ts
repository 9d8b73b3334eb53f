import type { DbClient, TransactionClient } from "../db-client";
import { assertCan, can, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { slugify } from "../text/slugify";
import { InvalidDocumentError, type ArticleDocument } from "./document-schema";
import { documentFromEditor } from "./editor-document";
import { SaveArticleSchema, type ArticleFields } from "./article-form-schema";
import { blocksToText, countWords, splitPages } from "./document-pages";
import { publishArticleTx, syncSearchIndexTx } from "./save-article";
import {
  setArticleMailingTx,
  withdrawArticleMailingTx,
  type MailingChoice,
} from "../newsletters/article-mailing";

/**
 * The newsroom's article operations. Each checks `can()` against the article's authors
 * and runs in one transaction with its revision, audit entry and search-index update.
 */

type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

/** Statuses a writer may still change their own article in; after that it is the editors'. */
const WRITER_EDITABLE: Status[] = ["DRAFT", "IN_REVIEW"];

async function loadForEdit(tx: TransactionClient, articleId: string) {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      slug: true,
      title: true,
      dek: true,
      body: true,
      status: true,
      version: true,
      publishedAt: true,
      scheduledAt: true,
      authors: { select: { author: { select: { userId: true } } } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "There is no such article.");
  return {
    ...article,
    authorUserIds: article.authors.flatMap((a) => (a.author.userId ? [a.author.userId] : [])),
  };
}

type Loaded = Awaited<ReturnType<typeof loadForEdit>>;

/**
 * Who may change an article (its text, and its narration): its authors while it is a draft
 * or in review, editors always.
 */
export function assertCanEdit(
  actor: Actor | null,
  article: { status: Status; authorUserIds: string[] },
): asserts actor is Actor {
  assertCan(actor, "article:edit", "You can only edit articles you are an author of.", {
    authorUserIds: article.authorUserIds,
  });
  if (actor.role === "WRITER" && !WRITER_EDITABLE.includes(article.status)) {
    throw new AppError(
      "FORBIDDEN",
      "This article is scheduled or published; ask an editor to change it.",
    );
  }
}

/** Whether `actor` may open this article in the editor (read its draft). */
export function canOpenArticle(actor: Actor | null, authorUserIds: string[]): boolean {
  return can(actor, "article:edit", { authorUserIds });
}

/** The author profile that stands for a newsroom user, made on first use. */
async function authorFor(tx: TransactionClient, user: { id: string; name: string }) {
  const existing = await tx.author.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (existing) return existing;
  const base = slugify(user.name) || "author";
  let slug = base;
  for (let n = 2; await tx.author.findUnique({ where: { slug }, select: { id: true } }); n++)
    slug = `${base}-${n}`;
  return tx.author.create({
    data: { slug, name: user.name, userId: user.id },
    select: { id: true },
  });
}

async function uniqueSlug(tx: TransactionClient, wanted: string, articleId?: string) {
  const base = slugify(wanted) || "untitled";
  let slug = base;
  for (let n = 2; ; n++) {
    const [article, redirect] = await Promise.all([
      tx.article.findUnique({ where: { slug }, select: { id: true } }),
      tx.slugRedirect.findUnique({ where: { fromSlug: slug }, select: { articleId: true } }),
    ]);
    const free =
      (!article || article.id === articleId) && (!redirect || redirect.articleId === articleId);
    if (free) return slug;
    slug = `${base}-${n}`;
  }
}

function derivedFromBody(body: ArticleDocument) {
  const pages = splitPages(body);
  return {
    body: JSON.stringify(body),
    pageCount: pages.length,
    wordCount: countWords(blocksToText(pages.flat())),
  };
}

const EMPTY_DOC: ArticleDocument = { type: "doc", content: [{ type: "paragraph" }] };

/** A new draft by the actor, ready to open in the editor. */
export async function createDraft(
  db: DbClient,
  actor: (Actor & { name: string }) | null,
  input: { title?: string } = {},
) {
  assertCan(actor, "article:create", "Only the newsroom can write articles.");
  const title = (input.title ?? "").trim().slice(0, 200) || "Untitled article";
  return db.$transaction(async (tx) => {
    const author = await authorFor(tx, actor);
    const article = await tx.article.create({
      data: {
        slug: await uniqueSlug(tx, title),
        title,
        ...derivedFromBody(EMPTY_DOC),
        authors: { create: [{ authorId: author.id, position: 0 }] },
      },
      select: { id: true, slug: true, title: true, dek: true, body: true, version: true },
    });
    await tx.articleRevision.create({
      data: {
        articleId: article.id,
        version: article.version,
        title: article.title,
        dek: article.dek,
        body: article.body,
        createdById: actor.id,
      },
    });
    return { id: article.id };
  });
}

export type SaveResult =
  | { ok: true; version: number; slug: string; savedAt: string; revisionCreated: boolean }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; conflict: { version: number; updatedAt: string } };

/**
 * Saves the editor's state. Refused as a conflict when the article moved on since the
 * version the editor holds, so two tabs or two people never overwrite each other.
 */
export async function saveArticle(
  db: DbClient,
  actor: Actor | null,
  articleId: string,
  input: unknown,
): Promise<SaveResult & { wasPublished?: boolean; oldSlug?: string }> {
  const parsed = SaveArticleSchema.safeParse(input);
  if (!parsed.success) {
    // Keyed by the form field ("title", "slug"…), first message each.
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path;
      errors[String(first === "fields" ? (second ?? "form") : (first ?? "form"))] ??= issue.message;
    }
    return { ok: false, errors };
  }
  let body: ArticleDocument;
  try {
    body = documentFromEditor(parsed.data.body);
  } catch (error) {
    if (error instanceof InvalidDocumentError)
      return { ok: false, errors: { body: error.message } };
    throw error;
  }
  const { fields, version } = parsed.data;
  return db.$transaction(async (tx) => {
    const article = await loadForEdit(tx, articleId);
    assertCanEdit(actor, article);
    const conflict = async () => {
      const current = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { version: true, updatedAt: true },
      });
      return {
        ok: false as const,
        conflict: { version: current.version, updatedAt: current.updatedAt.toISOString() },
      };
    };
    if (article.version !== version) return conflict();
    const errors = await checkReferences(tx, fields, article);
    if (Object.keys(errors).length > 0) return { ok: false as const, errors };
    // The version is claimed by a conditional write, not only compared above: on PostgreSQL
    // two saves from the same version (two tabs, or nginx re-sending an autosave to the
    // other server) would both pass the comparison; the second now waits on the row and
    // finds the version gone.
    const claimed = await tx.article.updateMany({
      where: { id: articleId, version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count === 0) return conflict();

    const derived = derivedFromBody(body);
    const textChanged =
      fields.title !== article.title || fields.dek !== article.dek || derived.body !== article.body;
    const published = article.status === "PUBLISHED";
    if (fields.slug !== article.slug && published) {
      // The old address keeps working: a permanent redirect to the new one.
      await tx.slugRedirect.upsert({
        where: { fromSlug: article.slug },
        create: { fromSlug: article.slug, articleId },
        update: { articleId },
      });
    }
    await tx.slugRedirect.deleteMany({ where: { fromSlug: fields.slug, articleId } });
    const saved = await tx.article.update({
      where: { id: articleId },
      data: {
        title: fields.title,
        dek: fields.dek,
        slug: fields.slug,
        excerpt: fields.excerpt,
        seoTitle: fields.seoTitle || null,
        seoDescription: fields.seoDescription || null,
        visibility: fields.visibility,
        topicId: fields.topicId,
        featuredImageId: fields.featuredImageId,
        issueId: fields.issueId,
        ...derived,
        authors: {
          deleteMany: {},
          create: fields.authorIds.map((authorId, position) => ({ authorId, position })),
        },
        tags: { deleteMany: {}, create: fields.tagIds.map((tagId) => ({ tagId })) },
      },
      select: { version: true, slug: true, updatedAt: true },
    });
    if (textChanged) {
      await tx.articleRevision.create({
        data: {
          articleId,
          version: saved.version,
          title: fields.title,
          dek: fields.dek,
          body: derived.body,
          createdById: actor.id,
        },
      });
    }
    await syncSearchIndexTx(tx, articleId);
    return {
      ok: true as const,
      version: saved.version,
      slug: saved.slug,
      savedAt: saved.updatedAt.toISOString(),
      revisionCreated: textChanged,
      wasPublished: published,
      oldSlug: article.slug,
    };
  });
}

async function checkReferences(tx: TransactionClient, fields: ArticleFields, article: Loaded) {
  const errors: Record<string, string> = {};
  const [slugTaken, redirectTaken, topic, issue, image, authors, tags] = await Promise.all([
    tx.article.findFirst({
      where: { slug: fields.slug, NOT: { id: article.id } },
      select: { id: true },
    }),
    tx.slugRedirect.findFirst({
      where: { fromSlug: fields.slug, NOT: { articleId: article.id } },
      select: { articleId: true },
    }),
    fields.topicId ? tx.topic.findUnique({ where: { id: fields.topicId } }) : null,
    fields.issueId ? tx.magazineIssue.findUnique({ where: { id: fields.issueId } }) : null,
    fields.featuredImageId ? tx.media.findUnique({ where: { id: fields.featuredImageId } }) : null,
    tx.author.count({ where: { id: { in: fields.authorIds } } }),
    tx.tag.count({ where: { id: { in: fields.tagIds } } }),
  ]);
  if (slugTaken || redirectTaken)
    errors.slug = "Another article already uses this web address. Choose another slug.";
  if (fields.topicId && !topic) errors.topicId = "That topic no longer exists.";
  if (fields.issueId && !issue) errors.issueId = "That magazine issue no longer exists.";
  if (fields.featuredImageId && !image)
    errors.featuredImageId = "That image is no longer in the media library.";
  if (authors !== new Set(fields.authorIds).size)
    errors.authorIds = "One of the authors no longer exists.";
  if (tags !== new Set(fields.tagIds).size) errors.tagIds = "One of the tags no longer exists.";
  return errors;
}

/** `email`: the editor's newsletter choice, made with publishing or scheduling (lib/newsletters). */
export type StatusChange =
  | { to: "IN_REVIEW" }
  | { to: "PUBLISHED"; email?: MailingChoice }
  | { to: "SCHEDULED"; at: Date; email?: MailingChoice }
  | { to: "DRAFT" }
  | { to: "ARCHIVED" };

/**
 * Moves an article through the workflow. Writers submit their own drafts for review (and
 * may take them back to draft); publishing, scheduling, unpublishing and archiving are
 * for editors.
 */
export async function changeStatus(
  db: DbClient,
  actor: Actor | null,
  articleId: string,
  change: StatusChange,
  now: Date = new Date(),
) {
  return db.$transaction(async (tx) => {
    const article = await loadForEdit(tx, articleId);
    const writerStep =
      (change.to === "IN_REVIEW" && article.status === "DRAFT") ||
      (change.to === "DRAFT" && article.status === "IN_REVIEW");
    if (writerStep) {
      assertCan(actor, "article:submit", "You can only submit articles you are an author of.", {
        authorUserIds: article.authorUserIds,
      });
    } else {
      assertCan(actor, "article:publish", "Only editors can publish, schedule or archive.");
    }
    if (article.status === change.to && change.to !== "SCHEDULED")
      return {
        changed: false,
        slug: article.slug,
        status: article.status,
        version: article.version,
      };
    if (change.to === "SCHEDULED" && change.at.getTime() <= now.getTime())
      throw new AppError("INVALID", "Choose a time in the future to schedule publication.");

    switch (change.to) {
      case "PUBLISHED":
        // Republishing keeps the original date, so links and the archive order stay put.
        await publishArticleTx(tx, articleId, article.publishedAt ?? now);
        break;
      case "SCHEDULED":
        await tx.article.update({
          where: { id: articleId },
          data: { status: "SCHEDULED", scheduledAt: change.at },
        });
        break;
      default:
        await tx.article.update({
          where: { id: articleId },
          data: { status: change.to, scheduledAt: null },
        });
        await withdrawArticleMailingTx(tx, articleId);
    }
    if ((change.to === "PUBLISHED" || change.to === "SCHEDULED") && change.email)
      await setArticleMailingTx(tx, actor, { articleId, choice: change.email });
    await syncSearchIndexTx(tx, articleId);
    const { version, status } = await tx.article.update({
      where: { id: articleId },
      data: { version: { increment: 1 } },
      select: { version: true, status: true },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: `article.status.${change.to.toLowerCase()}`,
      targetType: "Article",
      targetId: articleId,
      before: { status: article.status },
      after: {
        status: change.to,
        ...(change.to === "SCHEDULED" ? { at: change.at.toISOString() } : {}),
      },
    });
    return {
      changed: true,
      slug: article.slug,
      status,
      version,
      wasPublic: article.status === "PUBLISHED",
    };
  });
}

/**
 * Publishes every scheduled article whose time has come, dated at its scheduled time.
 * Run by the scheduler tick; safe to run twice (an article is only published once).
 */
export async function publishDueArticles(db: DbClient, now: Date = new Date()) {
  const due = await db.article.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now } },
    select: { id: true, slug: true, scheduledAt: true },
    orderBy: { scheduledAt: "asc" },
    take: 50,
  });
  const published: string[] = [];
  for (const article of due) {
    // One article that cannot be published must not hold back the others due with it.
    await publishOneDue(db, article, now, published).catch((error: unknown) =>
      console.error(`[scheduler] could not publish ${article.slug}:`, error),
    );
  }
  return published;
}

async function publishOneDue(
  db: DbClient,
  article: { id: string; slug: string; scheduledAt: Date | null },
  now: Date,
  published: string[],
) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: article.id, status: "SCHEDULED" },
      data: { status: "PUBLISHED", version: { increment: 1 } },
    });
    if (count === 0) return;
    await publishArticleTx(tx, article.id, article.scheduledAt ?? now);
    await recordAudit(tx, {
      actorId: null,
      action: "article.status.published",
      targetType: "Article",
      targetId: article.id,
      before: { status: "SCHEDULED" },
      after: { status: "PUBLISHED", by: "schedule" },
    });
    published.push(article.slug);
  });
}

/** Revisions of an article, newest first, one page at a time. */
export async function listRevisions(
  db: DbClient,
  actor: Actor | null,
  articleId: string,
  page = 1,
) {
  const article = await db.$transaction((tx) => loadForEdit(tx, articleId));
  assertCan(actor, "article:edit", "You can only see revisions of your own articles.", {
    authorUserIds: article.authorUserIds,
  });
  const PAGE = 30;
  const [total, revisions] = await Promise.all([
    db.articleRevision.count({ where: { articleId } }),
    db.articleRevision.findMany({
      where: { articleId },
      select: {
        id: true,
        version: true,
        title: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
      skip: (Math.max(1, page) - 1) * PAGE,
      take: PAGE,
    }),
  ]);
  return { article, total, revisions, totalPages: Math.max(1, Math.ceil(total / PAGE)) };
}

/**
 * Puts a revision's title, dek and body back as the current text (a new version and a
 * new revision, so the restore itself can be undone).
 */
export async function restoreRevision(
  db: DbClient,
  actor: Actor | null,
  input: { articleId: string; revisionId: string },
) {
  return db.$transaction(async (tx) => {
    const article = await loadForEdit(tx, input.articleId);
    assertCanEdit(actor, article);
    const revision = await tx.articleRevision.findFirst({
      where: { id: input.revisionId, articleId: input.articleId },
      select: { title: true, dek: true, body: true, version: true },
    });
    if (!revision) throw new AppError("NOT_FOUND", "There is no such revision of this article.");
    const body = documentFromEditor(JSON.parse(revision.body));
    const saved = await tx.article.update({
      where: { id: input.articleId },
      data: {
        title: revision.title,
        dek: revision.dek,
        ...derivedFromBody(body),
        version: { increment: 1 },
      },
      select: { version: true, slug: true, status: true },
    });
    await tx.articleRevision.create({
      data: {
        articleId: input.articleId,
        version: saved.version,
        title: revision.title,
        dek: revision.dek,
        body: JSON.stringify(body),
        createdById: actor.id,
      },
    });
    await syncSearchIndexTx(tx, input.articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.restore-revision",
      targetType: "Article",
      targetId: input.articleId,
      after: { fromVersion: revision.version, version: saved.version },
    });
    return { version: saved.version, slug: saved.slug, published: saved.status === "PUBLISHED" };
  });
}
