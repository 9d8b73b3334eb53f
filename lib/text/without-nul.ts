/**
 * Typed text without NUL characters. PostgreSQL's text cannot hold NUL (a query carrying
 * one fails), SQLite's can; no name, email or search means one, so filters and searches
 * take it out before the database sees them, alike on both engines.
 */
export function withoutNul(text: string): string {
  return text.replaceAll("\u0000", "");
}

/**
 * A query's arguments with NUL taken out of every string, through plain objects and arrays
 * (Dates, Buffers and other values are left as they are). lib/db-client.ts applies it to
 * every model query on PostgreSQL.
 */
export function withoutNulDeep<T>(value: T): T {
  if (typeof value === "string") return (value.includes("\u0000") ? withoutNul(value) : value) as T;
  if (Array.isArray(value)) return value.map(withoutNulDeep) as T;
  if (value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, withoutNulDeep(inner)]),
    ) as T;
  }
  return value;
}
