import { z } from "zod";
import { fieldErrors } from "../forms/form-state";
import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { slugify } from "../text/slugify";

/**
 * Topics and tags, managed by editors. Slugs are public addresses (/topics/<slug>), so
 * they are checked for shape and uniqueness with a message, not a database error.
 */

export type ManageResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, "The slug is too long (80 characters at most).")
  .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, "Use lowercase letters, digits and single hyphens.");

const TopicSchema = z.object({
  name: z.string().trim().min(1, "Give the topic a name.").max(60, "60 characters at most."),
  slug: SlugSchema,
  description: z.string().trim().max(500, "500 characters at most.").default(""),
  position: z.coerce
    .number({ error: "The position is a whole number." })
    .int("The position is a whole number.")
    .min(0, "The position cannot be negative.")
    .max(1000, "The position is at most 1000.")
    .default(0),
});

const TagSchema = z.object({
  name: z.string().trim().min(1, "Give the tag a name.").max(60, "60 characters at most."),
  slug: SlugSchema,
});

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

export async function saveTopic(
  db: DbClient,
  actor: Actor | null,
  input: { id?: string | null; values: unknown },
): Promise<ManageResult> {
  assertCan(actor, "taxonomy:manage", "Only editors can manage topics.");
  const parsed = TopicSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const data = { ...parsed.data, slug: parsed.data.slug || slugify(parsed.data.name) };
  if (!data.slug) return { ok: false, errors: { slug: "Choose a slug for the topic's address." } };
  try {
    return await db.$transaction(async (tx) => {
      const before = input.id ? await tx.topic.findUnique({ where: { id: input.id } }) : null;
      if (input.id && !before) throw new AppError("NOT_FOUND", "There is no such topic.");
      const topic = input.id
        ? await tx.topic.update({ where: { id: input.id }, data, select: { id: true } })
        : await tx.topic.create({ data, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.id ? "topic.update" : "topic.create",
        targetType: "Topic",
        targetId: topic.id,
        before: before ?? undefined,
        after: data,
      });
      return { ok: true as const, id: topic.id };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return { ok: false, errors: { slug: "Another topic already uses this slug." } };
    throw error;
  }
}

/** Deletes a topic; its articles stay, without a topic. */
export async function deleteTopic(db: DbClient, actor: Actor | null, id: string) {
  assertCan(actor, "taxonomy:manage", "Only editors can manage topics.");
  await db.$transaction(async (tx) => {
    const topic = await tx.topic.findUnique({ where: { id } });
    if (!topic) throw new AppError("NOT_FOUND", "There is no such topic.");
    await tx.article.updateMany({ where: { topicId: id }, data: { topicId: null } });
    await tx.topic.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.delete",
      targetType: "Topic",
      targetId: id,
      before: topic,
    });
  });
}

export async function saveTag(
  db: DbClient,
  actor: Actor | null,
  input: { id?: string | null; values: unknown },
): Promise<ManageResult> {
  assertCan(actor, "taxonomy:manage", "Only editors can manage tags.");
  const parsed = TagSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const data = { ...parsed.data, slug: parsed.data.slug || slugify(parsed.data.name) };
  if (!data.slug) return { ok: false, errors: { slug: "Choose a slug for the tag." } };
  try {
    const tag = input.id
      ? await db.tag.update({ where: { id: input.id }, data, select: { id: true } })
      : await db.tag.create({ data, select: { id: true } });
    return { ok: true, id: tag.id };
  } catch (error) {
    if (isUniqueViolation(error))
      return { ok: false, errors: { slug: "Another tag already uses this slug." } };
    if ((error as { code?: string }).code === "P2025")
      throw new AppError("NOT_FOUND", "There is no such tag.");
    throw error;
  }
}

export async function deleteTag(db: DbClient, actor: Actor | null, id: string) {
  assertCan(actor, "taxonomy:manage", "Only editors can manage tags.");
  const { count } = await db.tag.deleteMany({ where: { id } });
  if (count === 0) throw new AppError("NOT_FOUND", "There is no such tag.");
}

/** Tags by name, optionally filtered, a page at a time (a newsroom can collect thousands). */
export async function listTags(
  db: DbClient,
  actor: Actor | null,
  input: { q?: string; page?: number },
) {
  assertCan(actor, "taxonomy:manage", "Only editors can manage tags.");
  const PAGE = 50;
  const q = (input.q ?? "").trim().slice(0, 60);
  const page = Math.max(1, Math.min(10_000, Math.floor(Number(input.page) || 1)));
  const where = q ? { name: { contains: q } } : {};
  const [total, tags] = await Promise.all([
    db.tag.count({ where }),
    db.tag.findMany({
      where,
      select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
      orderBy: { name: "asc" },
      skip: (page - 1) * PAGE,
      take: PAGE,
    }),
  ]);
  return { q, page, total, totalPages: Math.max(1, Math.ceil(total / PAGE)), tags };
}
