import { z } from "zod";
import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { isPdf } from "../files/file-types";
import type { PrivateFiles } from "../files/private-files";
import { serveFile } from "../files/serve-file";
import { getEntitlement } from "../subscriptions/entitlements";

/**
 * The PDF edition of a magazine issue: attached by editors, downloaded by subscribers
 * through an access-checked route, never from a public file URL.
 */

export const MAX_PDF_BYTES = 50 * 1024 * 1024;

const IdSchema = z.string().trim().min(1).max(64);
const SlugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

function checkPdfHead(head: Uint8Array) {
  if (head.byteLength === 0) throw new AppError("INVALID", "The file is empty.");
  if (!isPdf(head))
    throw new AppError(
      "INVALID",
      "Only a PDF can be attached to an issue (this file is not one, whatever its name).",
    );
}

async function findIssue(db: DbClient, actor: Actor | null, issueId: string) {
  assertCan(actor, "issue:manage", "Only editors can attach an issue's PDF.");
  const id = IdSchema.safeParse(issueId);
  const issue = id.success
    ? await db.magazineIssue.findUnique({
        where: { id: id.data },
        select: { id: true, pdfKey: true },
      })
    : null;
  if (!issue) throw new AppError("NOT_FOUND", "There is no such issue.");
  return issue;
}

/** Attaches a PDF to the issue, replacing any earlier one. Checked before it is kept. */
export async function attachIssuePdf(
  db: DbClient,
  files: PrivateFiles,
  actor: Actor | null,
  input: { issueId: string; body: AsyncIterable<Uint8Array> },
): Promise<{ size: number }> {
  const issue = await findIssue(db, actor, input.issueId);
  const stored = await files.put("issues", input.body, {
    maxBytes: MAX_PDF_BYTES,
    tooLarge: () =>
      new AppError("INVALID", "The PDF is larger than 50 MB. Export it with smaller images."),
    checkHead: checkPdfHead,
  });
  let previous: string | null;
  try {
    previous = await db.$transaction(async (tx) => {
      const current = await tx.magazineIssue.findUniqueOrThrow({
        where: { id: issue.id },
        select: { pdfKey: true },
      });
      await tx.magazineIssue.update({ where: { id: issue.id }, data: { pdfKey: stored.key } });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: current.pdfKey ? "issue.pdf.replace" : "issue.pdf.attach",
        targetType: "MagazineIssue",
        targetId: issue.id,
        after: { size: stored.size },
      });
      return current.pdfKey;
    });
  } catch (error) {
    await files.remove(stored.key).catch(() => undefined);
    throw error;
  }
  // After the commit: a failed removal leaves an orphan file, never a row without its file.
  if (previous) await files.remove(previous).catch((e: unknown) => console.error(e));
  return { size: stored.size };
}

export async function removeIssuePdf(
  db: DbClient,
  files: PrivateFiles,
  actor: Actor | null,
  input: { issueId: string },
): Promise<void> {
  const issue = await findIssue(db, actor, input.issueId);
  const previous = await db.$transaction(async (tx) => {
    const current = await tx.magazineIssue.findUniqueOrThrow({
      where: { id: issue.id },
      select: { pdfKey: true },
    });
    if (!current.pdfKey) return null;
    await tx.magazineIssue.update({ where: { id: issue.id }, data: { pdfKey: null } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "issue.pdf.remove",
      targetType: "MagazineIssue",
      targetId: issue.id,
    });
    return current.pdfKey;
  });
  if (previous) await files.remove(previous).catch((e: unknown) => console.error(e));
}

/** The size of the attached PDF, for the issue editor; null when there is none. */
export async function getIssuePdfInfo(
  db: DbClient,
  files: PrivateFiles,
  actor: Actor | null,
  issueId: string,
): Promise<{ size: number } | null> {
  const issue = await findIssue(db, actor, issueId);
  return issue.pdfKey ? ((await files.stat(issue.pdfKey)) ?? { size: 0 }) : null;
}

export type IssuePdfAccess =
  | { kind: "not-found" }
  | { kind: "sign-in" }
  | { kind: "subscribe" }
  | { kind: "ok"; key: string; filename: string };

/**
 * Whether `userId` may download the PDF of the published issue `slug`. Anonymous readers
 * are asked to sign in (they may be subscribers on another device); signed-in readers
 * without a subscription are shown the offer.
 */
export async function findIssuePdfForReader(
  db: DbClient,
  userId: string | null,
  slug: string,
  now: Date = new Date(),
): Promise<IssuePdfAccess> {
  if (!SlugSchema.safeParse(slug).success) return { kind: "not-found" };
  const issue = await db.magazineIssue.findFirst({
    where: { slug, published: true, publishedOn: { lte: now } },
    select: { pdfKey: true, volume: true, number: true },
  });
  if (!issue?.pdfKey) return { kind: "not-found" };
  if (!userId) return { kind: "sign-in" };
  if (!(await getEntitlement(db, userId, now)).subscriber) return { kind: "subscribe" };
  return {
    kind: "ok",
    key: issue.pdfKey,
    filename: `the-meridian-vol-${issue.volume}-no-${issue.number}.pdf`,
  };
}

/**
 * GET /issues/[slug]/pdf, minus reading the session. Refusals are redirects, not error
 * pages: the link is on the public (cached) issue page for everyone, and a reader who
 * follows it is best served by the next step (sign in, or the plans), which they can act
 * on; no PDF byte is in either answer. Locations are relative so they hold behind proxies.
 */
export async function issuePdfResponse(
  db: DbClient,
  files: PrivateFiles,
  input: { userId: string | null; slug: string; range: string | null; now?: Date },
): Promise<Response> {
  const access = await findIssuePdfForReader(db, input.userId, input.slug, input.now);
  const noStore = { "Cache-Control": "private, no-store" };
  switch (access.kind) {
    case "not-found":
      return new Response("This issue has no PDF.", { status: 404, headers: noStore });
    case "sign-in":
      return new Response(null, {
        status: 303,
        headers: {
          ...noStore,
          Location: `/signin?from=${encodeURIComponent(`/issues/${input.slug}/pdf`)}`,
        },
      });
    case "subscribe":
      return new Response(null, { status: 303, headers: { ...noStore, Location: "/subscribe" } });
    case "ok":
      return serveFile(files, access.key, {
        contentType: "application/pdf",
        range: input.range,
        headers: { "Content-Disposition": `attachment; filename="${access.filename}"` },
      });
  }
}
