// What several app servers share through Redis when REDIS_URL is set (docs/deploy.md):
// the order to empty every server's page cache, and the scheduler's lease. Plain ESM so
// scripts/serve.mjs, scripts/scheduler.mjs and the Next.js cache handler can all use it.
// Without REDIS_URL none of this runs and one server works on its own, as before.
import { randomBytes } from "node:crypto";
import { createClient } from "@redis/client";

export const redisUrl = () => process.env.REDIS_URL || null;

/** Published whenever a server empties its page cache; the others empty theirs. */
export const PAGE_CACHE_CLEAR_CHANNEL = "meridian:page-cache:clear";
const SCHEDULER_LEASE_KEY = "meridian:scheduler:lease";

/** A connected client. Errors are logged, and the client reconnects by itself. */
export async function connectRedis(url, name) {
  const client = createClient({ url, pingInterval: 10_000 });
  client.on("error", (error) => console.error(`[redis ${name}]`, error.message));
  await client.connect();
  return client;
}

/**
 * Shares page-cache clears between servers. `clear()` empties this server's cache and
 * tells the others; a message from another server empties this one's. A server that
 * loses Redis keeps serving, and its copies still expire within the cache's short life.
 * @param {{ clear(): void }} cache
 */
export async function sharePageCacheClears(url, cache) {
  const server = randomBytes(8).toString("hex");
  const publisher = await connectRedis(url, "page-cache");
  const subscriber = publisher.duplicate();
  subscriber.on("error", (error) => console.error("[redis page-cache]", error.message));
  await subscriber.connect();
  await subscriber.subscribe(PAGE_CACHE_CLEAR_CHANNEL, (from) => {
    if (from !== server) cache.clear();
  });
  return {
    clear() {
      cache.clear();
      publisher.publish(PAGE_CACHE_CLEAR_CHANNEL, server).catch((error) => {
        console.error("[redis page-cache] could not tell the other servers:", error.message);
      });
    },
  };
}

// Takes the lease if it is free, or extends it if this holder has it.
const TAKE_OR_EXTEND = `
if redis.call("SET", KEYS[1], ARGV[1], "NX", "PX", ARGV[2]) then return 1 end
if redis.call("GET", KEYS[1]) == ARGV[1] then redis.call("PEXPIRE", KEYS[1], ARGV[2]) return 1 end
return 0`;

/**
 * `() => Promise<boolean>`: whether this scheduler holds the lease for its next tick. One
 * scheduler across all servers ticks at a time; if its server dies, the lease lapses after
 * `ttlMs` and another takes over. The lease saves duplicate work only: every job also
 * claims its rows in the database (a conditional update), so a tick run twice, by two
 * holders in a lease's last instant, still does each thing once.
 */
export function schedulerLease(client, ttlMs = 15_000) {
  const holder = randomBytes(8).toString("hex");
  return async () =>
    (await client.eval(TAKE_OR_EXTEND, {
      keys: [SCHEDULER_LEASE_KEY],
      arguments: [holder, String(ttlMs)],
    })) === 1;
}
