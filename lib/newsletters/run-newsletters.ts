import type { DbClient } from "../db-client";
import { queueNextRecipients } from "./queue-recipients";
import { finishMailings, sendDueDeliveries, type SendOptions } from "./send-deliveries";

/**
 * The scheduler's newsletter step (app/api/internal/tick): queue one batch of recipients,
 * send one batch of emails, close finished mailings. Every step reads its state from the
 * database, so a restart resumes where the last tick stopped.
 */
export async function runNewsletters(db: DbClient, options: SendOptions = {}) {
  const now = options.now ?? new Date();
  const queued = await queueNextRecipients(db, { now });
  const delivery = await sendDueDeliveries(db, { ...options, now });
  const finished = await finishMailings(db, now);
  return { queued, ...delivery, finished };
}
