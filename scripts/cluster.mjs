// `npm run cluster`: the production shape on one machine, for trying it (docs/deploy.md).
// PostgreSQL, Redis and nginx from Debian's packages (apt-get install -y postgresql
// redis-server nginx), two app servers each with its scheduler, nginx in front:
//
//   node scripts/cluster.mjs [--port 3000] [--dir data/cluster] [--fresh] [--build]
//
// Everything lives under --dir (default data/cluster): the database cluster, uploads,
// logs, nginx's configuration, the session secret, and cluster.json (ports and process
// ids, read by the cluster's tests). PostgreSQL is a throwaway cluster of its own unless
// DATABASE_URL names one (postgres://…). The app is built (into NEXT_DIST_DIR, else .next)
// only when there is no build yet, or with --build.
//
// Stopping: Ctrl-C, SIGTERM or SIGHUP stops the whole set and waits for it (app servers,
// Redis and nginx, then PostgreSQL), so no port is left held. A part that fails to start,
// or PostgreSQL, Redis or nginx dying later, does the same and exits 1. An app server dying
// is only reported: the other one keeps serving, which is what the set is for.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { withAuthEnv } from "./auth-secret.mjs";
import { isPostgresUrl } from "./database-url.mjs";
import { startPostgresServer, stopPostgresServer } from "./db/postgres-server.mjs";
import { startScheduler, withSchedulerSecret } from "./scheduler.mjs";
import {
  cleanupAll,
  installSignalHandlers,
  onCleanup,
  runTracked,
  spawnTracked,
} from "./bench/processes.mjs";
import { buildApp, startServer } from "./bench/server.mjs";
import { connectRedis, schedulerLease } from "../lib/cluster/redis.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.CLUSTER_PORT ?? "3000" },
    dir: { type: "string", default: process.env.CLUSTER_DIR ?? "data/cluster" },
    fresh: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const appPorts = [port + 101, port + 102];
const pgPort = port + 110;
const redisPort = port + 111;
const dir = path.resolve(values.dir);
const logs = path.join(dir, "logs");
const SITE_CONFIG = "deploy/nginx-site.conf";

// Set once the set is being stopped: children exiting from then on are expected.
let stopping = false;
// The schedulers' Redis connections, closed first so that Redis stopping is not reported.
const redisClients = [];
const beginStopping = () => {
  stopping = true;
  for (const client of redisClients.splice(0)) client.destroy();
};
installSignalHandlers("the cluster");
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, beginStopping);

/** Stops everything that was started, waits for it, and exits 1. Never returns. */
function fail(message) {
  if (!stopping) console.error(`✗ ${message}`);
  beginStopping();
  cleanupAll().finally(() => process.exit(1));
  // Whoever awaits this waits for the exit.
  return new Promise(() => {});
}

main().catch((error) => fail(error.message));

