// Turning load runs into the report: fractions of the static-file bound, the Markdown
// tables printed at the end (and pasted into the README), and the issues' targets checked
// against the figures. Pure functions of the results object, so they are unit-tested.
import { REQUEST_KINDS } from "./journey.mjs";

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

/** A path in a table cell: code, with the one character a Markdown table cannot hold escaped. */
const code = (text) => `\`${String(text).replaceAll("|", "\\|")}\``;

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
  out.push(...memoryLines(results));
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
  if (results.journey) {
    out.push("");
    out.push(...journeyLines(results.journey));
  }
  if (results.postgres) {
    out.push("");
    out.push(...postgresLines(results));
  }
  for (const [issue, heading] of [
    [7, "Targets (issue 7, 50 connections):"],
    [13, "Targets (issue 13: signed-in readers as fast as anonymous visitors; 50 connections):"],
  ]) {
    const targets = results.targets.filter((t) => (t.issue ?? 7) === issue);
    if (targets.length === 0) continue;
    out.push("");
    out.push(heading);
    out.push("");
    for (const t of targets)
      out.push(`- ${t.pass === null ? "n/a" : t.pass ? "PASS" : "FAIL"}: ${t.name}: ${t.detail}`);
  }
  return out.join("\n");
}

/** Issue 13's figures, in one place for every check that reads them. */
const ISSUE_13 = {
  /** A signed-in reader's article against the anonymous public article, same run. */
  shareOfPublic: 0.5,
  requestsPerSec: 2_000,
  p99Ms: 50,
  uncachedP50Ms: 12,
  peakMemoryBytes: 300 * 1_048_576,
  signInMs: 1_000,
};

/**
 * Each server's memory (the main dataset's and each --scale size's), with the larger of
 * its sampled peak and its kernel high-water mark: the high-water mark also catches a peak
 * between two samples (summed over the group's processes, it can only overstate).
 */
function serverPeaks(results) {
  const servers = [
    { where: "main dataset", memory: results.server },
    ...results.scale.map((point) => ({
      where: `${fixed(point.size)}-row dataset`,
      memory: point.server,
    })),
  ].filter((s) => s.memory);
  return servers.map((s) => ({
    ...s,
    peakBytes: Math.max(s.memory.peakRssBytes ?? 0, s.memory.highWaterBytes ?? 0),
  }));
}

/** The server's peak memory against the target, and what the memory was spent on. */
function memoryLines(results) {
  const peaks = serverPeaks(results);
  const worst = peaks.reduce((a, b) => (b.peakBytes > a.peakBytes ? b : a), peaks[0]);
  if (!worst) return ["Server memory: not measured."];
  const met = worst.peakBytes <= ISSUE_13.peakMemoryBytes;
  const lines = [
    `Server memory: peak resident ${mb(worst.peakBytes)} over the whole bench, with the ` +
      `${worst.where} (sampled every 200 ms: ${mb(worst.memory.peakRssBytes)}; kernel ` +
      `high-water mark: ${mb(worst.memory.highWaterBytes)}), against issue 13's target of ` +
      `${mb(ISSUE_13.peakMemoryBytes)}: **${met ? "met" : "not met"}**.` +
      (peaks.length > 1
        ? ` Per server: ${peaks.map((p) => `${p.where} ${mb(p.peakBytes)}`).join(", ")}.`
        : ""),
  ];
  const atPeak = worst.memory.atPeak;
  if (atPeak)
    lines.push(
      `At the sampled peak: ${mb(atPeak.anonBytes)} anonymous memory (the JavaScript heap, ` +
        `Buffers, SQLite's page cache and other native allocations), ${mb(atPeak.fileBytes)} ` +
        `file-backed (node, native addons, libraries), ${mb(atPeak.shmemBytes)} shared.`,
    );
  const end = results.server?.end;
  if (end) {
    const heap = end.heap;
    let detail = `${mb(end.anonBytes)} anonymous`;
    if (heap) {
      const spaces = Object.entries(heap.spaces ?? {})
        .filter(([, space]) => space.sizeBytes >= 1_048_576)
        .sort(([, a], [, b]) => b.sizeBytes - a.sizeBytes)
        .map(([name, space]) => `${name.replaceAll("_", " ")} ${mb(space.sizeBytes)}`);
      const native = end.anonBytes - heap.totalBytes - (heap.externalBytes ?? 0);
      detail +=
        `: JavaScript heap ${mb(heap.totalBytes)} (${mb(heap.usedBytes)} in use` +
        `${spaces.length > 0 ? `; ${spaces.join(", ")}` : ""}), Buffers and ArrayBuffers ` +
        `${mb(heap.externalBytes)}, leaving about ${mb(Math.max(0, native))} of native memory ` +
        `(SQLite's page cache, libsql, sharp, argon2, malloc arenas, thread stacks)`;
    }
    lines.push(
      `At the end of the main run, after the loads and the journey: ${mb(end.rssBytes)} ` +
        `resident, of which ${detail}; ${mb(end.fileBytes)} file-backed.` +
        (end.processes?.length > 1
          ? ` Processes: ${end.processes.map((p) => `${p.command} (${p.pid}) ${mb(p.rssBytes)}`).join(", ")}.`
          : ""),
    );
  }
  return [lines.join(" ")];
}

