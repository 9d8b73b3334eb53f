import { z } from "zod";
import { lockActiveAdmins } from "../db-locks";
import type { DbClient } from "../db-client";
import { assertCan, ROLES, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { pageCount } from "../articles/published";
import { withoutNul } from "../text/without-nul";
import { userIdsMatching } from "./user-search";
import { Prisma } from "../generated/prisma/client";

export const USERS_PAGE_SIZE = 25;

function assertAllowed(
  actor: Actor | null,
  action: "user:list" | "user:change-role" | "user:disable",
): asserts actor is Actor {
  assertCan(actor, action, "Only admins can manage accounts.");
}

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: (typeof ROLES)[number];
  disabled: boolean;
  createdAt: Date;
};

/** Accounts, newest first, optionally filtered by a part of the name or email; one page at a time. */
export async function listUsers(
  db: DbClient,
  actor: Actor | null,
  input: { q?: string; page?: number },
) {
  assertAllowed(actor, "user:list");
  const q = withoutNul(input.q ?? "")
    .trim()
    .slice(0, 100);
  const page = Math.max(1, Math.floor(Number.isFinite(input.page) ? input.page! : 1));
  const select = {
    id: true,
    name: true,
    email: true,
    role: true,
    disabledAt: true,
    createdAt: true,
  } as const;
  let total: number;
  let rows: Prisma.UserGetPayload<{ select: typeof select }>[];
  if (q) {
    // A plain substring match (Prisma's `contains` is a LIKE on SQLite, where a typed % or
    // _ would act as a wildcard), from the trigram index.
    const match = Prisma.sql`"deletedAt" IS NULL AND "id" IN (${userIdsMatching(q)})`;
    const [counted, ids] = await Promise.all([
      db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM "User" WHERE ${match}`,
      db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE ${match}
        ORDER BY "createdAt" DESC, "id" DESC
        LIMIT ${USERS_PAGE_SIZE} OFFSET ${(page - 1) * USERS_PAGE_SIZE}`,
    ]);
    total = Number(counted[0]?.n ?? 0);
    const order = new Map(ids.map((row, index) => [row.id, index]));
    rows = (await db.user.findMany({ where: { id: { in: [...order.keys()] } }, select })).sort(
      (a, b) => order.get(a.id)! - order.get(b.id)!,
    );
  } else {
    const where = { deletedAt: null };
    [total, rows] = await Promise.all([
      db.user.count({ where }),
      db.user.findMany({
        where,
        select,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * USERS_PAGE_SIZE,
        take: USERS_PAGE_SIZE,
      }),
    ]);
  }
  const users: UserRow[] = rows.map(({ disabledAt, ...row }) => ({
    ...row,
    disabled: Boolean(disabledAt),
  }));
  return { users, q, page, total, totalPages: pageCount(total, USERS_PAGE_SIZE) };
}

const ChangeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES, { error: "Choose one of the roles: reader, writer, editor or admin." }),
});

async function activeAdminCount(db: Pick<DbClient, "user">) {
  return db.user.count({ where: { role: "ADMIN", disabledAt: null, deletedAt: null } });
}

/** Changes a role; takes effect on the person's next request. The last active admin stays an admin. */
export async function changeUserRole(db: DbClient, actor: Actor | null, input: unknown) {
  assertAllowed(actor, "user:change-role");
  const parsed = ChangeRoleSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]!.message);
  const { userId, role } = parsed.data;
  return db.$transaction(async (tx) => {
    // "Another active admin remains" is read, then written: see lockActiveAdmins.
    await lockActiveAdmins(tx);
    const user = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "There is no such account.");
    if (user.role === role) return { changed: false };
    if (user.role === "ADMIN" && !user.disabledAt && (await activeAdminCount(tx)) <= 1) {
      throw new AppError("CONFLICT", "This is the last admin. Make someone else an admin first.");
    }
    await tx.user.update({
      where: { id: userId },
      // No sign-out needed: the role is re-read from the database on every protected request.
      data: { role },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.change-role",
      targetType: "User",
      targetId: userId,
      before: { role: user.role },
      after: { role },
    });
    return { changed: true };
  });
}

const DisableSchema = z.object({ userId: z.string().min(1).max(64), disabled: z.boolean() });

/** Disables (or re-enables) an account; a disabled person's sessions stop working at once. */
export async function setUserDisabled(db: DbClient, actor: Actor | null, input: unknown) {
  assertAllowed(actor, "user:disable");
  const parsed = DisableSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Choose an account to disable or enable.");
  const { userId, disabled } = parsed.data;
  if (disabled && userId === actor.id)
    throw new AppError("CONFLICT", "You cannot disable your own account.");
  return db.$transaction(async (tx) => {
    // "Another active admin remains" is read, then written: see lockActiveAdmins.
    await lockActiveAdmins(tx);
    const user = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "There is no such account.");
    if (Boolean(user.disabledAt) === disabled) return { changed: false };
    if (disabled && user.role === "ADMIN" && (await activeAdminCount(tx)) <= 1) {
      throw new AppError("CONFLICT", "This is the last admin. Make someone else an admin first.");
    }
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? new Date() : null, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: disabled ? "user.disable" : "user.enable",
      targetType: "User",
      targetId: userId,
    });
    return { changed: true };
  });
}
