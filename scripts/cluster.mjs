// `npm run cluster`: the production shape on one machine, for trying it (docs/deploy.md).
// PostgreSQL, Redis and nginx from Debian's packages (apt-get install -y postgresql
// redis-server nginx), two app servers each with its scheduler, nginx in front:
//
//   node scripts/cluster.mjs [--port 3000] [--dir data/cluster] [--fresh] [--build]
//
// Everything lives under --dir (default data/cluster): the database cluster, uploads,
// logs, and cluster.json (ports and process ids, read by the cluster's tests). PostgreSQL
// is a throwaway cluster of its own unless DATABASE_URL names one (postgres://…).
// Ctrl-C stops the whole set.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { startPostgresServer } from "./db/postgres-server.mjs";
import { startScheduler } from "./scheduler.mjs";
import { serverProcess } from "./server-process.mjs";
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
const children = [];
let stopping = false;

const fail = (message) => {
  console.error(`✗ ${message}`);
  stopAll(1);
};

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(0));
if (values.fresh) fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, "logs"), { recursive: true });

const databaseUrl = process.env.DATABASE_URL?.startsWith("postgres")
  ? process.env.DATABASE_URL
  : await startPostgres();
const redisUrl = await startRedis();
const secrets = loadSecrets();
const env = {
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
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "10",
  ...secrets,
};

step("Migrating and seeding", ["scripts/prepare-db.mjs"]);
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (values.build || !fs.existsSync(path.join(distDir, "BUILD_ID")))
  step("Building (about a minute)", ["node_modules/next/dist/bin/next", "build"]);

const servers = [];
for (const [index, appPort] of appPorts.entries()) {
  const [nodeArgs, serverEnv] = serverProcess(
    ["--port", String(appPort), "--hostname", "127.0.0.1"],
    env,
  );
  const server = launch(`app-${index + 1}`, process.execPath, nodeArgs, { env: serverEnv });
  servers.push({ port: appPort, pid: server.pid });
  await waitFor(`app server ${index + 1}`, () => httpOk(`http://127.0.0.1:${appPort}/api/health`));
  // Each server has its scheduler, as `npm start` does; the lease lets one tick at a time.
  const stop = startScheduler({
    origin: `http://127.0.0.1:${appPort}`,
    secret: env.SCHEDULER_SECRET,
    intervalMs: Number(process.env.SCHEDULER_INTERVAL_MS ?? 5000),
    lease: schedulerLease(await connectRedis(redisUrl, `scheduler-${index + 1}`)),
  });
  server.on("exit", stop);
}
const nginx = startNginx();
await waitFor("nginx", () => httpOk(`http://127.0.0.1:${port}/api/health`));
fs.writeFileSync(
  path.join(dir, "cluster.json"),
  JSON.stringify({ port, servers, nginx: nginx.pid, databaseUrl, redisUrl }, null, 2),
);
console.log(`\n▲ The Meridian on http://127.0.0.1:${port} (nginx → ${appPorts.join(", ")})`);

// ─── the parts ───────────────────────────────────────────────────────────────────────

function launch(name, command, args, options = {}) {
  const log = fs.openSync(path.join(dir, "logs", `${name}.log`), "a");
  const child = spawn(command, args, { stdio: ["ignore", log, log], ...options });
  child.name = name;
  children.push(child);
  // PostgreSQL, Redis or nginx gone means the set is broken; an app server gone is what
  // the set is built to survive (the other keeps serving), so it is only reported.
  child.on("exit", (code, signal) => {
    if (stopping) return;
    const how = `${name} stopped (${signal ?? `exit ${code}`}); its log: ${path.join(dir, "logs", `${name}.log`)}`;
    if (name.startsWith("app-")) console.error(`! ${how}`);
    else fail(how);
  });
  return child;
}

function step(label, args) {
  console.log(`▶ ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) fail(`${label} failed.`);
}

async function startPostgres() {
  const log = fs.openSync(path.join(dir, "logs", "postgres.log"), "a");
  const server = await startPostgresServer({
    dir: path.join(dir, "postgres"),
    port: pgPort,
    database: "meridian",
    log,
  }).catch((error) => fail(error.message));
  server.process.name = "postgres";
  children.push(server.process);
  server.process.on("exit", (code, signal) => {
    if (!stopping) fail(`PostgreSQL stopped (${signal ?? `exit ${code}`}).`);
  });
  return server.url();
}

async function startRedis() {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (spawnSync("redis-server", ["--version"]).status !== 0)
    fail("Redis is not installed: apt-get install -y redis-server");
  launch("redis", "redis-server", [
    "--port",
    String(redisPort),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
  ]);
  await waitFor("Redis", () => portOpen(redisPort));
  return `redis://127.0.0.1:${redisPort}`;
}

function startNginx() {
  if (spawnSync("nginx", ["-v"]).status !== 0)
    fail("nginx is not installed: apt-get install -y nginx");
  const prefix = path.join(dir, "nginx");
  for (const sub of ["logs", "tmp"]) fs.mkdirSync(path.join(prefix, sub), { recursive: true });
  // As root, nginx's workers run as nobody; they write request bodies under tmp/.
  fs.chmodSync(path.join(prefix, "tmp"), 0o1777);
  const config = fs
    .readFileSync("deploy/nginx.conf", "utf8")
    .replace("listen 127.0.0.1:3000;", `listen 127.0.0.1:${port};`)
    .replace("127.0.0.1:3101 ", `127.0.0.1:${appPorts[0]} `)
    .replace("127.0.0.1:3102 ", `127.0.0.1:${appPorts[1]} `);
  fs.writeFileSync(path.join(prefix, "nginx.conf"), config);
  return launch("nginx", "nginx", [
    "-p",
    prefix,
    "-c",
    path.join(prefix, "nginx.conf"),
    "-g",
    "daemon off;",
  ]);
}

/** Sessions must verify on every server, so the secrets are made once and kept in --dir. */
function loadSecrets() {
  const file = path.join(dir, "secrets.json");
  if (!fs.existsSync(file))
    fs.writeFileSync(
      file,
      JSON.stringify({
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
        SCHEDULER_SECRET: process.env.SCHEDULER_SECRET ?? randomBytes(24).toString("base64url"),
      }),
      { mode: 0o600 },
    );
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

async function httpOk(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return response.ok;
}

function portOpen(target) {
  return new Promise((resolve) => {
    const socket = net.connect(target, "127.0.0.1");
    socket.once("connect", () => resolve(true) || socket.end());
    socket.once("error", () => resolve(false));
  });
}

async function waitFor(what, ready, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`${what} did not start within ${timeoutMs / 1000} s (logs in ${path.join(dir, "logs")}).`);
}

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  // Apps first, so nothing writes while PostgreSQL shuts down (SIGINT: its fast shutdown).
  for (const child of [...children].reverse())
    if (child.exitCode === null) child.kill(child.name === "postgres" ? "SIGINT" : "SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
}
