/**
 * The one place that decides whether a reader may see subscriber-only text.
 *
 * Subscriptions do not exist yet (they arrive with the subscriptions issue), so today the
 * answer for subscriber-only content is always "no": public pages show the teaser and a
 * subscribe box. Every surface already asks this function, so when subscriptions land
 * the decision changes here and nowhere else.
 */
export type Reader = { userId: string } | null;

export async function canReadSubscriberContent(
  reader: Reader,
  _now: Date = new Date(),
): Promise<boolean> {
  void reader;
  return false;
}

/** Whether `reader` may read the whole of an article with this visibility. */
export async function canReadArticle(
  visibility: "PUBLIC" | "SUBSCRIBERS",
  reader: Reader,
  now: Date = new Date(),
): Promise<boolean> {
  return visibility === "PUBLIC" || canReadSubscriberContent(reader, now);
}
