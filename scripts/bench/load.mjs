// One load run with autocannon, reduced to the figures the report needs.
import autocannon from "autocannon";

/**
 * Loads `url` with `connections` concurrent keep-alive connections for `duration` seconds.
 * autocannon records latency in whole milliseconds and only for 2xx answers, so every
 * run also reports non-2xx counts: a fast page of errors must never look like a fast page.
 */
export async function runLoad({ url, connections, duration, headers = {} }) {
  const result = await autocannon({
    url,
    connections,
    duration,
    headers,
    // A request taking longer than this counts as an error (timeout), not as a latency.
    timeout: 30,
  });
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

/** A warm-up run: fills caches (ISR pages, the JIT, SQLite's page cache); results discarded. */
export async function warmUp({ url, connections, duration, headers }) {
  if (duration <= 0) return;
  await autocannon({ url, connections, duration, headers, timeout: 30 });
}