/**
 * The pages on SQLite beside the same pages on a PostgreSQL copy of the data, on one
 * server and on two behind nginx (`--database postgres`), at the highest connection count,
 * and each page's uncached median, which is where the database shows.
 */
export function postgresLines(results) {
  const { postgres } = results;
  const connections = Math.max(...results.options.connections);
  const configurations = [
    { label: "SQLite, one server", pages: results.pages, server: results.server },
    ...postgres.configurations,
  ];
  const cell = (page, config) => {
    const found = config.pages.find((p) => p.id === page.id);
    const run = found && runAt(found.runs, connections);
    if (!run) return "—";
    const failed = (run.errors ?? 0) + (run.non2xx ?? 0);
    return (
      `${fixed(run.requestsPerSec)} req/s, p50 ${fixed(run.latencyMs.p50)}, ` +
      `p99 ${fixed(run.latencyMs.p99)}${failed > 0 ? `, ${fixed(failed)} failed` : ""}`
    );
  };
  const uncached = (page, config) => {
    const found = config.pages.find((p) => p.id === page.id);
    return found?.uncached ? fixed(found.uncached.p50, 1) : "—";
  };
  const rows = results.pages.flatMap((page) => [
    [page.label, ...configurations.map((config) => cell(page, config))],
    [`  uncached p50 (ms)`, ...configurations.map((config) => uncached(page, config))],
  ]);
  const peak = (memory) =>
    memory ? mb(Math.max(memory.peakRssBytes ?? 0, memory.highWaterBytes ?? 0)) : "—";
  return [
    `PostgreSQL beside SQLite (\`--database postgres\`): the same pages on a copy of the ` +
      `same dataset in PostgreSQL (copied in ${fixed(postgres.copyMs / 1000, 1)} s by ` +
      `scripts/db/copy-to-postgres.mjs; ${postgres.settings.join(", ")}), on one app server, ` +
      `and on two app servers behind nginx sharing Redis, all on this one machine, ` +
      `${connections} connections. The two servers' figures are measured through nginx.`,
    "",
    table(
      ["page", ...configurations.map((config) => config.label)],
      [
        ...rows,
        [
          "App servers' peak memory (SQLite inside them; PostgreSQL, Redis, nginx not counted)",
          ...configurations.map((config) => peak(config.server)),
        ],
      ],
    ),
  ];
}

const JOURNEY_NAMES = { subscriber: "subscriber", reader: "reader (no subscription)" };
const KIND_HEADERS = { document: "document", rsc: "RSC", prefetch: "prefetch", static: "static", api: "/api", other: "other" }; // prettier-ignore

