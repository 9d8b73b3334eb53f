// Next.js's own cache (ISR pages, route handlers' and fetch's cached data) in Redis, so
// every app server reads and writes one copy and a revalidatePath on any server marks it
// stale for all (docs/deploy.md). next.config.js uses this file only when REDIS_URL is set
// (Next.js reads that file again when a server starts, so this is decided at run time);
// without it, Next.js keeps its cache on local disk as before.
//
// The handler is @fortedigital/nextjs-cache-handler's (the maintained successor of
// @neshca/cache-handler), not ours. If Redis cannot be reached at start, this server keeps
// its cache in memory and says so: it then serves correct pages, but another server's
// revalidation reaches it only when its copies expire.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { connectRedis, redisUrl } from "./lib/cluster/redis.mjs";
// scripts/serve.mjs registers the page cache in front of Next.js there (with REDIS_URL, one
// whose clear() reaches every server).
import { PAGE_CACHE_KEY } from "./lib/page-cache-key.mjs";

const CONFIG_KEY = Symbol.for("meridian.next-cache-config");

CacheHandler.onCreation(({ buildId }) => {
  // Next.js creates a handler per request context; one Redis connection per process.
  globalThis[CONFIG_KEY] ??= configure(buildId);
  return globalThis[CONFIG_KEY];
});

async function configure(buildId) {
  const url = redisUrl();
  // A build prerenders into its own output; it must not need, or fill, a running Redis.
  if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD)
    return { handlers: [createLruHandler()] };
  try {
    const client = await connectRedis(url, "next-cache");
    // Per build: during a rolling deploy, servers of the old and new builds must not serve
    // each other's pages (which name script files only their own build has).
    const redis = createRedisHandler({ client, keyPrefix: `meridian:next:${buildId ?? "dev"}:` });
    return { handlers: [clearingPageCachesAfterRevalidation(redis)] };
  } catch (error) {
    console.error(
      "[next-cache] Redis unreachable; this server's Next.js cache stays in its memory:",
      error.message,
    );
    return { handlers: [createLruHandler()] };
  }
}

/**
 * Empties every server's page cache once a revalidation is in Redis. revalidateSite()
 * empties them too, but a route handler's revalidation is written after its response
 * (Next.js runs it as waitUntil), so that clear could reach another server before the
 * stale mark does, and that server would refill from the old copy. This clear cannot.
 */
function clearingPageCachesAfterRevalidation(handler) {
  return {
    ...handler,
    async revalidateTag(...args) {
      await handler.revalidateTag(...args);
      globalThis[PAGE_CACHE_KEY]?.clear();
    },
  };
}

export default CacheHandler;
