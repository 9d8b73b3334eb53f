import { z } from "zod";
import { fieldErrors } from "../forms/form-state";
import type { DbClient, TransactionClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { queueIssueMailingTx } from "../newsletters/issue-mailing";

/** Magazine issues as editors assemble them: details, cover, and an ordered contents. */

export type IssueResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

const IssueSchema = z.object({
  title: z.string().trim().min(1, "Give the issue a title.").max(120, "120 characters at most."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, "80 characters at most.")
    .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, "Use lowercase letters, digits and single hyphens."),
  volume: z.coerce
    .number({ error: "The volume is a whole number." })
    .int("The volume is a whole number.")
    .min(1, "Volumes start at 1.")
    .max(9999, "The volume is at most 9999."),
  number: z.coerce
    .number({ error: "The number is a whole number." })
    .int("The number is a whole number.")
    .min(1, "Numbers start at 1.")
    .max(999, "The number is at most 999."),
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose the issue's date.")
    .transform((value) => new Date(`${value}T00:00:00.000Z`))
    .refine((date) => !Number.isNaN(date.getTime()), "Choose a real date."),
  description: z.string().trim().max(1000, "1,000 characters at most.").default(""),
  published: z.boolean().default(false),
});

function assertEditor(actor: Actor | null): asserts actor is Actor {
  assertCan(actor, "issue:manage", "Only editors can manage magazine issues.");
}

export async function saveIssue(
  db: DbClient,
  actor: Actor | null,
  input: {
    id?: string | null;
    values: unknown;
    coverId?: string | null;
    /** email the contents to "The new issue" readers once it is shown (lib/newsletters) */
    emailContents?: boolean;
  },
): Promise<IssueResult> {
  assertEditor(actor);
  const parsed = IssueSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const data = {
    ...parsed.data,
    // Like the archive's own issues, an issue is addressed by its date unless named.
    slug: parsed.data.slug || parsed.data.publishedOn.toISOString().slice(0, 10),
    ...(input.coverId !== undefined ? { coverId: input.coverId } : {}),
  };
  try {
    return await db.$transaction(async (tx) => {
      const before = input.id
        ? await tx.magazineIssue.findUnique({ where: { id: input.id } })
        : null;
      if (input.id && !before) throw new AppError("NOT_FOUND", "There is no such issue.");
      const issue = input.id
        ? await tx.magazineIssue.update({ where: { id: input.id }, data, select: { id: true } })
        : await tx.magazineIssue.create({ data, select: { id: true } });
      if (input.emailContents)
        await queueIssueMailingTx(tx, actor, { id: issue.id, title: data.title });
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.id ? "issue.update" : "issue.create",
        targetType: "MagazineIssue",
        targetId: issue.id,
        before: before ?? undefined,
        after: data,
      });
      return { ok: true as const, id: issue.id };
    });
  } catch (error) {
    const target = String((error as { meta?: { target?: unknown } }).meta?.target ?? "");
    if ((error as { code?: string }).code === "P2002")
      return {
        ok: false,
        errors: target.includes("slug")
          ? { slug: "Another issue already uses this slug." }
          : { number: "An issue with this volume and number already exists." },
      };
    throw error;
  }
}

/** The issue's contents in order, for the editor. */
export async function getIssueForEditing(db: DbClient, actor: Actor | null, id: string) {
  assertEditor(actor);
  const issue = await db.magazineIssue.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      volume: true,
      number: true,
      publishedOn: true,
      description: true,
      published: true,
      cover: { select: { key: true, variants: true, alt: true } },
      articles: {
        select: { id: true, title: true, status: true, issuePosition: true },
        orderBy: [{ issuePosition: "asc" }, { title: "asc" }],
        take: 200,
      },
    },
  });
  if (!issue) throw new AppError("NOT_FOUND", "There is no such issue.");
  const candidates = await db.article.findMany({
    where: { issueId: null, status: { in: ["PUBLISHED", "SCHEDULED", "IN_REVIEW", "DRAFT"] } },
    select: { id: true, title: true },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return { issue, candidates };
}

async function renumber(tx: TransactionClient, issueId: string, orderedIds: string[]) {
  for (const [index, articleId] of orderedIds.entries())
    await tx.article.update({
      where: { id: articleId },
      data: { issueId, issuePosition: index + 1 },
    });
}

async function contentsOf(tx: TransactionClient, issueId: string) {
  const rows = await tx.article.findMany({
    where: { issueId },
    select: { id: true },
    orderBy: [{ issuePosition: "asc" }, { title: "asc" }],
  });
  return rows.map((row) => row.id);
}

/** Adds an article at the end of the contents, or moves it, or takes it out. */
export async function changeIssueContents(
  db: DbClient,
  actor: Actor | null,
  input: { issueId: string; articleId: string; op: "add" | "remove" | "up" | "down" },
) {
  assertEditor(actor);
  await db.$transaction(async (tx) => {
    const issue = await tx.magazineIssue.findUnique({
      where: { id: input.issueId },
      select: { id: true },
    });
    if (!issue) throw new AppError("NOT_FOUND", "There is no such issue.");
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, issueId: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "There is no such article.");
    const ids = await contentsOf(tx, input.issueId);
    const at = ids.indexOf(article.id);
    if (input.op === "add") {
      if (article.issueId && article.issueId !== input.issueId)
        throw new AppError(
          "CONFLICT",
          "That article is already in another issue. Remove it there first.",
        );
      if (at === -1) ids.push(article.id);
    } else if (at === -1) {
      throw new AppError("NOT_FOUND", "That article is not in this issue.");
    } else if (input.op === "remove") {
      ids.splice(at, 1);
      await tx.article.update({
        where: { id: article.id },
        data: { issueId: null, issuePosition: null },
      });
    } else {
      const to = input.op === "up" ? at - 1 : at + 1;
      if (to < 0 || to >= ids.length) return;
      [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    }
    await renumber(tx, input.issueId, ids);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `issue.contents.${input.op}`,
      targetType: "MagazineIssue",
      targetId: input.issueId,
      after: { articleId: article.id, order: ids },
    });
  });
}

/** Issues, newest first, a page at a time. */
export async function listIssuesForEditing(db: DbClient, actor: Actor | null, page = 1) {
  assertEditor(actor);
  const PAGE = 30;
  const current = Math.max(1, Math.min(10_000, Math.floor(page) || 1));
  const [total, issues] = await Promise.all([
    db.magazineIssue.count(),
    db.magazineIssue.findMany({
      select: {
        id: true,
        title: true,
        volume: true,
        number: true,
        publishedOn: true,
        published: true,
        _count: { select: { articles: true } },
      },
      orderBy: { publishedOn: "desc" },
      skip: (current - 1) * PAGE,
      take: PAGE,
    }),
  ]);
  return { page: current, total, totalPages: Math.max(1, Math.ceil(total / PAGE)), issues };
}
