// The parts of the production shape that come from Debian's packages besides PostgreSQL
// (scripts/db/postgres-server.mjs): Redis and nginx in front of the app servers. Used by
// `npm run cluster` (scripts/cluster.mjs) and by the benchmark's two-server run
// (scripts/bench/run.mjs). Each caller says how a part is launched (`launch`), so that it
// decides what a part dying means: the cluster stops as a whole, the benchmark fails.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const SITE_CONFIG = "deploy/nginx-site.conf";

/**
 * @typedef {(name: string, command: string, args: string[]) =>
 *   import("node:child_process").ChildProcess} Launch
 */

/** Resolves once `ready()` is true; throws if `child` exits first or after `timeoutMs`. */
export async function waitUntil(what, child, ready, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} stopped while starting (see its log).`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s (see its log).`);
}

export function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => resolve(true) || socket.end());
    socket.once("error", () => resolve(false));
  });
}

/**
 * A Redis on 127.0.0.1:`port` without persistence: it holds caches and a lease only.
 * @param {{ port: number, launch: Launch }} options
 */
export async function startRedis({ port, launch }) {
  if (spawnSync("redis-server", ["--version"]).status !== 0)
    throw new Error("Redis is not installed: apt-get install -y redis-server");
  const redis = launch("redis", "redis-server", [
    ...["--port", String(port), "--bind", "127.0.0.1"],
    ...["--save", "", "--appendonly", "no"],
  ]);
  await waitUntil("Redis", redis, () => portOpen(port));
  return { child: redis, url: `redis://127.0.0.1:${port}` };
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
 * its addresses changed to `port` and `appPorts`, inside a main configuration of our own
 * that keeps nginx's pid, logs and temporary files under `prefix` (Debian's compiled-in
 * paths are the system nginx's). Resolves once nginx answers /api/health.
 * @param {{ prefix: string, port: number, appPorts: number[], launch: Launch }} options
 */
export async function startNginx({ prefix, port, appPorts, launch }) {
  if (spawnSync("nginx", ["-v"]).status !== 0)
    throw new Error("nginx is not installed: apt-get install -y nginx");
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
    `# Made by scripts/cluster/parts.mjs around ${siteFile} (a copy of ${SITE_CONFIG}).`,
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
  const nginx = launch("nginx", "nginx", [...args, "-g", "daemon off;"]);
  await waitUntil("nginx", nginx, async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  });
  return nginx;
}
