// The shared page cache in front of Next.js: what a CDN would do for us, in the server's
// own memory. Anonymous visitors' copies of public pages are answered from here without
// entering Next.js at all; everything else goes straight through.
//
// Why: a page Next.js serves from its own ISR cache still costs a full trip through its
// router, proxy and renderer (~2 ms of CPU), which caps a 2-core machine at a few hundred
// pages a second. Answering from a Buffer costs a tenth of that (issue 7's benchmark).
//
// What may be stored is decided by Next.js's own answer, never guessed:
//   - only GET requests without a session cookie, Authorization header or any of the
//     headers that ask for a React Server Component payload (those vary per client);
//   - only 200 answers without Set-Cookie whose Cache-Control is shared (`s-maxage`,
//     not private/no-store), i.e. the anonymous ISR pages Next.js would itself reuse,
//     and not a copy Next.js marks as STALE;
//   - plus the routes in SHARED_DYNAMIC_ROUTES, rendered per request but the same for every
//     visitor (search reads an index that holds only what anyone may read).
// Every entry lives at most `maxAgeSeconds`, and `clear()` (called by revalidateSite when
// anything readers can see changes) drops them all at once. A render that started before a
// clear() is not stored after it, so an unpublished or newly paywalled text cannot come back.
//
// Private copies: the admin lists in PRIVATE_ROUTES (what an admin searches and pages
// through, issue 7) are rendered per staff member and cost ~25 ms or more each. A copy is
// kept for the exact Cookie header it was rendered for (so only that session ever gets it
// back, and Next.js checked that session's permission when it rendered it) and is reused
// only while `dataVersion()` is where it stood before the render began. That counter is
// moved by database triggers on every write to accounts, subscriptions, plans and payments
// (prisma/migrations/20261201000000_reader_data_version), whoever writes, so a list is never
// older than its data; a role change, disabled account or password change is such a write.
// Private copies live at most `privateMaxAgeSeconds`, bounding how long a copy outlives the
// session that fetched it.
//
// Editions (issue 13): the reader pages (lib/editions/edition-routes.mjs) exist in one
// version per edition, "public" (teaser, ads) and "subscriber" (whole text, no ads), and
// hold nothing personal. A signed-in request for one is given its edition by
// `editions.editionFor(sessionToken)` (scripts/reader-editions.mjs), told to Next.js
// through a header only this server can set (proxy.ts checks its proof), and answered
// from the copy kept for that edition. A copy is stored under an edition only when
// Next.js says it rendered that edition (the same header on its answer), so a decision
// that changed in between can never file a subscriber's copy under "public".
import { LRUCache } from "lru-cache";
import {
  EDITION_HEADER,
  EDITION_PROOF_HEADER,
  hasEditions,
  sessionTokenOf,
} from "../lib/editions/edition-routes.mjs";
import { withTimeout } from "./reader-editions.mjs";

