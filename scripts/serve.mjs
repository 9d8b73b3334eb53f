// Serves the production build: Next.js behind the shared page cache (scripts/page-cache.mjs).
// `npm start`, the browser tests and the benchmark all run this, so what is measured and
// tested is what runs.
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
//
// PAGE_CACHE_MB sets the cache's memory budget (default 64; 0 turns the cache off).
// Anything else stops the server rather than silently serving without a cache.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { parseArgs } from "node:util";
import { databaseUrl } from "./database-url.mjs";
import { countVersionTriggers, createDataVersionReader } from "./data-version.mjs";
import { EDITION_PROOF_KEY, EDITION_RESOLVER_KEY } from "../lib/editions/edition-routes.mjs";
import { createPageCache, PAGE_CACHE_KEY } from "./page-cache.mjs";
import { createEditionResolver } from "./reader-editions.mjs";
import { redisUrl, sharePageCacheClears } from "../lib/cluster/redis.mjs";
import {
  CLIENT_IP_HEADER,
  CLIENT_IP_SET_KEY,
  clientAddress,
  trustedProxyHops,
} from "../lib/auth/client-address.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", default: process.env.HOSTNAME ?? "0.0.0.0" },
  },
});
const port = Number(values.port);
const cacheMegabytes = Number(process.env.PAGE_CACHE_MB ?? 64);
if (!Number.isFinite(cacheMegabytes) || cacheMegabytes < 0) {
  console.error(`PAGE_CACHE_MB must be a number of megabytes (0 turns the cache off).`);
  process.exit(1);
}

// Only production builds are served here; React and Next.js pick their production code from
// NODE_ENV when they load, so it is set before they are imported.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
// Next.js builds two internal URLs from `hostname` (the one the proxy sees, and the one
// it compares a rewrite's destination with). Given the address we listen on (127.0.0.1),
// the two disagreed ("localhost" vs "127.0.0.1"), every proxy rewrite looked external and
// was fetched over HTTP from ourselves. Only we bind the socket, so Next.js is told a name
// it uses consistently.
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// The counter that tells whether a staff member's cached admin list, or a reader's edition,
// still stands (see page-cache.mjs, reader-editions.mjs). Its own connections: one indexed
// read, no query planning by Prisma. Opened after prepare(), which loads .env files.
const database = { url: databaseUrl(), authToken: process.env.DATABASE_AUTH_TOKEN };
const dataVersion = createDataVersionReader(database);
const triggers = await countVersionTriggers(database).catch(() => ({ found: 0, wanted: 1 }));
const versioned = triggers.found === triggers.wanted;
if (!versioned)
  console.warn(
    `The data-version triggers are missing (${triggers.found} of ${triggers.wanted}): ` +
      "admin lists will not be kept between requests and readers' editions will be decided " +
      "on every request. Create them again (migration " +
      "20261201000000_reader_data_version).",
  );

// Which edition of the reader pages each session gets (lib/editions/edition-routes.mjs).
// The app registers the decision in instrumentation.ts, which Next.js runs as its server
// finishes preparing (started, not awaited, by prepare()); the server listens only once
// it is there. Without it every subscriber would be served the teaser, so it must come.
const resolveEdition = await new Promise((resolve, reject) => {
  const givenUpAt = Date.now() + 60_000;
  const look = () => {
    const registered = globalThis[EDITION_RESOLVER_KEY];
    if (typeof registered === "function") resolve(registered);
    else if (Date.now() > givenUpAt)
      reject(new Error("The app did not register its edition resolver (instrumentation.ts)."));
    else setTimeout(look, 25);
  };
  look();
}).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
// proxy.ts believes an edition header only with this value beside it; it never leaves
// the process.
const proof = randomBytes(32).toString("base64url");
globalThis[EDITION_PROOF_KEY] = proof;
const editions = createEditionResolver({
  resolve: resolveEdition,
  dataVersion: versioned ? dataVersion : undefined,
});

const cache =
  cacheMegabytes > 0
    ? createPageCache({
        maxBytes: cacheMegabytes * 1024 * 1024,
        dataVersion: versioned ? dataVersion : undefined,
        editions: { editionFor: editions.editionFor, proof },
      })
    : null;
// revalidateSite() (lib/articles/revalidate-site.ts) finds the cache here; Next.js runs our
// server code in this same process. With REDIS_URL, several servers share each clear().
const redis = redisUrl();
globalThis[PAGE_CACHE_KEY] = cache && redis ? sharePageCacheClears(redis, cache) : cache;

// Who each request is from, for sign-in's per-address limits (lib/auth/client-ip.ts), when
// TRUSTED_PROXY_HOPS says how many proxies stand in front (docs/deploy.md). Without it the
// app keeps its earlier rule (the first X-Forwarded-For hop, else none).
const proxyHops = process.env.TRUSTED_PROXY_HOPS === undefined ? null : trustedProxyHops();
globalThis[CLIENT_IP_SET_KEY] = proxyHops !== null;
const server = http.createServer((req, res) => {
  // No page or file has a NUL in its address, and PostgreSQL cannot hold one in text: a
  // `%00` in a slug or search would fail its query there (a 500) where SQLite finds nothing.
  if (/%00/.test(req.url ?? "")) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    res.end("Bad request: the address contains a NUL character.");
    return;
  }
  if (proxyHops === null) delete req.headers[CLIENT_IP_HEADER];
  else
    req.headers[CLIENT_IP_HEADER] = clientAddress(
      req.headers["x-forwarded-for"],
      req.socket.remoteAddress,
      proxyHops,
    );
  const forward = () =>
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  if (cache) cache.handle(req, res, forward);
  else forward();
});
// Longer than the idle timeout of proxies and clients that keep connections open, so the
// server never closes a connection a client is just reusing (that shows as ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, values.hostname, () => {
  const shown = values.hostname === "0.0.0.0" ? "localhost" : values.hostname;
  console.log(`▲ Ready on http://${shown}:${port}`);
});

const shutdown = () => {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; nothing is half-written by ending them.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
