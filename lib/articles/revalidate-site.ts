import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a change readers can see (publish, unpublish, an edit to a live article, a
 * schedule coming due): every cached public page may list or show it (front page, topic,
 * author and issue pages, feed, sitemap), so the whole cache is marked stale and each page
 * is rebuilt on its next visit. Publishing is rare; correctness beats a finer key here.
 */
export function revalidateSite(): void {
  revalidatePath("/", "layout");
}
