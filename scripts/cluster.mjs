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
import fs from "node:fs";
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
import { startNginx, startRedis } from "./cluster/parts.mjs";
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
  const redisUrl =
    process.env.REDIS_URL || (await startRedis({ port: redisPort, launch: launchEssential })).url;
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

  const nginx = await startNginx({
    prefix: path.join(dir, "nginx"),
    port,
    appPorts,
    launch: launchEssential,
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
