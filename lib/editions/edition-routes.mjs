// Editions of the reader pages: which public addresses exist in more than one version, and
// how the server that decided a request's edition tells Next.js about it.
//
// Plain JavaScript with no imports, because two programs share it: proxy.ts (inside
// Next.js) and scripts/page-cache.mjs (in front of it, run by plain Node).
//
// A reader page holds nothing personal; what differs between readers is only which
// version of it they may see. "public" is for anonymous visitors (teasers of everything
// not public, house ads), "member" for signed-in readers without a subscription (also the
// articles for signed-in readers in full), "subscriber" the whole text without ads.
// Each edition of a page is rendered once, cached by Next.js and by the page cache under
// its edition, and handed to every reader of that edition. Who gets which is decided per
// request from the session (lib/subscriptions/reader-edition.ts asks
// lib/subscriptions/entitlements.ts).

/** Every edition; the first is the one anybody may be given. */
export const EDITIONS = /** @type {const} */ (["public", "member", "subscriber"]);

/** @typedef {(typeof EDITIONS)[number]} Edition */

/**
 * Where the editions of the reader pages live inside the app
 * (app/(editions)/edition/[edition]/…). proxy.ts rewrites public addresses there and
 * refuses this prefix from outside, so a reader can never ask for an edition by URL.
 */
export const EDITION_PREFIX = "/edition";

/** Request header naming the edition to render (set by scripts/page-cache.mjs). */
export const EDITION_HEADER = "x-meridian-edition";
/** Request header proving the edition header came from this server, not from a client. */
export const EDITION_PROOF_HEADER = "x-meridian-edition-proof";
/** The running server's proof value, registered by scripts/serve.mjs. */
export const EDITION_PROOF_KEY = Symbol.for("meridian.edition-proof");
/** `(sessionToken) => Promise<{ edition, until }>`, registered by instrumentation.ts. */
export const EDITION_RESOLVER_KEY = Symbol.for("meridian.edition-resolver");

// The front page, articles (every page), topic, author and "latest" listings, search, the
// plans page and the issue archive, an issue's contents and its whole-issue view. Not the
// issue PDF (a route handler that checks access itself) nor checkout or account pages.
const EDITION_PATHS =
  /^\/(?:|articles\/[^/]+(?:\/[^/]+)?|authors\/[^/]+(?:\/[^/]+)?|topics\/[^/]+(?:\/[^/]+)?|latest\/[^/]+|search|subscribe|issues|issues\/year\/[^/]+|issues\/[^/]+(?:\/read)?)$/;

/** Whether `pathname` (no query string) is a reader page that exists in editions. */
export function hasEditions(pathname) {
  return EDITION_PATHS.test(pathname);
}

/**
 * Whether `value` names an edition.
 * @param {unknown} value
 * @returns {value is Edition}
 */
export function isEdition(value) {
  return EDITIONS.includes(value);
}

/** The internal path that renders `pathname` in `edition`. */
export function editionPath(edition, pathname) {
  return `${EDITION_PREFIX}/${edition}${pathname === "/" ? "" : pathname}`;
}

/** Whether `pathname` asks for the internal edition routes directly. */
export function isInternalEditionPath(pathname) {
  return pathname === EDITION_PREFIX || pathname.startsWith(`${EDITION_PREFIX}/`);
}

const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The next-auth session token in a Cookie header, or null. next-auth splits a token over
 * 4 kB into `name.0`, `name.1`, …; those are joined back in order.
 */
export function sessionTokenOf(cookieHeader) {
  if (!cookieHeader) return null;
  const cookies = new Map();
  for (const part of String(cookieHeader).split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i += 1) chunks.push(cookies.get(`${name}.${i}`));
    if (chunks.length > 0) return chunks.join("");
  }
  return null;
}

/** Compares two strings in time that depends only on their lengths. */
export function sameSecret(a, b) {
  if (typeof a !== "string" || typeof b !== "string" || a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
