import type { DbClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";

/** Counts for the admin overview, computed by the database (grouped counts, no row loads). */
export async function adminOverview(db: DbClient, actor: Actor | null) {
  assertCan(actor, "admin:access", "Only admins can see the overview.");
  const [usersByRole, disabled, articlesByStatus] = await Promise.all([
    db.user.groupBy({ by: ["role"], where: { deletedAt: null }, _count: { _all: true } }),
    db.user.count({ where: { disabledAt: { not: null }, deletedAt: null } }),
    db.article.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    usersByRole: Object.fromEntries(
      usersByRole.map((row) => [row.role, row._count._all]),
    ) as Partial<Record<string, number>>,
    disabled,
    articlesByStatus: Object.fromEntries(
      articlesByStatus.map((row) => [row.status, row._count._all]),
    ) as Partial<Record<string, number>>,
  };
}
