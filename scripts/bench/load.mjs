// One load run with autocannon, reduced to the figures the report needs.
import autocannon from "autocannon";

/**
 * Loads `url` with `connections` concurrent keep-alive connections for `duration` seconds.
 * autocannon records latency in whole milliseconds and only for 2xx answers, so every
 * run also reports non-2xx counts: a fast page of errors must never look like a fast page.
 */
export async function runLoad({ url, connections, duration, headers = {} }) {
  const instance = autocannon({
    url,
    connections,
    duration,
    headers,
    // A request taking longer than this counts as an error (timeout), not as a latency.
    timeout: 30,
  });
  // autocannon's histogram has no p95 (the search target); every 2xx answer's
  // time is kept here instead, in fractional milliseconds.
  const times = [];
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
  });
  const result = await instance;
  const { latency } = result;
  return {
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSec: result.requests.average,
    latencyMs: {
      average: latency.average,
      p50: latency.p50,
      p90: latency.p90,
      p95: percentile(times, 95),
      p97_5: latency.p97_5,
      p99: latency.p99,
      max: latency.max,
    },
    bytesPerSec: result.throughput.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [
        code,
        Number(count),
      ]),
    ),
  };
}

/**
 * The page as the server's own page cache cannot answer it: `count` requests one after
 * another, each with a query parameter no page reads and no earlier request carried, so
 * each is a cache miss doing the page's whole work (an admin search runs its SQL and
 * renders; a public article comes from Next.js's ISR copy). What a first visit costs when
 * nothing else is happening, beside the loaded figures, which are mostly cache hits.
 */
export async function measureUncached({ url, headers = {}, count = 20 }) {
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const times = [];
  const statusCodes = {};
  for (let i = 0; i < count; i += 1) {
    const target = new URL(url);
    target.searchParams.set("bench-uncached", `${run}-${i}`);
    const started = performance.now();
    const response = await fetch(target, { headers, redirect: "manual" });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    statusCodes[response.status] = (statusCodes[response.status] ?? 0) + 1;
    if (response.status >= 200 && response.status < 300) times.push(elapsed);
  }
  return {
    count,
    p50: percentile(times, 50),
    p90: percentile(times, 90),
    max: percentile(times, 100),
    non2xx: count - times.length,
    statusCodes,
  };
}

/** A warm-up run: fills caches (ISR pages, the JIT, SQLite's page cache); results discarded. */
export async function warmUp({ url, connections, duration, headers }) {
  if (duration <= 0) return;
  await autocannon({ url, connections, duration, headers, timeout: 30 });
}

/** The p-th percentile (nearest rank) of `values`, to 0.1 ms; null when there are none. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1] * 10) / 10;
}
