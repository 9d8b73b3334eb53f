/**
 * Where the running server registers its page cache (scripts/page-cache.mjs, set up by
 * scripts/serve.mjs), so that revalidateSite() and the Next.js cache handler can clear it.
 */
export const PAGE_CACHE_KEY = Symbol.for("meridian.page-cache");
