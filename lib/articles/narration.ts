import { z } from "zod";
import type { DbClient } from "../db-client";
import type { Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { sniffAudioType, type AudioType } from "../files/file-types";
import type { PrivateFiles } from "../files/private-files";
import { serveFile } from "../files/serve-file";
import { getEntitlement } from "../subscriptions/entitlements";
import { assertCanEdit } from "./newsroom";
import { publishedWhere } from "./published";

/**
 * Narrations: an MP3 or M4A recording of an article, uploaded by the newsroom and played
 * to subscribers only ("audio for every article" is part of the offer).
 */

export const MAX_NARRATION_BYTES = 100 * 1024 * 1024;

const IdSchema = z.string().trim().min(1).max(64);
const SlugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

/** The article, if `actor` may change its narration: the same rule as editing its text. */
async function loadForNarration(db: DbClient, actor: Actor | null, articleId: string) {
  const id = IdSchema.safeParse(articleId);
  if (!id.success) throw new AppError("NOT_FOUND", "There is no such article.");
  const article = await db.article.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      status: true,
      narrationKey: true,
      narrationType: true,
      authors: { select: { author: { select: { userId: true } } } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "There is no such article.");
  const authorUserIds = article.authors.flatMap((a) => (a.author.userId ? [a.author.userId] : []));
  assertCanEdit(actor, { status: article.status, authorUserIds });
  return article;
}

function checkAudioHead(head: Uint8Array) {
  if (head.byteLength === 0) throw new AppError("INVALID", "The file is empty.");
  if (!sniffAudioType(head))
    throw new AppError(
      "INVALID",
      "Only MP3 and M4A audio can be uploaded as a narration (this file is not one of them, whatever its name).",
    );
}

/**
 * Checks and stores a narration, replacing any earlier one. Permission is checked before
 * a byte is read; the bytes are checked as they arrive (type from the first bytes, size
 * as it grows), so a refused upload is never kept.
 */
export async function uploadNarration(
  db: DbClient,
  files: PrivateFiles,
  actor: Actor | null,
  input: { articleId: string; body: AsyncIterable<Uint8Array> },
): Promise<{ type: AudioType; size: number }> {
  const article = await loadForNarration(db, actor, input.articleId);
  const stored = await files.put("narrations", input.body, {
    maxBytes: MAX_NARRATION_BYTES,
    tooLarge: () =>
      new AppError("INVALID", "The narration is larger than 100 MB. Export it at a lower bitrate."),
    checkHead: checkAudioHead,
  });
  // The type comes from the stored bytes, never from the browser's Content-Type.
  const type = sniffAudioType(stored.head)!;
  let previous: string | null;
  try {
    previous = await db.$transaction(async (tx) => {
      const current = await tx.article.findUniqueOrThrow({
        where: { id: article.id },
        select: { narrationKey: true, narrationType: true },
      });
      await tx.article.update({
        where: { id: article.id },
        data: { narrationKey: stored.key, narrationType: type },
      });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: current.narrationKey ? "article.narration.replace" : "article.narration.upload",
        targetType: "Article",
        targetId: article.id,
        before: current.narrationKey ? { narrationType: current.narrationType } : undefined,
        after: { narrationType: type, size: stored.size },
      });
      return current.narrationKey;
    });
  } catch (error) {
    await files.remove(stored.key).catch(() => undefined);
    throw error;
  }
  // After the commit: a failed removal leaves an orphan file, never a row without its file.
  if (previous) await files.remove(previous).catch((e: unknown) => console.error(e));
  return { type, size: stored.size };
}

/** Takes the narration away; the player falls back to the browser reading the text aloud. */
export async function removeNarration(
  db: DbClient,
  files: PrivateFiles,
  actor: Actor | null,
  input: { articleId: string },
): Promise<void> {
  const article = await loadForNarration(db, actor, input.articleId);
  const previous = await db.$transaction(async (tx) => {
    const current = await tx.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { narrationKey: true, narrationType: true },
    });
    if (!current.narrationKey) return null;
    await tx.article.update({
      where: { id: article.id },
      data: { narrationKey: null, narrationType: null },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "article.narration.remove",
      targetType: "Article",
      targetId: article.id,
      before: { narrationType: current.narrationType },
    });
    return current.narrationKey;
  });
  if (previous) await files.remove(previous).catch((e: unknown) => console.error(e));
}

/**
 * The narration of a published article as `userId` may hear it: subscribers only, even
 * for public articles, because audio is a subscriber feature of the offer.
 */
export async function findNarrationForReader(
  db: DbClient,
  userId: string | null,
  slug: string,
  now: Date = new Date(),
): Promise<
  { kind: "not-found" } | { kind: "forbidden" } | { kind: "ok"; key: string; type: string }
> {
  if (!SlugSchema.safeParse(slug).success) return { kind: "not-found" };
  const article = await db.article.findFirst({
    where: { slug, ...publishedWhere(now) },
    select: { narrationKey: true, narrationType: true },
  });
  if (!article) return { kind: "not-found" };
  const entitlement = userId ? await getEntitlement(db, userId, now) : null;
  if (!entitlement?.subscriber) return { kind: "forbidden" };
  if (!article.narrationKey || !article.narrationType) return { kind: "not-found" };
  return { kind: "ok", key: article.narrationKey, type: article.narrationType };
}

/** GET /api/articles/[slug]/narration, minus reading the session. */
export async function narrationResponse(
  db: DbClient,
  files: PrivateFiles,
  input: { userId: string | null; slug: string; range: string | null; now?: Date },
): Promise<Response> {
  const found = await findNarrationForReader(db, input.userId, input.slug, input.now);
  const noStore = { "Cache-Control": "private, no-store" };
  if (found.kind === "not-found")
    return new Response("This article has no narration.", { status: 404, headers: noStore });
  if (found.kind === "forbidden")
    return new Response("Listening to articles is part of a subscription.", {
      status: 403,
      headers: noStore,
    });
  return serveFile(files, found.key, { contentType: found.type, range: input.range });
}
