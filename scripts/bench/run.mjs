// `npm run bench`: generate a large dataset into its own database, build and start the
// production server on it, load the reader, subscriber and admin pages with autocannon
// beside a static-file upper bound, follow the sign-in-and-read journey in Chromium,
// optionally repeat the size-sensitive pages at several dataset sizes (--scale), then
// print a Markdown report and write bench/results/<date>.json.
// Everything it starts is stopped, and everything it changes is put back, also on Ctrl-C.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measure as measureJs } from "../measure-js.mjs";
import { parseFlags, usage } from "./args.mjs";
import { heapReport, reportFlags } from "./heap.mjs";
import { runJourneys } from "./journey.mjs";
import { measureUncached, runLoad, warmUp } from "./load.mjs";
import { PAGES } from "./pages.mjs";
import { clusterParts, postgresDataset } from "./postgres.mjs";
import {
  cleanupAll,
  installSignalHandlers,
  onCleanup,
  runTracked,
  spawnTracked,
  stopTracked,
} from "./processes.mjs";
import { evaluateTargets, formatReport, ofBound } from "./report.mjs";
import {
  BENCH_DIST_DIR,
  buildApp,
  freePort,
  groupMemory,
  hasBuild,
  sampleRss,
  startServer,
  waitForIdle,
} from "./server.mjs";
import { signIn } from "./session.mjs";

const FLAGS = {
  duration: { type: "number", help: "seconds per measured run (default 10; --quick 2)" },
  warmup: { type: "number", help: "seconds of warm-up per page (default 3; --quick 1)" },
  connections: { type: "list", help: "connection counts, comma-separated (default 10,50)" },
  articles: { type: "number", help: "articles in the main dataset (default 10k; --quick 60)" },
  readers: { type: "number", help: "readers in the main dataset (default 100k; --quick 400)" },
  subscriptions: { type: "number", help: "subscriptions (default 50k; --quick 200)" },
  database: {
    type: "string",
    default: "sqlite",
    help: "postgres: also measure the pages on a PostgreSQL copy of the data, on one server and on two behind nginx with Redis",
  },
  scale: {
    type: "list",
    help: "also measure article/search/admin pages at these sizes (bare: 1k,10k,100k; --quick: 50,200)",
  },
  quick: { type: "boolean", default: false, help: "smoke run: tiny dataset, 2 s per run" },
  "skip-build": {
    type: "boolean",
    default: false,
    help: `reuse ${BENCH_DIST_DIR} from an earlier run (its prerendered front page shows that run's data)`,
  },
  "keep-data": { type: "boolean", default: false, help: "keep the temporary databases and logs" },
  help: { type: "boolean", default: false, help: "show this help" },
};

const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function options(flags) {
  const pick = (name, normal, quick) => flags[name] ?? (flags.quick ? quick : normal);
  const scaleDefault = flags.quick ? [50, 200] : [1_000, 10_000, 100_000];
  const connections = flags.connections === true ? undefined : flags.connections;
  return {
    quick: flags.quick,
    duration: pick("duration", 10, 2),
    warmup: pick("warmup", 3, 1),
    connections: [...(connections ?? [10, 50])].sort((a, b) => a - b),
    articles: pick("articles", 10_000, 60),
    readers: pick("readers", 100_000, 400),
    subscriptions: pick("subscriptions", 50_000, 200),
    authors: flags.quick ? 20 : 200,
    scale: flags.scale === true ? scaleDefault : (flags.scale ?? []),
    database: flags.database,
    skipBuild: flags["skip-build"],
    keepData: flags["keep-data"],
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryBytes: os.totalmem(),
    platform: os.platform(),
    release: os.release(),
    node: process.versions.node,
    loadAverage: os.loadavg(),
  };
}

