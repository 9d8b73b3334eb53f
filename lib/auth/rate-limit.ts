import type { DbClient } from "../db-client";

export type RateLimitResult = { allowed: boolean; remaining: number; resetAt: Date };

/**
 * Fixed-window counter kept in the database, so limits hold across restarts and across
 * app instances sharing one database. One statement per hit: an upsert that starts a new
 * window when the old one has ended, else counts one more.
 */
export async function hitRateLimit(
  db: DbClient,
  key: string,
  options: { limit: number; windowMs: number; now?: Date },
): Promise<RateLimitResult> {
  const now = options.now ?? new Date();
  const resetAt = new Date(now.getTime() + options.windowMs);
  const rows = await db.$queryRaw<{ count: number; resetAt: string | Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0]!;
  const count = Number(row.count);
  return {
    allowed: count <= options.limit,
    remaining: Math.max(0, options.limit - count),
    resetAt: new Date(row.resetAt),
  };
}

/** Forgets a key, e.g. the per-account counter after a successful sign-in. */
export async function clearRateLimit(db: DbClient, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Whether `key` has used up its window, without counting an attempt. */
export async function isRateLimited(
  db: DbClient,
  key: string,
  limit: number,
  now: Date = new Date(),
): Promise<boolean> {
  const row = await db.rateLimit.findUnique({
    where: { key },
    select: { count: true, resetAt: true },
  });
  return Boolean(row && row.resetAt > now && row.count >= limit);
}
