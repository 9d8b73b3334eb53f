/** Longest query we accept; beyond this, the rest is ignored rather than refused. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/**
 * Turns what a reader typed into a safe FTS5 MATCH expression: words only, each quoted
 * (so FTS5 operators and punctuation in the input mean nothing), all required, the last
 * one as a prefix so "infla" finds "inflation". Returns null when no word is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .slice(0, MAX_QUERY_LENGTH)
    .normalize("NFKC")
    .match(/[\p{L}\p{N}]+/gu);
  if (!terms || terms.length === 0) return null;
  const quoted = terms.slice(0, MAX_TERMS).map((term) => `"${term.toLowerCase()}"`);
  const last = quoted.length - 1;
  if (terms[last]!.length >= 3) quoted[last] = `${quoted[last]}*`;
  return quoted.join(" ");
}