/** Generates one dataset with scripts/bench/generate-data.ts and returns its meta. */
async function generate(dir, name, sizes) {
  const file = path.join(dir, `${name}.db`);
  log(
    `generating ${name}: ${sizes.articles} articles, ${sizes.readers} readers, ${sizes.subscriptions} subscriptions`,
  );
  const args = ["--import", "tsx", "scripts/bench/generate-data.ts", "--out", file, "--force"];
  for (const [flag, value] of Object.entries(sizes)) args.push(`--${flag}`, String(value));
  await runTracked(process.execPath, args, { echo: true });
  return JSON.parse(fs.readFileSync(`${file}.meta.json`, "utf8"));
}

/** The server's environment; `overrides` adds to it or replaces (PostgreSQL, Redis, nginx). */
function serverEnv(dir, meta, port, overrides = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `file:${meta.file}`,
    UPLOADS_DIR: path.join(dir, "uploads"),
    PRIVATE_FILES_DIR: path.join(dir, "private"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    SITE_URL: origin,
    NEXTAUTH_URL: origin,
    DEMO_MODE: "false",
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    ...overrides,
  };
  // next build/start set NODE_ENV themselves; an inherited "test" or "development" would
  // make them warn and build something other than what production runs.
  delete env.NODE_ENV;
  delete env.DATABASE_AUTH_TOKEN;
  return env;
}

/** The bench accounts' session cookies, signed in at `origin`. */
async function sessions(origin, meta) {
  const session = (as, expect) =>
    signIn(origin, meta.accounts[as].email, meta.accounts[as].password, expect);
  return {
    anonymous: {},
    subscriber: { cookie: await session("subscriber", { subscriber: true }) },
    // Signed in, no subscription: must get the public edition, as fast as anonymous visitors.
    reader: { cookie: await session("reader", { subscriber: false }) },
    admin: { cookie: await session("admin") },
  };
}

/** Starts the server on a dataset and signs in the bench accounts. */
async function serve(dir, meta, serverLog, port, overrides = {}) {
  const env = serverEnv(dir, meta, port, overrides);
  // Lets the bench ask the server for its heap figures once the measuring is over (heap.mjs).
  const reportsDir = path.join(dir, "node-reports", String(port));
  env.NODE_OPTIONS = [process.env.NODE_OPTIONS, reportFlags(reportsDir)].filter(Boolean).join(" ");
  const server = await startServer(env, port, { log: serverLog });
  const rss = sampleRss(server.child.pid);
  return {
    ...server,
    pid: server.child.pid,
    rss,
    reportsDir,
    headers: await sessions(server.origin, meta),
    async stop() {
      rss.stop();
      await server.stop();
    },
  };
}

/**
 * Two app servers on PostgreSQL behind nginx, sharing Redis, as docs/deploy.md runs them
 * (one session secret, one trusted proxy hop). Measured through nginx; the pid and memory
 * are both servers' together.
 */
async function serveTwo(dir, meta, serverLog, databaseUrl) {
  const parts = await clusterParts(dir);
  const overrides = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: parts.redisUrl,
    TRUSTED_PROXY_HOPS: "1",
    SITE_URL: parts.origin,
    NEXTAUTH_URL: parts.origin,
  };
  const ports = [await freePort(), await freePort()];
  const env = serverEnv(dir, meta, ports[0], overrides);
  const servers = [];
  for (const port of ports) servers.push(await startServer(env, port, { log: serverLog }));
  await parts.startNginx(ports);
  const pids = servers.map((server) => server.child.pid);
  const rss = sampleRss(pids);
  return {
    origin: parts.origin,
    pid: pids,
    rss,
    reportsDir: null,
    headers: await sessions(parts.origin, meta),
    async stop() {
      rss.stop();
      await Promise.all(servers.map((server) => server.stop()));
      await parts.stop();
    },
  };
}

/**
 * Resolves each page's path on a running server and checks its answer once: 200, the
 * expected text present, and for pages read as a subscriber, that text absent for an
 * anonymous visitor; text a page must not show (the paywall) absent. A fallback replaces
 * a path that answers 404.
 */
