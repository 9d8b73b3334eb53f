// What several app servers share through Redis when REDIS_URL is set (docs/deploy.md):
// the order to empty every server's page cache, and the scheduler's lease. Plain ESM so
// scripts/serve.mjs, scripts/start.mjs and the Next.js cache handler can all use it.
// Without REDIS_URL none of this runs and one server works on its own, as before.
//
// Redis holds no data we cannot lose, so a server never waits for it: the first connection
// gives up after CONNECT_TIMEOUT_MS (the client then keeps reconnecting in the
// background), and commands fail at once while it is down instead of queueing.
import { randomBytes } from "node:crypto";
import { createClient } from "@redis/client";

export const redisUrl = () => process.env.REDIS_URL || null;

const CONNECT_TIMEOUT_MS = 3000;
const PAGE_CACHE_CLEAR_CHANNEL = "meridian:page-cache:clear";
const SCHEDULER_LEASE_KEY = "meridian:scheduler:lease";

/** A client, connecting in the background; errors are logged once per outage. */
export function createRedis(url, name) {
  const client = createClient({
    url,
    pingInterval: 10_000,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5000),
    },
  });
  let down = false;
  client.on("error", (error) => {
    if (!down) console.error(`[redis ${name}]`, error.message);
    down = true;
  });
  client.on("ready", () => {
    if (down) console.log(`[redis ${name}] connected again`);
    down = false;
  });
  client.connect().catch(() => {});
  return client;
}

/** A connected client, or an error once CONNECT_TIMEOUT_MS has passed without one. */
export async function connectRedis(url, name) {
  const client = createRedis(url, name);
  if (client.isReady) return client;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.destroy();
      reject(new Error(`Redis at ${url} did not answer within ${CONNECT_TIMEOUT_MS} ms`));
    }, CONNECT_TIMEOUT_MS);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client;
}

/**
 * Shares page-cache clears between servers. `clear()` empties this server's cache and
 * tells the others; a message from another server empties this one's. While Redis is
 * away a server keeps serving alone (its copies still expire within the cache's short
 * life), and it empties its cache whenever the channel comes back, since clears may have
 * been missed meanwhile.
 * @param {{ clear(): void }} cache
 */
export function sharePageCacheClears(url, cache) {
  const publisher = createRedis(url, "page-cache");
  const subscriber = createRedis(url, "page-cache-subscriber");
  subscriber.on("ready", () => cache.clear());
  subscriber.subscribe(PAGE_CACHE_CLEAR_CHANNEL, () => cache.clear()).catch(() => {});
  return {
    clear() {
      cache.clear();
      publisher.publish(PAGE_CACHE_CLEAR_CHANNEL, "clear").catch((error) => {
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
// Gives the lease up if this holder has it.
const RELEASE = `
if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end
return 0`;

/**
 * The scheduler's lease: one scheduler across all servers ticks at a time.
 * `take()` says whether this one may tick now (taking or extending the lease); `release()`
 * gives it up, after a tick its server failed, so a healthy server takes over at once.
 * If its server dies, the lease lapses after `ttlMs`. The lease only saves duplicate
 * work: every job also claims its rows in the database (a conditional update), so with
 * Redis away every scheduler ticks (take() answers true) and each thing is still done once.
 */
export function schedulerLease(client, ttlMs = 15_000) {
  const holder = randomBytes(8).toString("hex");
  const run = (script) =>
    client.eval(script, { keys: [SCHEDULER_LEASE_KEY], arguments: [holder, String(ttlMs)] });
  return {
    take: async () => (await run(TAKE_OR_EXTEND).catch(() => 1)) === 1,
    release: async () => {
      await run(RELEASE).catch(() => {});
    },
  };
}