// Headers Next.js varies on for client-side navigation payloads, and Server Actions.
const PER_CLIENT_HEADERS = [
  "authorization",
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
const BYPASS_PATHS = /^\/(?:_next|api|admin|editor|account|edition|signin|signup)(?:\/|$)/;
// Rendered per request by Next.js (they read the query string) but identical for everyone.
const SHARED_DYNAMIC_ROUTES = [/^\/search$/];
// Per staff member, checked against the data version on every use (see above).
const PRIVATE_ROUTES = [/^\/admin\/(?:subscriptions|users)$/];
// Hop-by-hop and per-response headers: never replayed from a stored copy.
const UNSTORED_HEADERS = new Set([
  "connection",
  "content-length",
  "date",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
]);

/** What a reader's browser is told of a page only their edition may see. */
export const NOT_FOR_SHARED_CACHES = "private, no-cache, no-store, max-age=0, must-revalidate";

/** Makes every head `res` sends say NOT_FOR_SHARED_CACHES, however it is sent. */
function keepFromSharedCaches(res) {
  const { writeHead } = res;
  res.writeHead = function (statusCode, ...rest) {
    for (const arg of rest)
      if (arg && typeof arg === "object" && !Array.isArray(arg))
        for (const name of Object.keys(arg))
          if (name.toLowerCase() === "cache-control") delete arg[name];
    const array = rest.find((arg) => Array.isArray(arg));
    if (array)
      for (let i = array.length - 2; i >= 0; i -= 2)
        if (String(array[i]).toLowerCase() === "cache-control") array.splice(i, 2);
    this.setHeader("cache-control", NOT_FOR_SHARED_CACHES);
    return writeHead.call(this, statusCode, ...rest);
  };
}

export { PAGE_CACHE_KEY } from "../lib/page-cache-key.mjs";

// The body differs by compression: one entry per Accept-Encoding a client sends.
const encodingOf = (headers) =>
  String(headers["accept-encoding"] ?? "")
    .toLowerCase()
    .replace(/\s+/g, "");

/**
 * The request's cache key and kind, or null when this request must reach Next.js:
 * "shared" for a copy anyone given the same edition may get (an anonymous visitor's
 * page, or a signed-in reader's page of a kind that exists in editions once `edition`
 * has been decided for them), "private" for a signed-in staff member's admin list.
 */
export function cacheKeyFor(req, edition) {
  if (req.method !== "GET") return null;
  const { headers } = req;
  if (PER_CLIENT_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const url = req.url ?? "/";
  if (url.includes("_rsc=")) return null;
  const pathname = url.split("?", 1)[0];
  const signedIn = sessionTokenOf(headers.cookie) !== null;
  const shared = (given) => ({
    kind: "shared",
    edition: given,
    key: `${given} ${encodingOf(headers)} ${url}`,
  });
  if (signedIn) {
    if (PRIVATE_ROUTES.some((route) => route.test(pathname)))
      return { kind: "private", key: `private ${encodingOf(headers)} ${headers.cookie} ${url}` };
    // A signed-in reader shares a copy only once their edition has been decided.
    return edition && hasEditions(pathname) ? shared(edition) : null;
  }
  if (BYPASS_PATHS.test(pathname)) return null;
  return shared(edition ?? "public");
}

/**
 * Seconds a finished private answer may be kept for, or 0. Next.js marks every signed-in
 * page no-store for browsers and proxies; this copy is the origin's own and is checked
 * against the data version on every use, so that marking is replayed, not obeyed.
 */
export function privateLifetime({ statusCode, headers }, maxAgeSeconds) {
  if (statusCode !== 200 || headers["set-cookie"] !== undefined) return 0;
  return /^text\/html/i.test(String(headers["content-type"] ?? "")) ? maxAgeSeconds : 0;
}

/** Seconds a finished answer may be shared for, or 0 when it must not be stored. */
export function sharedLifetime({ statusCode, headers, pathname }, maxAgeSeconds) {
  if (statusCode !== 200 || headers["set-cookie"] !== undefined) return 0;
  if (SHARED_DYNAMIC_ROUTES.some((route) => route.test(pathname))) return maxAgeSeconds;
  const cacheControl = String(headers["cache-control"] ?? "").toLowerCase();
  if (/(?:^|,)\s*(?:private|no-store|no-cache)/.test(cacheControl)) return 0;
  if (String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE") return 0;
  const sMaxAge = /(?:^|,)\s*s-maxage=(\d+)/.exec(cacheControl);
  return sMaxAge ? Math.min(Number(sMaxAge[1]), maxAgeSeconds) : 0;
}

function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return Buffer.from(String(chunk), typeof encoding === "string" ? encoding : "utf8");
}

/** Lower-cased copy of `headers`. */
function lowerCased(headers) {
  const copy = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) copy[name.toLowerCase()] = value;
  return copy;
}

/** Lower-cased copy of the headers worth replaying. */
function storableHeaders(headers) {
  const kept = lowerCased(headers);
  for (const name of UNSTORED_HEADERS) delete kept[name];
  return kept;
}

/**
 * @param {{
 *   maxBytes?: number, maxEntryBytes?: number, maxAgeSeconds?: number,
 *   privateMaxAgeSeconds?: number, now?: () => number,
 *   dataVersion?: () => Promise<number | string>, dataVersionTimeoutMs?: number,
 *   editions?: { editionFor: (token: string) => Promise<string>, proof: string },
 * }} [options] without `dataVersion`, nothing is kept privately; a counter read slower
 *   than `dataVersionTimeoutMs` (a remote database stalling) counts as a failed one.
 *   Without `editions`, signed-in readers' pages are not cached and Next.js decides
 *   their edition itself.
 */
export function createPageCache({
  maxBytes = 64 * 1024 * 1024,
  maxEntryBytes = 2 * 1024 * 1024,
  maxAgeSeconds = 60,
  privateMaxAgeSeconds = 30,
  now = Date.now,
  dataVersion,
  dataVersionTimeoutMs = 250,
  editions,
} = {}) {
  const entries = new LRUCache({
    maxSize: maxBytes,
    // Private keys hold a whole Cookie header: counted too.
    sizeCalculation: (entry, key) => entry.body.length + key.length + 512,
  });
  let generation = 0;

  function lookup(key) {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function answer(req, res, entry, edition) {
    const age = Math.max(0, Math.floor((now() - entry.storedAt) / 1000));
    const etag = entry.headers.etag;
    if (etag && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag, age: String(age), "x-page-cache": "HIT" });
      res.end();
      return;
    }
    res.writeHead(200, {
      ...entry.headers,
      ...(edition && edition !== "public" ? { "cache-control": NOT_FOR_SHARED_CACHES } : {}),
      "content-length": String(entry.body.length),
      age: String(age),
      "x-page-cache": "HIT",
    });
    res.end(entry.body);
  }

  /**
   * Watches Next.js write its answer and keeps a copy if it may be kept: shared copies by
   * what Next.js says of them, private ones tagged with the data version read beforehand.
   */
  function record({ kind, key, edition }, req, res, version) {
    const startedIn = generation;
    const chunks = [];
    let bytes = 0;
    let headersFromWriteHead = {};
    const { write, end, writeHead } = res;
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      if (bytes > maxEntryBytes) return;
      const buffer = toBuffer(chunk, encoding);
      bytes += buffer.length;
      if (bytes <= maxEntryBytes) chunks.push(buffer);
    };
    // What Next.js sent, as it was when the head went out: judged and stored as that, even
    // if what the client is told differs (see keepFromSharedCaches).
    let sentHeaders;
    res.writeHead = function (statusCode, ...rest) {
      const headers = rest.find((arg) => arg && typeof arg === "object");
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2)
          headersFromWriteHead[String(headers[i]).toLowerCase()] = headers[i + 1];
      } else if (headers) headersFromWriteHead = { ...headersFromWriteHead, ...headers };
      sentHeaders = { ...lowerCased(res.getHeaders()), ...lowerCased(headersFromWriteHead) };
      return writeHead.call(this, statusCode, ...rest);
    };
    res.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      const result = end.call(this, chunk, encoding, callback);
      // Judged on every header sent, Set-Cookie included, however it was set.
      const headers = sentHeaders ?? {
        ...lowerCased(res.getHeaders()),
        ...lowerCased(headersFromWriteHead),
      };
      const pathname = (req.url ?? "/").split("?", 1)[0];
      const answered = { statusCode: res.statusCode, headers, pathname };
      const lifetime =
        kind === "private"
          ? privateLifetime(answered, privateMaxAgeSeconds)
          : (headers[EDITION_HEADER] ?? "public") === edition
            ? sharedLifetime(answered, maxAgeSeconds)
            : 0;
      if (lifetime > 0 && bytes <= maxEntryBytes) {
        const body = Buffer.concat(chunks);
        // Only an answer handed over whole: a client that went away mid-answer leaves
        // no 'finish', and a render that began before a clear() is not kept after it.
        res.once("finish", () => {
          if (startedIn !== generation) return;
          const storedAt = now();
          entries.set(key, {
            body,
            headers: storableHeaders(headers),
            storedAt,
            expiresAt: storedAt + lifetime * 1000,
            version,
          });
        });
      }
      return result;
    };
  }

  /**
   * Tells Next.js (proxy.ts) which edition to render, with this server's proof. An edition
   * past the public one goes out marked for the reader's browser alone, whatever Next.js
   * says of it: a CDN or proxy after this server keys by URL and would hand a subscriber's
   * page to the next visitor.
   */
  function markEdition(req, res, edition) {
    req.headers[EDITION_HEADER] = edition;
    req.headers[EDITION_PROOF_HEADER] = editions.proof;
    if (edition !== "public") keepFromSharedCaches(res);
    return edition;
  }

  function failed(res, error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end("Internal Server Error");
  }

  function serve(req, res, next, found) {
    if (found === null) return next();
    if (found.kind === "shared") {
      const entry = lookup(found.key);
      if (entry) return answer(req, res, entry, found.edition);
      record(found, req, res);
      return next();
    }
    if (!dataVersion) return next();
    return withTimeout(dataVersion(), dataVersionTimeoutMs)
      .then(
        (version) => {
          const entry = lookup(found.key);
          if (entry && entry.version === version) return answer(req, res, entry);
          if (entry) entries.delete(found.key); // outdated for good: the counter only moves on
          record(found, req, res, version);
          return next();
        },
        // Without the counter nothing can be known fresh: render, keep nothing.
        () => next(),
      )
      .catch((error) => failed(res, error));
  }

  return {
    /**
     * Answers from the cache, or calls `next` and keeps a copy of a shareable answer.
     * A request for a reader page first gets its edition (see the top of this file).
     */
    handle(req, res, next) {
      // Only this server says which edition a request gets; whatever a client sent is dropped.
      delete req.headers[EDITION_HEADER];
      delete req.headers[EDITION_PROOF_HEADER];
      if (!editions || !hasEditions((req.url ?? "/").split("?", 1)[0]))
        return serve(req, res, next, cacheKeyFor(req));
      const token = sessionTokenOf(req.headers.cookie);
      if (!token) return serve(req, res, next, cacheKeyFor(req, markEdition(req, res, "public")));
      return editions
        .editionFor(token)
        .then((edition) => serve(req, res, next, cacheKeyFor(req, markEdition(req, res, edition))))
        .catch((error) => failed(res, error));
    },
    /** Drops every stored page; answers being rendered now will not be stored. */
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}
