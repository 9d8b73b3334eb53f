// What the server's JavaScript heap holds, from Node's own diagnostic report: run.mjs starts
// the server with --report-on-signal (NODE_OPTIONS), and one SIGUSR2 once the measuring is
// over makes it write a report. That takes milliseconds and walks no objects (a heap
// snapshot would stop the server for seconds and need as much memory again). Only the heap
// figures are kept: a report also lists the process's environment, the server's secrets
// included, so each file is deleted as soon as it has been read.
import fs from "node:fs";
import path from "node:path";

/** NODE_OPTIONS flags that make a Node process write a report to `directory` on SIGUSR2. */
export function reportFlags(directory) {
  fs.mkdirSync(directory, { recursive: true });
  return `--report-on-signal --report-signal=SIGUSR2 --report-directory="${directory}"`;
}

/** The heap figures of a diagnostic report (bytes); null when it has none. */
export function heapOf(report) {
  const heap = report?.javascriptHeap;
  if (!heap) return null;
  return {
    // As process.memoryUsage() calls them: heapTotal, heapUsed, external.
    totalBytes: heap.totalMemory,
    usedBytes: heap.usedMemory,
    // Buffers and ArrayBuffers: allocated outside V8's heap, but owned by JS objects.
    externalBytes: heap.externalMemory ?? null,
    mallocedBytes: heap.mallocedMemory ?? null,
    spaces: Object.fromEntries(
      Object.entries(heap.heapSpaces ?? {}).map(([name, space]) => [
        name,
        { sizeBytes: space.memorySize, usedBytes: space.used },
      ]),
    ),
  };
}

/**
 * Asks the server (process `pid`, started with reportFlags(directory)) for a report and
 * returns its heap figures; null when none arrives within `timeoutMs`.
 */
export async function heapReport(pid, directory, timeoutMs = 10_000) {
  const before = new Set(fs.readdirSync(directory));
  const fresh = () =>
    fs
      .readdirSync(directory)
      .filter((name) => !before.has(name) && name.includes(`.${pid}.`) && name.endsWith(".json"));
  process.kill(pid, "SIGUSR2");
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [file] = fresh();
      if (!file) continue;
      try {
        return heapOf(JSON.parse(fs.readFileSync(path.join(directory, file), "utf8")));
      } catch {
        // Still being written.
      }
    }
    return null;
  } finally {
    for (const file of fresh()) fs.rmSync(path.join(directory, file), { force: true });
  }
}
