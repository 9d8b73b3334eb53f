import { z } from "zod";
import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { pageCount } from "../articles/published";
import type { Prisma } from "../generated/prisma/client";
import { withoutNul } from "../text/without-nul";

/**
 * The audit trail for admins: newest first, filtered by who (an account's email) and by
 * kind (one action such as "plan.update", or a family such as "plan.*"). Each filter maps
 * onto an index: (actorId, createdAt), (action, createdAt) or (createdAt). There is no
 * function here, or anywhere in the app, that edits or deletes an entry; SQL triggers
 * refuse it anyway (prisma/migrations/…_accounts).
 */

export const AUDIT_PAGE_SIZE = 50;

const FiltersSchema = z.object({
  email: z.string().transform(withoutNul).pipe(z.string().trim().toLowerCase().max(200)).catch(""),
  kind: z
    .string()
    .trim()
    .max(80)
    .regex(/^[a-z0-9.:_*-]*$/i)
    .catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilters = z.output<typeof FiltersSchema>;

export type AuditRow = {
  id: string;
  action: string;
  targetType: string;
  targetId: string;
  createdAt: Date;
  actor: { name: string; email: string; deleted: boolean } | null;
  changes: AuditChange[];
};

export type AuditChange = { field: string; before: string | null; after: string | null };

/** "plan.*" → every action starting "plan."; as an index range, not a LIKE. */
function kindWhere(kind: string): Prisma.AuditEntryWhereInput {
  if (!kind) return {};
  if (kind.endsWith(".*")) {
    const prefix = kind.slice(0, -1);
    // "/" is the character after "." in code order: [prefix, prefix with "." → "/") is the family.
    return { action: { gte: prefix, lt: `${prefix.slice(0, -1)}/` } };
  }
  return { action: kind };
}

export async function listAuditEntries(db: DbClient, actor: Actor | null, input: unknown) {
  assertCan(actor, "audit:read", "Only admins can read the audit trail.");
  const filters = FiltersSchema.parse(input ?? {});
  const where: Prisma.AuditEntryWhereInput = kindWhere(filters.kind);
  if (filters.email) {
    const person = await db.user.findUnique({
      where: { email: filters.email },
      select: { id: true },
    });
    // Someone unknown did nothing: an empty page, without asking the database.
    if (!person) return { rows: [] as AuditRow[], filters, total: 0, totalPages: 1 };
    where.actorId = person.id;
  }
  const [total, entries] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true, deletedAt: true } },
      },
    }),
  ]);
  const rows: AuditRow[] = entries.map(({ before, after, actor: who, ...entry }) => ({
    ...entry,
    actor: who ? { name: who.name, email: who.email, deleted: Boolean(who.deletedAt) } : null,
    changes: auditChanges(before, after),
  }));
  return { rows, filters, total, totalPages: pageCount(total, AUDIT_PAGE_SIZE) };
}

/** The kinds recorded so far, for the filter's choices (a scan of the action index). */
export async function listAuditKinds(db: DbClient, actor: Actor | null): Promise<string[]> {
  assertCan(actor, "audit:read", "Only admins can read the audit trail.");
  // Raw SQL: Prisma's `distinct` would fetch every entry and drop duplicates in memory;
  // the database answers DISTINCT from the (action, createdAt) index.
  const rows = await db.$queryRaw<{ action: string }[]>`
    SELECT DISTINCT "action" FROM "AuditEntry" ORDER BY "action" LIMIT 500`;
  return rows.map((row) => row.action);
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function show(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Before and after as field-by-field rows, so an admin reads "priceAmount: 900 → 1000"
 * rather than two blobs of JSON. With both sides, the rows are the fields the change wrote
 * (those in `after`) whose value moved; with one side, all of its fields. Values that are
 * not objects become one row.
 */
export function auditChanges(beforeText: string | null, afterText: string | null): AuditChange[] {
  const before = parse(beforeText);
  const after = parse(afterText);
  if (before === undefined && after === undefined) return [];
  if (!isRecord(before ?? {}) || !isRecord(after ?? {}))
    return [{ field: "value", before: show(before), after: show(after) }];
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = after === undefined ? Object.keys(b) : Object.keys(a);
  return fields
    .filter(
      (field) =>
        before === undefined ||
        after === undefined ||
        JSON.stringify(b[field]) !== JSON.stringify(a[field]),
    )
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }));
}
