// Turning load runs into the report: fractions of the static-file bound, the Markdown
// tables printed at the end (and pasted into the README), and the targets checked
// against the figures. Pure functions of the results object, so they are unit-tested.

const LATENCIES = ["p50", "p90", "p95", "p99"];

/** value / bound, or null when there is no meaningful bound (missing or zero). */
export function ratio(value, bound) {
  if (typeof value !== "number" || typeof bound !== "number" || !(bound > 0)) return null;
  return value / bound;
}

/**
 * Every figure of a run as a fraction of the bound's run at the same connection count:
 * throughput (below 1: slower than the bound) and latencies (above 1: slower).
 */
export function ofBound(run, boundRun) {
  // A run in which no request completed has no latencies to compare (autocannon reports 0).
  if (!boundRun || run.requests === 0) return null;
  const out = { requestsPerSec: ratio(run.requestsPerSec, boundRun.requestsPerSec) };
  for (const p of LATENCIES) out[p] = ratio(run.latencyMs[p], boundRun.latencyMs[p]);
  return out;
}

const fixed = (value, digits = 0) =>
  typeof value === "number" && Number.isFinite(value)
    ? value.toLocaleString("en-US", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
    : "—";
const percent = (fraction) => (fraction === null ? "—" : `${fixed(fraction * 100, 1)}%`);
const times = (fraction) => (fraction === null ? "—" : `${fixed(fraction, 1)}×`);
const mb = (bytes) => (typeof bytes === "number" ? `${fixed(bytes / 1_048_576)} MB` : "—");
const kb = (bytes) => (typeof bytes === "number" ? `${fixed(bytes / 1024, 1)} kB` : "—");

function table(header, rows) {
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}

function runCells(run) {
  if (!answered(run))
    return [
      fixed(run.connections),
      "0",
      "—",
      "no request completed",
      "",
      "",
      "",
      "",
      fixed(run.errors),
      fixed(run.non2xx),
      mb(run.peakRssBytes),
    ];
  return [
    fixed(run.connections),
    fixed(run.requestsPerSec),
    percent(run.ofBound?.requestsPerSec ?? null),
    ...LATENCIES.map((p) => fixed(run.latencyMs[p])),
    times(run.ofBound?.p99 ?? null),
    fixed(run.errors),
    fixed(run.non2xx),
    mb(run.peakRssBytes),
  ];
}

export function formatMachine(machine) {
  return (
    `${machine.cpus} × ${machine.cpuModel}, ${fixed(machine.memoryBytes / 1_073_741_824, 1)} GB memory, ` +
    `${machine.platform} ${machine.release}, Node ${machine.node}; ` +
    `load average at start ${machine.loadAverage.map((l) => fixed(l, 2)).join(" / ")}`
  );
}

/** The whole report in Markdown: setup, main table, JS table, scale table, targets. */
export function formatReport(results) {
  const out = [];
  const d = results.dataset;
  out.push(`### Benchmark ${results.startedAt}${results.quick ? " (smoke run: --quick)" : ""}`);
  out.push("");
  out.push(`Machine: ${formatMachine(results.machine)}.`);
  out.push(
    `Dataset: ${fixed(d.counts.Article)} articles, ${fixed(d.counts.User)} users, ` +
      `${fixed(d.counts.Subscription)} subscriptions, ${fixed(d.counts.payments)} payments ` +
      `(${mb(d.bytes)}, generated in ${fixed(d.timingsMs.total / 1000, 1)} s).`,
  );
  out.push(
    `Load: autocannon, ${results.options.duration} s per run after a ${results.options.warmup} s ` +
      `warm-up. Latencies in ms (p95 from every 2xx answer's own time, the others from ` +
      `autocannon's histogram). "% of bound" and "× bound" compare with the same article's HTML ` +
      `served as a static file by node:http at the same connection count.`,
  );
  if (results.adminPage.fallback)
    out.push(
      `Note: ${results.adminPage.requested} does not exist in this build; the admin search ` +
        `row measures ${results.adminPage.path} instead.`,
    );
  out.push("");
  const header = ["page", "conns", "req/s", "% of bound", "p50", "p90", "p95", "p99", "p99 × bound", "errors", "non-2xx", "peak RSS"]; // prettier-ignore
  const rows = [];
  for (const run of results.bound.runs)
    rows.push([`Static file (bound): ${results.bound.path}`, ...runCells(run)]);
  for (const page of results.pages)
    for (const run of page.runs) rows.push([`${page.label}: \`${page.path}\``, ...runCells(run)]);
  out.push(table(header, rows));
  out.push("");
  out.push(
    `Server peak resident memory over the whole run: ${mb(results.server.peakRssBytes)} ` +
      `(sampled every 200 ms); kernel high-water mark: ${mb(results.server.highWaterBytes)}.`,
  );
  out.push("");
  out.push("JavaScript each page loads (gzip level 9; scripts/measure-js.mjs):");
  out.push("");
  out.push(
    table(
      ["page", "script files", "JS (gzip)", "inline RSC payload (gzip)", "HTML (gzip)"],
      results.pages.map((p) => [
        p.label,
        fixed(p.js?.scripts),
        kb(p.js?.externalGzip),
        kb(p.js?.inlineGzip),
        kb(p.js?.htmlGzip),
      ]),
    ),
  );
  const uncachedRows = uncachedTableRows(results);
  if (uncachedRows.length > 0) {
    out.push("");
    out.push(
      "Without the page cache: the same pages one request at a time, each with a query " +
        "parameter no page reads, so the server's page cache cannot answer and the page does " +
        "its whole work (public articles then come from Next.js's own ISR copy). Latency in ms.",
    );
    out.push("");
    out.push(table(["page", "rows", "requests", "p50", "p90", "max", "non-2xx"], uncachedRows));
  }
  if (results.scale.length > 0) {
    out.push("");
    out.push(
      "Scale (`--scale`): the same pages on datasets of N articles and N subscriptions " +
        "(2N readers); last column: p95 against the smallest size.",
    );
    out.push("");
    out.push(table(["page", "rows", "conns", "req/s", "p50", "p95", "p99", "p95 vs smallest", "errors + non-2xx"], scaleRows(results.scale))); // prettier-ignore
  }
  out.push("");
  out.push("Targets (issue 7, 50 connections):");
  out.push("");
  for (const t of results.targets)
    out.push(`- ${t.pass === null ? "n/a" : t.pass ? "PASS" : "FAIL"}: ${t.name}: ${t.detail}`);
  return out.join("\n");
}

function uncachedTableRows(results) {
  const rows = [];
  const add = (page, size) => {
    const u = page.uncached;
    if (u) rows.push([page.label, fixed(size), fixed(u.count), fixed(u.p50, 1), fixed(u.p90, 1), fixed(u.max, 1), fixed(u.non2xx)]); // prettier-ignore
  };
  for (const page of results.pages) add(page, results.dataset.counts.Article);
  for (const point of results.scale) for (const page of point.pages) add(page, point.size);
  return rows;
}

function scaleRows(scale) {
  const rows = [];
  const smallest = scale[0];
  for (const point of scale)
    for (const page of point.pages)
      for (const run of page.runs) {
        const base = smallest.pages
          .find((p) => p.id === page.id)
          ?.runs.find((r) => r.connections === run.connections);
        if (!answered(run)) {
          rows.push([page.label, fixed(point.size), fixed(run.connections), "0", "no request completed", "", "", "—", fixed(run.errors + run.non2xx)]); // prettier-ignore
          continue;
        }
        rows.push([
          page.label,
          fixed(point.size),
          fixed(run.connections),
          fixed(run.requestsPerSec),
          fixed(run.latencyMs.p50),
          fixed(p95(run)),
          fixed(run.latencyMs.p99),
          times(answered(base) ? ratio(p95(run), Math.max(p95(base), 1)) : null),
          fixed(run.errors + run.non2xx),
        ]);
      }
  return rows;
}

/** p95 of a run; results recorded before it was measured fall back to p97.5 (never lower). */
const p95 = (run) => run.latencyMs.p95 ?? run.latencyMs.p97_5;

/** Whether any request completed in the run: without one there is no latency to judge. */
const answered = (run) => Boolean(run) && run.requests > 0;

/** The run at `connections`, or the busiest one when that level was not measured. */
export function runAt(runs, connections) {
  return runs.find((r) => r.connections === connections) ?? runs.at(-1) ?? null;
}

/** The targets, checked against the results; pass is null when not measured. */
export function evaluateTargets(results, connections = 50) {
  const targets = [];
  const page = (id) => results.pages.find((p) => p.id === id);
  const article = page("article-p1");
  if (article) {
    const run = runAt(article.runs, connections);
    targets.push({
      name: "Public article p99 ≤ 50 ms",
      pass: run ? answered(run) && run.latencyMs.p99 <= 50 : null,
      detail: !run
        ? "not run"
        : answered(run)
          ? `${fixed(run.latencyMs.p99)} ms at ${run.connections} connections`
          : `no request completed at ${run.connections} connections`,
    });
    targets.push({
      name: "Public article ≥ 30% of the static-file bound",
      pass: run?.ofBound?.requestsPerSec == null ? null : run.ofBound.requestsPerSec >= 0.3,
      detail: run ? `${percent(run.ofBound?.requestsPerSec ?? null)}` : "not run",
    });
  }
  // Search and admin search: at the largest --scale size against the smallest, or on the
  // main dataset when --scale was not given (then the growth target cannot be judged).
  const largest = results.scale.at(-1);
  const smallest = results.scale[0];
  for (const [id, limit] of [
    ["search-common", 50],
    ["search-rare", 50],
    ["admin-search", 150],
  ]) {
    const source = largest ? largest.pages.find((p) => p.id === id) : page(id);
    if (!source) continue;
    const run = runAt(source.runs, connections);
    const rows = largest ? largest.size : results.dataset.counts.Article;
    targets.push({
      name: `${source.label} p95 ≤ ${limit} ms`,
      pass: run ? answered(run) && p95(run) <= limit : null,
      detail: !run
        ? "not run"
        : answered(run)
          ? `${fixed(p95(run))} ms at ${fixed(rows)} rows`
          : `no request completed at ${fixed(rows)} rows`,
    });
    if (largest && smallest !== largest) {
      const base = runAt(smallest.pages.find((p) => p.id === id)?.runs ?? [], connections);
      // Under 1 ms is noise at this resolution: a near-0 base would make any growth huge.
      const growth =
        answered(run) && answered(base) ? ratio(p95(run), Math.max(p95(base), 1)) : null;
      targets.push({
        name: `${source.label} at ${fixed(largest.size)} ≤ 1.5× its ${fixed(smallest.size)}-row figure`,
        pass: !run || !base ? null : growth === null ? false : growth <= 1.5,
        detail:
          !run || !base
            ? "not run"
            : growth === null
              ? "no request completed in one of the two runs"
              : `${times(growth)} (p95)`,
      });
    }
  }
  const everyRun = [
    ...results.bound.runs,
    ...results.pages.flatMap((p) => p.runs),
    ...results.scale.flatMap((s) => s.pages.flatMap((p) => p.runs)),
  ];
  const uncached = [
    ...results.pages.map((p) => p.uncached),
    ...results.scale.flatMap((s) => s.pages.map((p) => p.uncached)),
  ].filter(Boolean);
  // A run in which not one request completed is a failure too, however clean it looks.
  const bad =
    everyRun.filter((r) => r.errors + r.non2xx > 0 || r.requests === 0).length +
    uncached.filter((u) => u.non2xx > 0).length;
  const total = everyRun.length + uncached.length;
  targets.push({
    name: "Zero errors and zero non-2xx responses in every run",
    pass: total > 0 ? bad === 0 : null,
    detail: `${bad} of ${total} runs had errors, non-2xx answers or no answers at all`,
  });
  targets.push({
    name: "Reader pages: framework runtime + at most 15 kB gzipped JS",
    pass: null,
    detail: "judged by hand from the JavaScript table (which scripts are the framework's)",
  });
  return targets;
}
