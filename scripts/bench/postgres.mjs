// The benchmark's PostgreSQL (`npm run bench -- --database postgres`): a server of its own
// from Debian's package, holding a copy of the SQLite dataset, so both engines are measured
// on the same rows (scripts/db/copy-to-postgres.mjs), and Redis and nginx for two app
// servers in front of it (scripts/cluster/parts.mjs).
import fs from "node:fs";
import path from "node:path";
import { startNginx, startRedis } from "../cluster/parts.mjs";
import { copySqliteToPostgres } from "../db/copy-to-postgres.mjs";
import { startPostgresServer, stopPostgresServer } from "../db/postgres-server.mjs";
import { onCleanup, spawnTracked, stopTracked } from "./processes.mjs";
import { freePort } from "./server.mjs";

/**
 * PostgreSQL's settings for the measurement: Debian's defaults but for its buffer cache,
 * which at 128 MB would hold a fraction of the dataset that SQLite reads through the
 * operating system's page cache; a quarter of memory is the usual advice, 1 GB is less
 * than a quarter of any machine the bench runs on. Durability stays on (fsync), as in
 * production.
 */
const SETTINGS = ["shared_buffers=1GB", "max_connections=100"];

/** Starts PostgreSQL under `dir` and copies the dataset `meta.file` into it. */
export async function postgresDataset(dir, meta, log) {
  const dataDir = path.join(dir, "postgres");
  // As root, PostgreSQL runs as the "postgres" user, who must pass through the bench's
  // temporary folder (made 0700) to reach its data: traverse only, no listing.
  if (process.getuid?.() === 0) fs.chmodSync(dir, 0o711);
  onCleanup("stop PostgreSQL", () => stopPostgresServer(dataDir));
  const server = await startPostgresServer({
    dir: dataDir,
    port: await freePort(),
    database: "bench",
    log: fs.openSync(path.join(dir, "postgres.log"), "a"),
    settings: SETTINGS,
  });
  log("copying the dataset into PostgreSQL (scripts/db/copy-to-postgres.mjs)");
  const started = performance.now();
  const rows = await copySqliteToPostgres({
    from: `file:${meta.file}`,
    to: server.url(),
    log: () => {},
  });
  const copyMs = Math.round(performance.now() - started);
  log(`  copied in ${(copyMs / 1000).toFixed(1)} s`);
  return { url: server.url(), copyMs, rows, settings: SETTINGS };
}

/** A launcher for Redis and nginx whose output goes to <dir>/<name>.log. */
function launcher(dir) {
  return (name, command, args) => {
    const log = fs.openSync(path.join(dir, `${name}.log`), "a");
    return spawnTracked(command, args, { stdio: ["ignore", log, log] });
  };
}

/**
 * Redis, and nginx on a port of its own: `startNginx(appPorts)` puts it in front of the app
 * servers, which the caller starts in between, once it has REDIS_URL for them.
 */
export async function clusterParts(dir) {
  const launch = launcher(dir);
  const redis = await startRedis({ port: await freePort(), launch });
  const port = await freePort();
  let nginx = null;
  return {
    redisUrl: redis.url,
    origin: `http://127.0.0.1:${port}`,
    async startNginx(appPorts) {
      nginx = await startNginx({ prefix: path.join(dir, "nginx"), port, appPorts, launch });
    },
    async stop() {
      if (nginx) await stopTracked(nginx);
      await stopTracked(redis.child);
    },
  };
}