async function main() {
  if (values.fresh) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(logs, { recursive: true });

  const databaseUrl = isPostgresUrl(process.env.DATABASE_URL ?? "")
    ? process.env.DATABASE_URL
    : await startPostgres();
  const redisUrl = process.env.REDIS_URL || (await startRedis());
  // Sessions must verify on every server: NEXTAUTH_SECRET is made once and kept in --dir
  // (<dir>/auth-secret), so it also survives a restart of the set. The scheduler's secret
  // is shared only by this process's schedulers and its servers, made anew on each start.
  const env = withSchedulerSecret(
    withAuthEnv(
      {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        SITE_URL: `http://127.0.0.1:${port}`,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        DEMO_MODE: process.env.DEMO_MODE ?? "true",
        // One nginx in front: only its X-Forwarded-For hop is believed (client-address.mjs).
        TRUSTED_PROXY_HOPS: "1",
        // Both servers read and write the same files; on two machines, a shared mount.
        UPLOADS_DIR: path.join(dir, "uploads"),
        PRIVATE_FILES_DIR: path.join(dir, "private"),
      },
      dir,
    ),
  );

  console.log("▶ Migrating and seeding");
  await runTracked(process.execPath, ["scripts/prepare-db.mjs"], { env, echo: true });
  // The build made without REDIS_URL (the main browser suite's) serves here too: Next.js
  // reads next.config.js again when a server starts, so the Redis cache handler applies.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (values.build || !fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`▶ Building into ${distDir} (about a minute)`);
    await buildApp(env);
  }

  const servers = [];
  for (const [index, appPort] of appPorts.entries()) {
    const name = `app-${index + 1}`;
    console.log(`▶ Starting ${name} on ${appPort}`);
    // Written by the server itself: an email it logs is in the file before it answers
    // (tests/cluster/cluster.ts reads them).
    const logFd = fs.openSync(path.join(logs, `${name}.log`), "a");
    const { child } = await startServer(env, appPort, { logFd }).catch((error) => {
      throw new Error(`${name}: ${error.message} (its log: ${path.join(logs, `${name}.log`)})`);
    });
    servers.push({ port: appPort, pid: child.pid });
    // Each server has its scheduler, as `npm start` does; the lease lets one tick at a time.
    const redis = await connectRedis(redisUrl, `scheduler-${index + 1}`);
    redisClients.push(redis);
    const stopScheduler = startScheduler({
      origin: `http://127.0.0.1:${appPort}`,
      secret: env.SCHEDULER_SECRET,
      intervalMs: Number(process.env.SCHEDULER_INTERVAL_MS ?? 5000),
      lease: schedulerLease(redis),
    });
    // A server gone is what the set is built to survive (the other keeps serving, and
    // nginx stops sending it requests), so it is reported, and the rest runs on.
    child.on("exit", (code, signal) => {
      stopScheduler();
      if (!stopping)
        console.error(
          `! ${name} stopped (${signal ?? `exit ${code}`}); its log: ${path.join(logs, `${name}.log`)}`,
        );
    });
  }

  const nginx = startNginx();
  await waitUntil("nginx", nginx, async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  });
  fs.writeFileSync(
    path.join(dir, "cluster.json"),
    JSON.stringify({ port, servers, nginx: nginx.pid, databaseUrl, redisUrl }, null, 2),
  );
  console.log(`\n▲ The Meridian on http://127.0.0.1:${port} (nginx → ${appPorts.join(", ")})`);
}

// ─── the parts ───────────────────────────────────────────────────────────────────────

/**
 * Starts a part the set cannot run without (Redis, nginx) in its own process group, with
 * its output in logs/<name>.log; its death, unless the set is stopping, stops the set.
 */
function launchEssential(name, command, args) {
  const log = fs.openSync(path.join(logs, `${name}.log`), "a");
  const child = spawnTracked(command, args, { stdio: ["ignore", log, log] });
  child.on("error", (error) => fail(`${name} could not start: ${error.message}`));
  child.on("exit", (code, signal) => {
    if (!stopping)
      fail(
        `${name} stopped (${signal ?? `exit ${code}`}); its log: ${path.join(logs, `${name}.log`)}`,
      );
  });
  return child;
}

/** Resolves once `ready()` is true; throws if `child` exits first or after `timeoutMs`. */
async function waitUntil(what, child, ready, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} stopped while starting (logs in ${logs}).`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s (logs in ${logs}).`);
}

async function startPostgres() {
  const dataDir = path.join(dir, "postgres");
  // Registered before it starts, so that a start that fails half-way leaves nothing either.
  // Cleanups run after every tracked child has stopped: the app servers are gone first.
  onCleanup("stop PostgreSQL", () => stopPostgresServer(dataDir));
  const server = await startPostgresServer({
    dir: dataDir,
    port: pgPort,
    database: "meridian",
    log: fs.openSync(path.join(logs, "postgres.log"), "a"),
  });
  server.process.on("exit", (code, signal) => {
    if (!stopping) fail(`PostgreSQL stopped (${signal ?? `exit ${code}`}); see logs/postgres.log.`);
  });
  return server.url();
}