async function resolvePages(server, meta, pages) {
  const resolved = [];
  for (const page of pages) {
    const headers = server.headers[page.as];
    let { label } = page;
    let pagePath = page.path(meta);
    const requested = pagePath;
    let response = await fetch(server.origin + pagePath, { headers, redirect: "manual" });
    if (response.status === 404 && page.fallback) {
      await response.arrayBuffer();
      label = page.fallback.label;
      pagePath = page.fallback.path(meta);
      response = await fetch(server.origin + pagePath, { headers, redirect: "manual" });
    }
    const html = await response.text();
    if (response.status !== 200)
      throw new Error(`${page.label}: ${pagePath} answered HTTP ${response.status}`);
    const expected = page.expect?.(meta);
    if (expected && !html.toLowerCase().includes(expected.toLowerCase()))
      throw new Error(`${page.label}: ${pagePath} does not contain "${expected}"`);
    if (expected && page.as !== "anonymous") {
      const anonymous = await (await fetch(server.origin + pagePath)).text();
      if (anonymous.toLowerCase().includes(expected.toLowerCase()))
        throw new Error(`${page.label}: anonymous visitors also get "${expected}" (paywall leak)`);
    }
    const absent = page.absent?.(meta);
    if (absent && html.toLowerCase().includes(absent.toLowerCase()))
      throw new Error(`${page.label}: ${pagePath} contains "${absent}" (paywall leak)`);
    resolved.push({ ...page, label, path: pagePath, requested, html });
  }
  return resolved;
}

/**
 * Warm-up, then one run per connection count, with the server's peak memory per run, then
 * the uncached figure (load.mjs measureUncached).
 * Each run starts once the server has finished the work the previous one left behind.
 */
async function loadPage(url, headers, opts, target) {
  await warmUp({ url, headers, connections: opts.connections.at(-1), duration: opts.warmup });
  const runs = [];
  for (const connections of opts.connections) {
    await waitForIdle(target.pid);
    const peak = target.rss.window();
    const run = await runLoad({ url, headers, connections, duration: opts.duration });
    runs.push({ ...run, peakRssBytes: peak() });
    log(
      `  ${connections} conns: ${run.requestsPerSec.toFixed(0)} req/s, p50 ${run.latencyMs.p50} ms, ` +
        `p99 ${run.latencyMs.p99} ms, errors ${run.errors}, non-2xx ${run.non2xx}`,
    );
  }
  await waitForIdle(target.pid);
  const uncached = await measureUncached({ url, headers });
  log(`  uncached, one at a time: p50 ${uncached.p50} ms, max ${uncached.max} ms`);
  return { runs, uncached };
}

/** Loads each of `pages` on `target` in turn: its runs and its uncached figure. */
async function measurePages(target, pages, opts, label = (page) => page.label) {
  const results = [];
  for (const page of pages) {
    log(`${label(page)}: ${page.path}`);
    const { runs, uncached } = await loadPage(
      target.origin + page.path,
      target.headers[page.as],
      opts,
      target,
    );
    results.push({ id: page.id, label: page.label, path: page.path, as: page.as, runs, uncached });
  }
  return results;
}

/**
 * The same pages on a PostgreSQL copy of the main dataset: one server, then two behind
 * nginx with Redis (--database postgres).
 */
async function measurePostgres(dir, meta, serverLog, opts) {
  const database = await postgresDataset(dir, meta, log);
  const configurations = [];
  for (const [id, label, start] of [
    [
      "one",
      "PostgreSQL, one server",
      async () => serve(dir, meta, serverLog, await freePort(), { DATABASE_URL: database.url }),
    ],
    [
      "two",
      "PostgreSQL, two servers behind nginx",
      () => serveTwo(dir, meta, serverLog, database.url),
    ],
  ]) {
    log(`starting ${label}`);
    const target = await start();
    const pages = await resolvePages(target, meta, PAGES);
    const results = await measurePages(target, pages, opts, (page) => `${label}: ${page.label}`);
    const memory = await serverMemory(target);
    await target.stop();
    configurations.push({ id, label, pages: results, server: memory });
  }
  return {
    copyMs: database.copyMs,
    rows: database.rows,
    settings: database.settings,
    configurations,
  };
}

