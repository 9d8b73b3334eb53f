/** Marks the start and end of a matched word in a snippet; components turn them into <mark>. */
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";
/** Hits per page of search results. */
export const SEARCH_PAGE_SIZE = 10;
