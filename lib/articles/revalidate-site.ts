import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { PAGE_CACHE_KEY } from "../page-cache-key.mjs";

type PageCache = { clear(): void };

function clearPageCache() {
  (globalThis as { [PAGE_CACHE_KEY]?: PageCache | null })[PAGE_CACHE_KEY]?.clear();
}

/**
 * After a change readers can see (publish, unpublish, an edit to a live article, a
 * schedule coming due): every cached public page may list or show it (front page, topic,
 * author and issue pages, feed, sitemap), so the whole cache is marked stale and each page
 * is rebuilt on its next visit. Publishing is rare; correctness beats a finer key here.
 *
 * The shared page cache in front of Next.js (scripts/serve.mjs) is emptied twice: now, and
 * once this request is answered, because Next.js applies revalidatePath when the action or
 * route finishes, and a visitor in between could still be handed the old copy to store.
 */
export function revalidateSite(): void {
  revalidatePath("/", "layout");
  clearPageCache();
  after(clearPageCache);
}
