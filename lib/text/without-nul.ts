/**
 * Typed text without NUL characters. PostgreSQL's text cannot hold NUL (a query carrying
 * one fails), SQLite's can; no name, email or search means one, so filters and searches
 * take it out before the database sees them, alike on both engines.
 */
export function withoutNul(text: string): string {
  return text.replaceAll("\u0000", "");
}
