// Building and serving the app for the benchmark, and watching its memory.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { serverProcess } from "../server-process.mjs";
import { onCleanup, runTracked, spawnTracked, stopTracked } from "./processes.mjs";

const NEXT = "node_modules/next/dist/bin/next";
export const BENCH_DIST_DIR = ".next-bench";

/** A port nobody is listening on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `next build` into NEXT_DIST_DIR. A build into a custom distDir adds that folder's type
 * paths to tsconfig.json (and points next-env.d.ts at them), which would leave a dirty
 * checkout behind; both files are put back as they were, also if the build is interrupted.
 */
export async function buildApp(env) {
  const restore = ["tsconfig.json", "next-env.d.ts"].map((file) => {
    const saved = fs.existsSync(file) ? fs.readFileSync(file) : null;
    return onCleanup(`restore ${file}`, () => {
      if (saved === null) fs.rmSync(file, { force: true });
      else if (!fs.existsSync(file) || !fs.readFileSync(file).equals(saved))
        fs.writeFileSync(file, saved);
    });
  });
  try {
    await runTracked(process.execPath, [NEXT, "build"], { env, echo: true });
  } finally {
    restore.forEach((undo) => undo());
  }
}

export function hasBuild() {
  return fs.existsSync(`${BENCH_DIST_DIR}/BUILD_ID`);
}

/**
 * The production server (scripts/serve.mjs, as `npm start` runs it) on `port`; resolves once /api/health answers 200 (the database is reachable).
 * Its output goes to `log(chunk)`, or straight into the file descriptor `logFd` (written as
 * the server writes it, and kept if this process dies: scripts/cluster.mjs).
 */
export async function startServer(env, port, { log = () => {}, logFd } = {}) {
  const [nodeArgs, serverEnv] = serverProcess(
    ["--port", String(port), "--hostname", "127.0.0.1"],
    env,
  );
  const output = logFd ?? "pipe";
  const child = spawnTracked(process.execPath, nodeArgs, {
    env: serverEnv,
    stdio: ["ignore", output, output],
  });
  // The server's own output is kept out of the benchmark's tables but not lost.
  child.stdout?.on("data", (chunk) => log(chunk));
  child.stderr?.on("data", (chunk) => log(chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return { child, origin, stop: () => stopTracked(child) };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopTracked(child);
  throw new Error("the server did not answer /api/health within two minutes");
}

/** Pids of every process in a process group, from /proc. */
function groupPids(pgid) {
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may contain spaces) start after ") ".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) pids.push({ pid: entry, fields });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return pids;
}

/** The process groups of a target: one server's, or each of several servers'. */
const groupsOf = (pgids) => (Array.isArray(pgids) ? pgids : [pgids]);

/** CPU time (clock ticks, user + system) used so far by process groups. */
function groupCpuTicks(pgids) {
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat; `fields` starts at field 3.
  return groupsOf(pgids)
    .flatMap((pgid) => groupPids(pgid))
    .reduce((sum, { fields }) => sum + Number(fields[11]) + Number(fields[12]), 0);
}

/**
 * Waits until a process group (or several: two servers) is idle (under 5% of one core
 * for half a second). When autocannon stops, requests it abandoned are still being
 * rendered; without this wait the next run would pay for the previous one's backlog.
 * Gives up after `maxMs`.
 */
export async function waitForIdle(pgid, maxMs = 60_000) {
  if (!fs.existsSync("/proc/self/stat")) return new Promise((resolve) => setTimeout(resolve, 2000));
  const started = Date.now();
  const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux that Node supports
  let quiet = 0;
  let before = groupCpuTicks(pgid);
  while (Date.now() - started < maxMs && quiet < 2) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = groupCpuTicks(pgid);
    quiet = (now - before) / TICKS_PER_SECOND / 0.25 < 0.05 ? quiet + 1 : 0;
    before = now;
  }
  return Date.now() - started;
}