/** The static-file bound: the page's HTML served from a Buffer by a separate process. */
async function staticBound(dir, html) {
  const file = path.join(dir, "bound.html");
  fs.writeFileSync(file, html);
  const child = spawnTracked(process.execPath, ["scripts/bench/static-server.mjs", file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
    child.stdout.once("data", (chunk) => resolve(JSON.parse(String(chunk)).port));
  });
  return { child, pid: child.pid, origin: `http://127.0.0.1:${port}`, rss: sampleRss(child.pid) };
}

/**
 * The server's memory over its whole life: the sampled peak (and what it was made of), the
 * kernel's high-water mark, and at the end, once everything is measured, what is resident
 * and what the JavaScript heap holds (heap.mjs).
 */
async function serverMemory(server) {
  const end = groupMemory(server.pid);
  const heap = server.reportsDir
    ? await heapReport(server.pid, server.reportsDir).catch(() => null)
    : null;
  const memory = {
    peakRssBytes: server.rss.peakBytes,
    highWaterBytes: server.rss.highWaterBytes(),
    atPeak: server.rss.atPeak,
    end: end && { ...end, heap },
  };
  const mb = (bytes) => `${Math.round(bytes / 1_048_576)} MB`;
  log(
    `server memory: peak ${mb(memory.peakRssBytes)}` +
      (memory.highWaterBytes === null ? "" : `, high-water mark ${mb(memory.highWaterBytes)}`) +
      (heap ? `; JS heap now ${mb(heap.totalBytes)} (${mb(heap.usedBytes)} used)` : ""),
  );
  return memory;
}

function datasetSummary(meta) {
  return {
    sizes: meta.sizes,
    counts: meta.counts,
    bytes: meta.bytes,
    seed: meta.seed,
    timingsMs: meta.timingsMs,
  };
}

function resultsFile(startedAt, quick) {
  const dir = path.join("bench", "results", quick ? "tmp" : "");
  fs.mkdirSync(dir, { recursive: true });
  const date = startedAt.slice(0, 10);
  let file = path.join(dir, `${date}.json`);
  for (let n = 2; fs.existsSync(file); n += 1) file = path.join(dir, `${date}-${n}.json`);
  return file;
}