async function startRedis() {
  if (spawnSync("redis-server", ["--version"]).status !== 0)
    throw new Error("Redis is not installed: apt-get install -y redis-server");
  // No persistence: Redis holds caches and a lease only.
  const redis = launchEssential("redis", "redis-server", [
    ...["--port", String(redisPort), "--bind", "127.0.0.1"],
    ...["--save", "", "--appendonly", "no"],
  ]);
  await waitUntil("Redis", redis, () => portOpen(redisPort));
  return `redis://127.0.0.1:${redisPort}`;
}

function portOpen(target) {
  return new Promise((resolve) => {
    const socket = net.connect(target, "127.0.0.1");
    socket.once("connect", () => resolve(true) || socket.end());
    socket.once("error", () => resolve(false));
  });
}

/** Replaces `from` in `text`, and fails loudly if deploy/nginx-site.conf no longer has it. */
function replaceIn(text, from, to, count = 1) {
  const found =
    typeof from === "string" ? text.split(from).length - 1 : (text.match(from) ?? []).length;
  if (found !== count)
    throw new Error(`${SITE_CONFIG}: expected ${count} × ${String(from)}, found ${found}`);
  return typeof from === "string" ? text.replaceAll(from, to) : text.replace(from, to);
}

/**
 * nginx with deploy/nginx-site.conf, the file a real server drops into /etc/nginx/conf.d/,
 * its addresses changed to this set's, inside a main configuration of our own that keeps
 * nginx's pid, logs and temporary files under <dir>/nginx (Debian's compiled-in paths are
 * the system nginx's).
 */
function startNginx() {
  if (spawnSync("nginx", ["-v"]).status !== 0)
    throw new Error("nginx is not installed: apt-get install -y nginx");
  const prefix = path.join(dir, "nginx");
  const tmp = path.join(prefix, "tmp");
  fs.mkdirSync(path.join(prefix, "logs"), { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  // As root, nginx's workers run as another user; they write request bodies under tmp/.
  fs.chmodSync(tmp, 0o1777);

  let site = fs.readFileSync(SITE_CONFIG, "utf8");
  site = replaceIn(site, /^(\s*)listen 80;/gm, `$1listen 127.0.0.1:${port};`);
  let upstream = 0;
  site = replaceIn(
    site,
    /^(\s*server )\S+( max_fails)/gm,
    (_, head, tail) => `${head}127.0.0.1:${appPorts[upstream++]}${tail}`,
    appPorts.length,
  );
  // The public origin here has a port (http://127.0.0.1:PORT); $host drops it, and Next.js
  // refuses a Server Action whose Origin differs from the Host it is given.
  site = replaceIn(site, "Host $host;", "Host $host:$server_port;");
  const siteFile = path.join(prefix, "site.conf");
  fs.writeFileSync(siteFile, site);

  const errorLog = path.join(prefix, "logs", "error.log");
  const main = [
    `# Made by scripts/cluster.mjs around ${siteFile} (a copy of ${SITE_CONFIG}).`,
    "worker_processes 2;",
    `pid ${path.join(prefix, "nginx.pid")};`,
    `error_log ${errorLog} warn;`,
    "events {",
    "    worker_connections 1024;",
    "}",
    "http {",
    "    access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
      (kind) => `    ${kind}_temp_path ${path.join(tmp, kind)};`,
    ),
    `    include ${siteFile};`,
    "}",
    "",
  ].join("\n");
  const mainFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(mainFile, main);
  // -e: the error log before the configuration is read (else Debian's /var/log/nginx).
  const args = ["-p", prefix, "-e", errorLog, "-c", mainFile];
  const check = spawnSync("nginx", [...args, "-t", "-q"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused ${mainFile}:\n${check.stderr}`);
  return launchEssential("nginx", "nginx", [...args, "-g", "daemon off;"]);
}
