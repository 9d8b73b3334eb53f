import type { DbClient } from "../db-client";
import type { Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { figureMediaIds } from "../articles/document-pages";
import { parseDocument } from "../articles/document-schema";
import { listRevisions } from "../articles/newsroom";
import { mediaSelect, toMediaView, type MediaView } from "../media/media-view";

/**
 * The revision list of an article and, when one is chosen, that revision beside the
 * current text, both ready to render the way the site does.
 */
export async function loadRevisionCompare(
  db: DbClient,
  actor: Actor | null,
  articleId: string,
  input: { revisionId?: string; page?: number },
) {
  const list = await listRevisions(db, actor, articleId, input.page ?? 1);
  if (!input.revisionId) return { list, compare: null };
  const [revision, current] = await Promise.all([
    db.articleRevision.findFirst({
      where: { id: input.revisionId, articleId },
      select: {
        id: true,
        version: true,
        title: true,
        dek: true,
        body: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
    }),
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { title: true, dek: true, body: true, version: true },
    }),
  ]);
  if (!revision) throw new AppError("NOT_FOUND", "There is no such revision of this article.");
  const revisionDoc = parseDocument(revision.body);
  const currentDoc = parseDocument(current.body);
  const ids = [
    ...new Set([...figureMediaIds(revisionDoc.content), ...figureMediaIds(currentDoc.content)]),
  ];
  const rows = ids.length
    ? await db.media.findMany({ where: { id: { in: ids } }, select: { id: true, ...mediaSelect } })
    : [];
  const media = new Map<string, MediaView>(rows.map(({ id, ...m }) => [id, toMediaView(m)]));
  return {
    list,
    compare: {
      revision: { ...revision, doc: revisionDoc },
      current: { ...current, doc: currentDoc },
      media,
    },
  };
}