async function main() {
  const flags = parseFlags(process.argv.slice(2), FLAGS);
  if (flags.help) {
    console.log(usage("npm run bench --", FLAGS));
    return;
  }
  const opts = options(flags);
  if (!["sqlite", "postgres"].includes(opts.database))
    throw new Error(`--database is sqlite or postgres, not "${opts.database}"`);
  installSignalHandlers();
  const startedAt = new Date().toISOString();
  // Taken before anything starts: the load average says how quiet the machine was.
  const machineInfo = machine();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meridian-bench-"));
  if (!opts.keepData)
    onCleanup("remove temporary folder", () => fs.rmSync(dir, { recursive: true, force: true }));
  else log(`temporary files kept in ${dir}`);
  // The server's output goes to a file beside the databases; its tail is shown on failure.
  const serverLogFile = path.join(dir, "server.log");
  let serverLogTail = "";
  const serverLog = (chunk) => {
    fs.appendFileSync(serverLogFile, chunk);
    serverLogTail = (serverLogTail + chunk).slice(-4000);
  };

  try {
    const meta = await generate(dir, "main", {
      articles: opts.articles,
      readers: opts.readers,
      subscriptions: opts.subscriptions,
      authors: opts.authors,
    });
    // The build bakes SITE_URL into prerendered pages, so it gets the main server's port.
    const mainPort = await freePort();
    if (opts.skipBuild && hasBuild()) log(`reusing the build in ${BENCH_DIST_DIR}`);
    else {
      log(`building into ${BENCH_DIST_DIR} (a minute or more)…`);
      // The build prerenders the front page from the database it sees: the main dataset.
      await buildApp(serverEnv(dir, meta, mainPort));
    }

    log("starting the server on the main dataset");
    let server = await serve(dir, meta, serverLog, mainPort);
    const pages = await resolvePages(server, meta, PAGES);
    const adminPage = pages.find((p) => p.id === "admin-search");
    const boundPage = pages.find((p) => p.bound);

    log("measuring the JavaScript each page loads");
    for (const page of pages)
      page.js = await measureJs(server.origin, page.path, server.headers[page.as]);

    log(`static-file bound: ${boundPage.path} (${boundPage.html.length} bytes of HTML)`);
    const bound = await staticBound(dir, boundPage.html);
    const { runs: boundRuns } = await loadPage(bound.origin + "/", {}, opts, bound);
    bound.rss.stop();
    await stopTracked(bound.child);

    const pageResults = await measurePages(server, pages, opts);
    for (const result of pageResults) {
      result.js = pages.find((page) => page.id === result.id).js;
      for (const run of result.runs)
        run.ofBound = ofBound(
          run,
          boundRuns.find((b) => b.connections === run.connections),
        );
    }
    // After the loads, on the same server and data: what a reader's browser asks for.
    log("the sign-in-and-read journey in Chromium");
    // Whatever goes wrong in it, the loads measured so far are not thrown away.
    const journey = await runJourneys({ origin: server.origin, meta, log }).catch((error) => ({
      skipped: `the journey could not run: ${String(error?.message ?? error).split("\n")[0]}`,
      runs: [],
    }));
    const mainMemory = await serverMemory(server);
    await server.stop();

    const postgres =
      opts.database === "postgres" ? await measurePostgres(dir, meta, serverLog, opts) : null;

    const scale = [];
    for (const size of opts.scale) {
      const scaleMeta = await generate(dir, `scale-${size}`, {
        articles: size,
        subscriptions: size,
        readers: 2 * size,
        authors: Math.min(200, Math.max(10, Math.round(size / 50))),
      });
      log(`scale ${size}: starting the server`);
      server = await serve(dir, scaleMeta, serverLog, await freePort());
      const scalePages = await resolvePages(
        server,
        scaleMeta,
        PAGES.filter((p) => p.scale),
      );
      const results = await measurePages(
        server,
        scalePages,
        opts,
        (page) => `${page.label} at ${size}`,
      );
      const memory = await serverMemory(server);
      await server.stop();
      scale.push({ size, dataset: datasetSummary(scaleMeta), server: memory, pages: results });
      // Large datasets take gigabytes; the next size should not have to share the disk.
      for (const suffix of ["", "-wal", "-shm"])
        fs.rmSync(scaleMeta.file + suffix, { force: true });
    }

    const results = {
      schema: 1,
      startedAt,
      finishedAt: new Date().toISOString(),
      quick: opts.quick,
      machine: machineInfo,
      options: opts,
      dataset: datasetSummary(meta),
      adminPage: {
        requested: adminPage.requested,
        path: adminPage.path,
        fallback: adminPage.requested !== adminPage.path,
      },
      bound: {
        path: boundPage.path,
        htmlBytes: Buffer.byteLength(boundPage.html),
        runs: boundRuns,
      },
      server: mainMemory,
      pages: pageResults,
      journey,
      postgres,
      scale,
    };
    results.targets = evaluateTargets(
      results,
      opts.connections.includes(50) ? 50 : opts.connections.at(-1),
    );
    const file = resultsFile(startedAt, opts.quick);
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${formatReport(results)}\n`);
    log(`results written to ${file}`);
  } catch (error) {
    if (serverLogTail) console.error(`\nLast lines of the server's output:\n${serverLogTail}`);
    throw error;
  } finally {
    await cleanupAll();
  }
}

main().catch((error) => {
  console.error(`\nbench failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
