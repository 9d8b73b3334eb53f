/** Longest query we accept; beyond this, the rest is ignored rather than refused. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;
/** A shorter last word is matched whole: a one- or two-letter prefix matches too much. */
const MIN_PREFIX = 3;

/**
 * The words of what a reader typed, lower-cased, at most MAX_TERMS of them, and whether
 * the last is a prefix ("infla" finds "inflation"). Words only: operators and punctuation
 * in the input mean nothing to either engine. Null when no word is left.
 */
function queryTerms(input: string): { terms: string[]; prefix: boolean } | null {
  const words = input
    .slice(0, MAX_QUERY_LENGTH)
    .normalize("NFKC")
    .match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  const kept = words.slice(0, MAX_TERMS);
  return {
    terms: kept.map((word) => word.toLowerCase()),
    prefix: kept[kept.length - 1]!.length >= MIN_PREFIX,
  };
}

/**
 * Turns what a reader typed into a safe FTS5 MATCH expression (SQLite): each word quoted,
 * all required, the last one as a prefix.
 */
export function toFtsQuery(input: string): string | null {
  const query = queryTerms(input);
  if (!query) return null;
  const quoted = query.terms.map((term) => `"${term}"`);
  if (query.prefix) quoted[quoted.length - 1] += "*";
  return quoted.join(" ");
}

/**
 * The same query as PostgreSQL to_tsquery() text: the same words, each quoted (letters
 * and digits only, so no quote inside can end it), all required (&), the last one as a
 * prefix (:*). to_tsquery stems and unaccents them as the index did its text.
 */
export function toTsQuery(input: string): string | null {
  const query = queryTerms(input);
  if (!query) return null;
  const quoted = query.terms.map((term) => `'${term}'`);
  if (query.prefix) quoted[quoted.length - 1] += ":*";
  return quoted.join(" & ");
}
