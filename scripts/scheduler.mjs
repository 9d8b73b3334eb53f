// The server's clock: every few seconds, asks the app to do what is due (publish
// scheduled articles). A tick that fails (server still starting, a restart) is retried
// on the next one, and anything overdue is caught up then, so a restart loses nothing.
import { randomBytes } from "node:crypto";

export function withSchedulerSecret(env) {
  return {
    ...env,
    SCHEDULER_SECRET: env.SCHEDULER_SECRET ?? randomBytes(24).toString("base64url"),
  };
}

/**
 * @param {{ origin: string, secret: string, intervalMs?: number,
 *   lease?: { take(): Promise<boolean>, release(): Promise<void> } }} options `lease`,
 *   with several app servers (lib/cluster/redis.mjs schedulerLease), says whether this
 *   scheduler is the one to tick now; a scheduler whose server fails its tick gives the
 *   lease up, so another server's takes over at once.
 */
export function startScheduler({ origin, secret, intervalMs = 5000, lease }) {
  let running = false;
  // A server still starting misses a tick or two; one that keeps missing is reported, so
  // a scheduler that cannot reach its server (a wrong address) is not silent.
  let misses = 0;
  const failed = (reason) => {
    misses += 1;
    if (misses === 3 || misses % 60 === 0)
      console.error(`[scheduler] ${origin}/api/internal/tick failed ${misses} times: ${reason}`);
  };
  const tick = async () => {
    if (running) return;
    running = true;
    let held = false;
    let ticked = false;
    try {
      if (lease && !(held = await lease.take())) return;
      const response = await fetch(`${origin}/api/internal/tick`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}` },
        signal: AbortSignal.timeout(30_000),
      });
      if (response.ok) {
        ticked = true;
        const { published } = await response.json();
        for (const slug of published ?? []) console.log(`[scheduler] published /articles/${slug}`);
      } else failed(`HTTP ${response.status}`);
    } catch (error) {
      // Not up yet, or restarting: the next tick catches up.
      failed(error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error));
    } finally {
      if (ticked) misses = 0;
      if (held && !ticked) await lease.release();
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  return () => clearInterval(timer);
}
