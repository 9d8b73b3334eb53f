import { z } from "zod";
import type { DbClient, TransactionClient } from "../db-client";

/**
 * One-time request tokens. A form that moves money or time (refund, complimentary months)
 * sends a random token its browser made for it (request-token.ts), the same one until the
 * change is reported made; the change that carries it out first claims the token in its
 * own transaction. A double click or a retried request finds the token taken and changes
 * nothing.
 */
export const RequestTokenSchema = z.uuid({
  error: "This form has expired. Reload the page and try again.",
});

/**
 * Claims `id` for this change; false when it was claimed before (the change was made).
 * ON CONFLICT DO NOTHING rather than catching a unique violation, so the transaction stays
 * usable (on PostgreSQL a failed statement aborts the whole transaction). The same SQL on
 * SQLite and PostgreSQL; a concurrent claim of the same id waits for the first to commit.
 */
export async function claimRequest(
  tx: TransactionClient,
  request: { id: string; action: string; actorId: string | null; targetId: string },
): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "ProcessedRequest" ("id", "action", "actorId", "targetId", "createdAt")
    VALUES (${request.id}, ${request.action}, ${request.actorId}, ${request.targetId}, ${new Date()})
    ON CONFLICT ("id") DO NOTHING`;
  return inserted === 1;
}

/** Whether a request was already carried out: lets a retry skip calling the provider at all. */
export async function wasProcessed(db: DbClient, id: string): Promise<boolean> {
  return (await db.processedRequest.count({ where: { id } })) > 0;
}
