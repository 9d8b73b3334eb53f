import type { TransactionClient } from "../db-client";

/** Appends to the audit trail, in the caller's transaction so the entry and the change commit together. */
export async function recordAudit(
  tx: TransactionClient,
  entry: {
    actorId: string | null;
    action: string;
    targetType: string;
    targetId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
