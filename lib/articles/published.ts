/** The one definition of "readers can see this": published, and its time has come. */
export function publishedWhere(now: Date = new Date()) {
  return { status: "PUBLISHED" as const, publishedAt: { lte: now } };
}

/** The same for a magazine issue: marked published, and its date has come. */
export function issueShownWhere(now: Date = new Date()) {
  return { published: true, publishedOn: { lte: now } };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Parses a page number from a URL segment: whole numbers ≥ 1 only, else null (→ 404). */
export function parsePageParam(value: string | undefined): number | null {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}
