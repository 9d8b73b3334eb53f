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
import { LRUCache } from "lru-cache";

const SESSION_COOKIE = /(?:^|[;\s])(?:__Secure-)?next-auth\.session-token/;
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
const BYPASS_PATHS = /^\/(?:_next|api|admin|editor|account|member|signin|signup)(?:\/|$)/;
// Rendered per request by Next.js (they read the query string) but identical for everyone.
const SHARED_DYNAMIC_ROUTES = [/^\/search$/];
// Hop-by-hop and per-response headers: never replayed from a stored copy.
const UNSTORED_HEADERS = new Set([
  "connection",
  "content-length",
  "date",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
]);

/** Where the running server registers its cache, so revalidateSite can clear it. */
export const PAGE_CACHE_KEY = Symbol.for("meridian.page-cache");

/** The request's cache key, or null when this request must reach Next.js. */
export function cacheKeyFor(req) {
  if (req.method !== "GET") return null;
  const { headers } = req;
  if (headers.cookie && SESSION_COOKIE.test(headers.cookie)) return null;
  if (PER_CLIENT_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const url = req.url ?? "/";
  const pathname = url.split("?", 1)[0];
  if (BYPASS_PATHS.test(pathname) || url.includes("_rsc=")) return null;
  // The body differs by compression: one entry per Accept-Encoding a client sends.
  const encoding = String(headers["accept-encoding"] ?? "")
    .toLowerCase()
    .replace(/\s+/g, "");
  return `${encoding} ${url}`;
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

/** Lower-cased copy of the headers worth replaying. */
function storableHeaders(headers) {
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value !== undefined && !UNSTORED_HEADERS.has(lower)) kept[lower] = value;
  }
  return kept;
}

/**
 * @param {{ maxBytes?: number, maxEntryBytes?: number, maxAgeSeconds?: number, now?: () => number }} [options]
 */
export function createPageCache({
  maxBytes = 64 * 1024 * 1024,
  maxEntryBytes = 2 * 1024 * 1024,
  maxAgeSeconds = 60,
  now = Date.now,
} = {}) {
  const entries = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (entry) => entry.body.length + 512,
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

  function answer(req, res, entry) {
    const age = Math.max(0, Math.floor((now() - entry.storedAt) / 1000));
    const etag = entry.headers.etag;
    if (etag && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag, age: String(age), "x-page-cache": "HIT" });
      res.end();
      return;
    }
    res.writeHead(200, {
      ...entry.headers,
      "content-length": String(entry.body.length),
      age: String(age),
      "x-page-cache": "HIT",
    });
    res.end(entry.body);
  }

  /** Watches Next.js write its answer and keeps a copy if it may be shared. */
  function record(key, req, res) {
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
    res.writeHead = function (statusCode, ...rest) {
      const headers = rest.find((arg) => arg && typeof arg === "object");
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2)
          headersFromWriteHead[String(headers[i]).toLowerCase()] = headers[i + 1];
      } else if (headers) headersFromWriteHead = { ...headersFromWriteHead, ...headers };
      return writeHead.call(this, statusCode, ...rest);
    };
    res.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      const result = end.call(this, chunk, encoding, callback);
      const headers = { ...res.getHeaders(), ...storableHeaders(headersFromWriteHead) };
      const pathname = (req.url ?? "/").split("?", 1)[0];
      const lifetime = sharedLifetime(
        { statusCode: res.statusCode, headers, pathname },
        maxAgeSeconds,
      );
      if (lifetime > 0 && bytes <= maxEntryBytes && startedIn === generation) {
        const storedAt = now();
        entries.set(key, {
          body: Buffer.concat(chunks),
          headers: storableHeaders(headers),
          storedAt,
          expiresAt: storedAt + lifetime * 1000,
        });
      }
      return result;
    };
  }

  return {
    /** Answers from the cache, or calls `next` and keeps a copy of a shareable answer. */
    handle(req, res, next) {
      const key = cacheKeyFor(req);
      if (key === null) return next();
      const entry = lookup(key);
      if (entry) return answer(req, res, entry);
      record(key, req, res);
      return next();
    },
    /** Drops every stored page; answers being rendered now will not be stored. */
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}
