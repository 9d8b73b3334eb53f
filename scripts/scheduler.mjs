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
 *   lease?: () => Promise<boolean> }} options `lease`, with several app servers, says
 *   whether this scheduler is the one to tick now (lib/cluster/redis.mjs).
 */
export function startScheduler({ origin, secret, intervalMs = 5000, lease }) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (lease && !(await lease())) return;
      const response = await fetch(`${origin}/api/internal/tick`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}` },
        signal: AbortSignal.timeout(30_000),
      });
      if (response.ok) {
        const { published } = await response.json();
        for (const slug of published ?? []) console.log(`[scheduler] published /articles/${slug}`);
      }
    } catch {
      // Not up yet, or restarting: the next tick catches up.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  return () => clearInterval(timer);
}
