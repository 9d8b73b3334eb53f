// How scripts/serve.mjs is started, the same way by `npm start`, the browser tests and the
// benchmark, so what is measured and tested is what runs.
//
// Memory (issue 13): under load V8 grows the old generation far past what is alive (the
// benchmark saw a 232 MB heap holding 90 MB) and glibc keeps one malloc arena per thread
// that ever allocated. A ceiling on the old generation makes V8 collect before it grows;
// SERVER_HEAP_MB raises it (the app keeps no unbounded data in memory: pages in the page
// cache are bounded by PAGE_CACHE_MB and live in Buffers outside this heap, CSV exports
// stream). Two malloc arenas are plenty for a server with one JavaScript thread.

const DEFAULT_HEAP_MB = 192;

/** `[nodeArgs, env]` for spawning `node scripts/serve.mjs …serveArgs` with `baseEnv`. */
export function serverProcess(serveArgs, baseEnv = process.env) {
  const heapMb = Number(baseEnv.SERVER_HEAP_MB ?? DEFAULT_HEAP_MB);
  if (!Number.isInteger(heapMb) || heapMb < 64)
    throw new Error("SERVER_HEAP_MB must be a whole number of megabytes, 64 or more.");
  return [
    [`--max-old-space-size=${heapMb}`, "scripts/serve.mjs", ...serveArgs],
    { ...baseEnv, MALLOC_ARENA_MAX: baseEnv.MALLOC_ARENA_MAX ?? "2" },
  ];
}