/**
 * The memory fields of /proc/<pid>/status (kB): VmRSS (resident) and VmHWM (its kernel
 * high-water mark), and what the resident memory is: RssAnon (heaps: V8's, Buffers,
 * malloc, SQLite's page cache), RssFile (mapped files: node, native addons, libraries)
 * and RssShmem (shared memory).
 */
const MEMORY_FIELDS = ["VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem"];

function statusKb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const out = {};
  for (const field of MEMORY_FIELDS)
    out[field] = Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
  return out;
}

/** Each process of a process group with its memory fields (kB), and its name if asked. */
function groupProcessesKb(pgid, { named = false } = {}) {
  const processes = [];
  for (const { pid } of groupPids(pgid)) {
    try {
      const command = named ? fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() : null;
      processes.push({ pid: Number(pid), command, ...statusKb(pid) });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return processes;
}

/** The memory fields (kB) summed over every process in one process group or several. */
function groupStatusKb(pgids) {
  const total = Object.fromEntries(MEMORY_FIELDS.map((field) => [field, 0]));
  for (const entry of groupsOf(pgids).flatMap((pgid) => groupProcessesKb(pgid)))
    for (const field of MEMORY_FIELDS) total[field] += entry[field];
  return total;
}

/**
 * The server's memory right now, in bytes: resident, and what kind of memory it is, for
 * the group (or several servers' groups together) and per process (Linux only; null
 * elsewhere). Read once, after the loads.
 */
export function groupMemory(pgid) {
  if (!fs.existsSync("/proc/self/stat")) return null;
  const bytes = (kb) => ({
    rssBytes: kb.VmRSS * 1024,
    highWaterBytes: kb.VmHWM * 1024,
    anonBytes: kb.RssAnon * 1024,
    fileBytes: kb.RssFile * 1024,
    shmemBytes: kb.RssShmem * 1024,
  });
  const processes = groupsOf(pgid).flatMap((one) => groupProcessesKb(one, { named: true }));
  return {
    ...bytes(groupStatusKb(pgid)),
    processes: processes.map((p) => ({ pid: p.pid, command: p.command, ...bytes(p) })),
  };
}

/** Without /proc (macOS), `ps` reports the leader's resident size. */
function psRssKb(pid) {
  try {
    return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }));
  } catch {
    return 0;
  }
}

/**
 * Samples the server's resident memory every 200 ms (the whole process group, as
 * `next start` may fork workers; with several servers' groups, their sum). `window()` starts a measurement window and returns a
 * function giving the peak seen in it; `peak` is the peak since the sampler started, and
 * `atPeak` what that peak was made of (anonymous, file-backed, shared; Linux only).
 */
export function sampleRss(pid, intervalMs = 200) {
  const proc = fs.existsSync("/proc/self/stat");
  const read = proc
    ? () => groupStatusKb(pid)
    : () => ({ VmRSS: groupsOf(pid).reduce((sum, one) => sum + psRssKb(one), 0) });
  const state = { peak: 0, windowPeak: 0, atPeak: null };
  const sample = () => {
    const fields = read();
    const kb = fields.VmRSS;
    if (kb > state.peak) state.atPeak = fields;
    state.peak = Math.max(state.peak, kb);
    state.windowPeak = Math.max(state.windowPeak, kb);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    window() {
      sample();
      state.windowPeak = 0;
      return () => {
        sample();
        return state.windowPeak * 1024;
      };
    },
    get peakBytes() {
      return state.peak * 1024;
    },
    get atPeak() {
      const kb = state.atPeak;
      if (!proc || !kb) return null;
      return {
        anonBytes: kb.RssAnon * 1024,
        fileBytes: kb.RssFile * 1024,
        shmemBytes: kb.RssShmem * 1024,
      };
    },
    /**
     * The kernel's own high-water mark (VmHWM) summed over the group: catches a peak
     * shorter than the sampling interval. Linux only; null elsewhere.
     */
    highWaterBytes: () => (proc ? groupStatusKb(pid).VmHWM * 1024 : null),
    stop: () => clearInterval(timer),
  };
}
