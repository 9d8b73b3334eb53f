// A throwaway PostgreSQL server of our own, from Debian's package (apt-get install -y
// postgresql): for `npm run cluster`, and for the test suite on PostgreSQL. Never one left
// running by hand: each caller starts it in a folder of its own and stops it.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** PostgreSQL's server programs: Debian puts them under /usr/lib/postgresql/<version>/bin. */
export function postgresBin() {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions
    .map((version) => path.join(root, version, "bin"))
    .find((bin) => fs.existsSync(path.join(bin, "postgres")));
  if (!found) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  return found;
}

/** PostgreSQL refuses to run as root: as root, its programs run as the "postgres" user. */
function asPostgresUser(command, args) {
  return process.getuid?.() === 0
    ? ["runuser", ["-u", "postgres", "--", command, ...args]]
    : [command, args];
}

/**
 * Starts (creating it first if need be) a server with its data in `dir`, listening on
 * 127.0.0.1:`port`, user "meridian" without a password (loopback only), and a database
 * `database`. Returns its URL and a stop() that shuts it down fast.
 * @param {{ dir: string, port: number, database: string, log: number | "ignore",
 *   settings?: string[] }} options `log`: a file descriptor for its output
 */
export async function startPostgresServer({ dir, port, database, log, settings = [] }) {
  const bin = postgresBin();
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (process.getuid?.() === 0) spawnSync("chown", ["-R", "postgres:postgres", dir]);
    const [command, args] = asPostgresUser(path.join(bin, "initdb"), [
      ...["-D", dir, "-U", "meridian", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
    ]);
    const result = spawnSync(command, args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`initdb failed:\n${result.stderr}`);
  }
  const [command, args] = asPostgresUser(path.join(bin, "postgres"), [
    ...["-D", dir, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1"],
    ...["-c", "max_connections=200"],
    ...settings.flatMap((setting) => ["-c", setting]),
  ]);
  const server = spawn(command, args, { stdio: ["ignore", log, log] });
  const admin = `postgres://meridian@127.0.0.1:${port}/postgres`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`PostgreSQL stopped at start (exit ${server.exitCode}); see its log.`);
    const client = new pg.Client({ connectionString: admin });
    try {
      await client.connect();
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
        database,
      ]);
      if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
      break;
    } catch (error) {
      if (Date.now() > until) throw new Error(`PostgreSQL did not start: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    } finally {
      await client.end().catch(() => {});
    }
  }
  return {
    process: server,
    url: (name = database) => `postgres://meridian@127.0.0.1:${port}/${name}`,
    stop: () => stopPostgresServer(dir),
  };
}

/**
 * Fast shutdown (SIGINT) of the PostgreSQL server whose data is in `dataDir`, sent to the
 * postmaster itself (as root it runs under runuser), then waits for it: PostgreSQL removes
 * postmaster.pid last. Synchronous, because cleanups also run from the process's exit.
 */
export function stopPostgresServer(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    // A stale file's pid may belong to something else by now.
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")) return;
    process.kill(pid, "SIGINT");
  } catch {
    return; // Not running.
  }
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + 30_000;
  while (fs.existsSync(pidFile) && Date.now() < until) Atomics.wait(sleeper, 0, 0, 100);
}