/** The journey's table (one row per page view) and a line per journey. */
export function journeyLines(journey) {
  if (journey.skipped) return [`Sign-in-and-read journey: skipped: ${journey.skipped}`];
  const out = [
    `Sign-in-and-read journey in Chromium ${journey.browserVersion ?? ""}: a subscriber-only ` +
      `article opened anonymously, then \`/signin?from=<article>\`, signing in, back on the ` +
      `article, then a link to another article; each page view lasts until the network has ` +
      `been idle for 2 s (at most 15 s). Requests per page view by kind; "most for one path": ` +
      `requests for the same path and query, any kind (\`_rsc\` ignored); "most prefetches": ` +
      `prefetches of one route (one per segment); "pending": never finished by the end of the ` +
      `journey; "shown": ms until the page was shown (sign-in page: its load event; after ` +
      `sign-in: from the click on "Sign in"; next article: from the click on its link).`,
    "",
  ];
  const rows = [];
  for (const run of journey.runs)
    for (const view of run.views)
      rows.push([
        JOURNEY_NAMES[run.as] ?? run.as,
        `${view.name}: ${code(view.path)}`,
        fixed(view.shownMs),
        fixed(view.requests),
        ...REQUEST_KINDS.map((kind) => fixed(view.byKind[kind])),
        view.maxPerPath.count > 0 ? `${view.maxPerPath.count} ${code(view.maxPerPath.path)}` : "0",
        view.maxPrefetchesPerRoute.count > 0
          ? `${view.maxPrefetchesPerRoute.count} ${code(view.maxPrefetchesPerRoute.path)}`
          : "0",
        fixed(view.pending),
        fixed(view.failed),
        view.idle && !view.idle.reached ? `not idle after ${fixed(view.idle.ms / 1000)} s` : "",
      ]);
  out.push(
    table(
      ["journey", "page view", "shown", "requests", ...REQUEST_KINDS.map((k) => KIND_HEADERS[k]), "most for one path", "most prefetches", "pending", "failed", "note"], // prettier-ignore
      rows,
    ),
  );
  out.push("");
  for (const run of journey.runs) {
    const who = `${JOURNEY_NAMES[run.as] ?? run.as} (${run.email})`;
    if (run.error) out.push(`- ${who}: **failed** ${run.error}`);
    else
      out.push(
        `- ${who}: "Sign in" → article shown in ${fixed(run.signInMs)} ms ` +
          `(${run.landing === "document" ? "a document load" : "a client-side navigation"}), ` +
          `${run.edition?.fullText ? "full text" : "teaser only"}; next article ${code(run.nextArticle)}.`,
      );
  }
  return out;
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

/** The issue's targets, checked against the results; pass is null when not measured. */
export function evaluateTargets(results, connections = 50) {
  const targets = [];
  issue7Targets(results, connections, targets);
  for (const t of targets) t.issue = 7;
  targets.push(...issue13Targets(results, connections));
  return targets;
}

function issue7Targets(results, connections, targets) {
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
}

const SIGNED_IN_PAGES = [
  ["subscriber-article", "Subscriber-only article, as subscriber"],
  ["reader-article", "Subscriber-only article, as signed-in reader (no subscription)"],
];

/**
 * Issue 13: signed-in readers' pages against the anonymous public article of the same run,
 * the subscriber's article without the page cache, the server's peak memory, and the
 * sign-in-and-read journey.
 */
function issue13Targets(results, connections) {
  const targets = [];
  const add = (name, pass, detail) => targets.push({ issue: 13, name, pass, detail });
  const page = (id) => results.pages.find((p) => p.id === id);
  const publicRun = runAt(page("article-p1")?.runs ?? [], connections);
  for (const [id, fallbackLabel] of SIGNED_IN_PAGES) {
    const source = page(id);
    const label = source?.label ?? fallbackLabel;
    const run = source ? runAt(source.runs, connections) : null;
    const names = [
      `${label} ≥ ${fixed(ISSUE_13.shareOfPublic * 100)}% of the anonymous public article's req/s`,
      `${label} ≥ ${fixed(ISSUE_13.requestsPerSec)} req/s`,
      `${label} p99 ≤ ${ISSUE_13.p99Ms} ms`,
      `${label}: zero errors and non-2xx`,
    ];
    if (!run) {
      for (const name of names) add(name, null, "not measured");
      continue;
    }
    const at = `at ${run.connections} connections`;
    const ok = answered(run);
    const share =
      ok && answered(publicRun) ? ratio(run.requestsPerSec, publicRun.requestsPerSec) : null;
    add(
      names[0],
      !publicRun ? null : share !== null && share >= ISSUE_13.shareOfPublic,
      !publicRun
        ? "the public article was not measured"
        : share === null
          ? `no request completed in one of the two runs ${at}`
          : `${percent(share)}: ${fixed(run.requestsPerSec)} against ${fixed(publicRun.requestsPerSec)} req/s ${at}`,
    );
    add(
      names[1],
      ok && run.requestsPerSec >= ISSUE_13.requestsPerSec,
      `${fixed(run.requestsPerSec)} req/s ${at}`,
    );
    add(
      names[2],
      ok && run.latencyMs.p99 <= ISSUE_13.p99Ms,
      ok ? `${fixed(run.latencyMs.p99)} ms ${at}` : `no request completed ${at}`,
    );
    add(
      names[3],
      ok && run.errors + run.non2xx === 0,
      `${fixed(run.errors)} errors, ${fixed(run.non2xx)} non-2xx of ${fixed(run.requests)} requests ${at}`,
    );
  }

  const subscriber = page("subscriber-article");
  const uncached = subscriber?.uncached;
  add(
    `${subscriber?.label ?? SIGNED_IN_PAGES[0][1]}, without the page cache: p50 ≤ ${ISSUE_13.uncachedP50Ms} ms`,
    uncached ? uncached.p50 !== null && uncached.p50 <= ISSUE_13.uncachedP50Ms : null,
    !uncached
      ? "not measured"
      : uncached.p50 === null
        ? `no 2xx answer in ${fixed(uncached.count)} requests`
        : `${fixed(uncached.p50, 1)} ms (${fixed(uncached.count)} requests one at a time, ` +
          `${fixed(results.dataset.counts.Article)} articles)`,
  );

  const peaks = serverPeaks(results);
  const worst = peaks.reduce((a, b) => (b.peakBytes > a.peakBytes ? b : a), peaks[0]);
  add(
    `Server peak resident memory over the whole bench ≤ ${mb(ISSUE_13.peakMemoryBytes)}`,
    worst ? worst.peakBytes <= ISSUE_13.peakMemoryBytes : null,
    worst
      ? `${mb(worst.peakBytes)}, with the ${worst.where} (sampled peak ` +
          `${mb(worst.memory.peakRssBytes)}; kernel high-water mark ${mb(worst.memory.highWaterBytes)})`
      : "not measured",
  );

  targets.push(...journeyTargets(results.journey));
  return targets;
}

const JOURNEY_TARGETS = [
  "Journey: no request left pending",
  "Journey: each route prefetched at most once per page view",
  `Journey: sign-in shows the article in ≤ ${fixed(ISSUE_13.signInMs)} ms`,
  "Journey: each reader gets their edition after signing in",
];

/** The journey's checks; n/a when it did not run (no Chromium, or older results). */
export function journeyTargets(journey) {
  const target = (name, pass, detail) => ({ issue: 13, name, pass, detail });
  if (!journey || journey.skipped || journey.runs.length === 0) {
    const why = !journey ? "not run" : journey.skipped ? "journey skipped (see above)" : "not run";
    return JOURNEY_TARGETS.map((name) => target(name, null, why));
  }
  const who = (run) => JOURNEY_NAMES[run.as] ?? run.as;
  // A journey that stopped half-way cannot pass anything: its remaining page views are missing.
  const failed = journey.runs.filter((run) => run.error);
  const failedDetail = failed.map((run) => `${who(run)}: failed ${run.error}`).join("; ");
  const views = journey.runs.flatMap((run) => run.views.map((view) => ({ run, view })));
  const where = ({ run, view }) => `${who(run)}, ${view.name}`;

  const pending = views.filter(({ view }) => view.pending > 0);
  const requests = views.reduce((sum, { view }) => sum + view.requests, 0);
  const twice = views.filter(({ view }) => view.maxPrefetchesPerRoute.count > 1);
  const timed = journey.runs.map(
    (run) =>
      `${who(run)} ${run.signInMs === null ? "—" : `${fixed(run.signInMs)} ms`}` +
      (run.landing
        ? ` (${run.landing === "document" ? "document load" : "client navigation"})`
        : ""),
  );
  const edition = (run) => {
    const expected = run.as === "subscriber";
    const meSays = typeof run.me?.subscriber === "boolean" ? run.me.subscriber === expected : true;
    return Boolean(run.edition) && run.edition.fullText === expected && Boolean(run.me) && meSays;
  };
  const editionOf = (run) =>
    !run.edition
      ? `${who(run)}: not reached`
      : `${who(run)}: ${run.edition.fullText ? "full text" : "teaser only"}` +
        (run.me ? "" : ", not signed in at the end");
  const judged = (pass, detail) => (failed.length > 0 ? [false, failedDetail] : [pass, detail]);
  return [
    target(
      JOURNEY_TARGETS[0],
      ...judged(
        pending.length === 0,
        pending.length === 0
          ? `0 of ${fixed(requests)} requests in ${fixed(views.length)} page views`
          : pending.map((v) => `${where(v)}: ${fixed(v.view.pending)} pending`).join("; "),
      ),
    ),
    target(
      JOURNEY_TARGETS[1],
      ...judged(
        twice.length === 0,
        twice.length === 0
          ? `at most once in each of ${fixed(views.length)} page views`
          : twice
              .map(
                (v) =>
                  `${where(v)}: ${code(v.view.maxPrefetchesPerRoute.path)}` +
                  `${v.view.maxPrefetchesPerRoute.segment ? ` (segment ${code(v.view.maxPrefetchesPerRoute.segment)})` : ""}` +
                  ` ${fixed(v.view.maxPrefetchesPerRoute.count)}×`,
              )
              .join("; "),
      ),
    ),
    target(
      JOURNEY_TARGETS[2],
      ...judged(
        journey.runs.every((run) => run.signInMs !== null && run.signInMs <= ISSUE_13.signInMs),
        timed.join(", "),
      ),
    ),
    target(
      JOURNEY_TARGETS[3],
      ...judged(journey.runs.every(edition), journey.runs.map(editionOf).join("; ")),
    ),
  ];
}
