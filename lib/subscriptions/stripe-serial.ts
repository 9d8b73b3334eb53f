/**
 * Stripe's changes to our database run one at a time in this process, and are retried when
 * SQLite says another writer is in the way.
 *
 * Why: SQLite has one writer at a time. Within a process the libSQL adapter already holds a
 * lock for the length of each transaction, but Prisma gives up on a transaction that waits
 * more than `maxWait` for it, so a burst of 50 webhook deliveries would fail some of them
 * with a 500. Queuing them here means each transaction starts at once. Across processes
 * (several servers on one database) the queue does not reach; there SQLITE_BUSY, a lost
 * race on a unique key, or a Prisma transaction timeout is retried from the start, and the
 * unique WebhookEvent id keeps a retried event from being applied twice.
 */

let tail: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has settled (whatever their outcome). */
export function runSerially<T>(task: () => Promise<T>): Promise<T> {
  const result = tail.then(task, task);
  tail = result.catch(() => undefined);
  return result;
}

const TRANSIENT_CODES = new Set([
  "P2002", // unique constraint: another process applied the same row first
  "P2028", // transaction API error (e.g. could not start in time)
  "P2034", // write conflict or deadlock
]);

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /SQLITE_BUSY|database is locked/i.test(message);
}

const ATTEMPTS = 5;

/** Runs `task`, retrying it with a short backoff while it fails for a transient reason. */
export async function withTransientRetry<T>(task: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt * Math.random()));
    }
  }
}

/** Options for our interactive transactions: generous, since they may queue behind others. */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;
