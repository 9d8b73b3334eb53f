import { addDays } from "date-fns";
import type { DbClient, TransactionClient } from "../db-client";
import { AppError } from "../errors";

/**
 * Free trials: a plan with `trialDays` > 0 starts with that many free days; the first
 * charge is taken when they end unless the reader cancels first. One trial per reader,
 * ever: `User.trialUsedAt` is set once, by a conditional update in the transaction that
 * starts the trial, so two checkouts completed at once (two tabs) cannot both get one.
 */

/** Whether this reader's checkout of `plan` would start with a free trial. */
export async function trialAvailable(
  db: DbClient,
  userId: string,
  plan: { trialDays: number },
): Promise<boolean> {
  if (plan.trialDays <= 0) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { trialUsedAt: true } });
  return user !== null && user.trialUsedAt === null;
}

/** Marks the reader's one trial as used; throws (rolling back the caller) when it already is. */
export async function claimTrial(tx: TransactionClient, userId: string, now: Date) {
  const { count } = await tx.user.updateMany({
    where: { id: userId, trialUsedAt: null },
    data: { trialUsedAt: now },
  });
  if (count === 0)
    throw new AppError(
      "CONFLICT",
      "You have already had your free trial. Choose your plan again to subscribe without one.",
    );
}

export const trialEnd = (start: Date, days: number) => addDays(start, days);
