// Everything the benchmark starts, and how it is stopped. Children run in their own
// process groups (detached), so `next start` and anything it forks are stopped together
// by signalling the group, and a Ctrl-C in the terminal does not reach them half-way
// through a measurement: we stop them ourselves, in order, then restore files and remove
// temporary folders. Cleanup runs on success, on errors, and on SIGINT/SIGTERM/SIGHUP.
import { spawn } from "node:child_process";

/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set();
/** @type {{ label: string, run: () => void }[]} */
const cleanups = [];
let cleaning = null;

/**
 * Spawns a child in its own process group and tracks it until it exits.
 * @param {string} command
 * @param {string[]} args
 * @param {import("node:child_process").SpawnOptions} options
 */
export function spawnTracked(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/** Runs a tracked child to completion; rejects with its output's tail when it fails. */
export function runTracked(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const keep = (chunk, stream) => {
      tail = (tail + chunk).slice(-8000);
      if (options.echo) stream.write(chunk);
    };
    child.stdout.on("data", (chunk) => keep(chunk, process.stdout));
    child.stderr.on("data", (chunk) => keep(chunk, process.stderr));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(tail);
      else
        reject(
          new Error(
            `${[command, ...args].join(" ")} failed (${signal ?? `exit ${code}`}):\n${tail}`,
          ),
        );
    });
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops a tracked child's whole process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopTracked(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    // The leader is gone, but something it forked may still hold the group.
    signalGroup(child, "SIGKILL");
    return;
  }
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup(child, "SIGKILL");
}

/** Registers something to undo at the end (restore a file, remove a folder); LIFO. */
export function onCleanup(label, run) {
  const entry = { label, run };
  cleanups.push(entry);
  return () => {
    const index = cleanups.indexOf(entry);
    if (index >= 0) cleanups.splice(index, 1);
    run();
  };
}

/** Stops every child still running, then runs the registered cleanups. Idempotent. */
export function cleanupAll() {
  cleaning ??= (async () => {
    await Promise.all([...children].map((child) => stopTracked(child)));
    runCleanupsSync();
  })();
  return cleaning;
}

function runCleanupsSync() {
  while (cleanups.length > 0) {
    const { label, run } = cleanups.pop();
    try {
      run();
    } catch (error) {
      console.error(`cleanup "${label}" failed: ${error.message}`);
    }
  }
}

/**
 * Installs the handlers that make an interrupted benchmark leave nothing behind.
 * @param {string} what whose processes, for the message (scripts/cluster.mjs uses these too)
 */
export function installSignalHandlers(what = "the benchmark's processes") {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping ${what}…`);
      const code = 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal] ?? 0);
      cleanupAll().finally(() => process.exit(code));
      // A second signal while cleaning up means "now": kill what is left and leave.
      process.once(signal, () => process.exit(code));
    });
  }
  // Last resort (process.exit from anywhere, an uncaught error): nothing async runs here,
  // so kill groups outright and undo what can be undone synchronously.
  process.on("exit", () => {
    for (const child of children) signalGroup(child, "SIGKILL");
    runCleanupsSync();
  });
}
