import { describe, expect, it } from "vitest";
import { summarizeView } from "../../scripts/bench/journey.mjs";
import {
  evaluateTargets,
  formatReport,
  journeyLines,
  journeyTargets,
  ofBound,
} from "../../scripts/bench/report.mjs";

// Issue 13 in the bench report: signed-in readers' articles against the anonymous public
// article of the same run, the subscriber's article without the page cache, the server's
// peak memory against 300 MB, and the sign-in-and-read journey's table and checks. Each
// figure sits just inside or just outside its limit, so a check computed the wrong way
// round, or against the wrong run, fails here.

const MB = 1_048_576;

const run = (
  connections: number,
  rps: number,
  p99: number,
  extra: Partial<{ errors: number; non2xx: number; requests: number }> = {},
) => ({
  connections,
  requests: extra.requests ?? rps * 10,
  requestsPerSec: rps,
  latencyMs: { p50: p99 / 4, p90: p99 / 2, p95: p99 * 0.8, p97_5: p99 * 0.9, p99 },
  errors: extra.errors ?? 0,
  non2xx: extra.non2xx ?? 0,
  peakRssBytes: 200 * MB,
});

type Run = ReturnType<typeof run>;
type Uncached = { count: number; p50: number | null; p90: number; max: number; non2xx: number };

const uncached = (p50: number | null): Uncached => ({
  count: 20,
  p50,
  p90: 20,
  max: 30,
  non2xx: p50 === null ? 20 : 0,
});

type Memory = {
  peakRssBytes: number;
  highWaterBytes: number | null;
  atPeak?: { anonBytes: number; fileBytes: number; shmemBytes: number } | null;
  end?: unknown;
};

function results() {
  const bound = [run(10, 9_000, 3), run(50, 10_000, 10)];
  const page = (id: string, label: string, as: string, runs: Run[], u?: Uncached) => ({
    id,
    label,
    path: `/${id}`,
    as,
    js: { scripts: 8, externalGzip: 139_000, inlineGzip: 6_000, htmlGzip: 7_500 },
    runs: runs.map((r, i) => ({ ...r, ofBound: ofBound(r, bound[i]) })),
    uncached: u,
  });
  return {
    startedAt: "2026-12-06T10:00:00.000Z",
    quick: false,
    machine: {
      cpus: 2,
      cpuModel: "Test CPU",
      memoryBytes: 4 * 1_073_741_824,
      platform: "linux",
      release: "6.1",
      node: "20.20.2",
      loadAverage: [0.1, 0.2, 0.3],
    },
    options: { duration: 10, warmup: 3 },
    dataset: {
      counts: { Article: 10_000, User: 100_003, Subscription: 50_001, payments: 366_889 },
      bytes: 494 * MB,
      timingsMs: { total: 31_000 },
    },
    adminPage: { requested: "/admin/subscriptions?q=x", path: "/admin/subscriptions?q=x", fallback: false }, // prettier-ignore
    bound: { path: "/articles/a", runs: bound },
    server: {
      peakRssBytes: 280 * MB,
      highWaterBytes: 290 * MB,
      atPeak: { anonBytes: 230 * MB, fileBytes: 50 * MB, shmemBytes: 0 },
    } as Memory,
    pages: [
      page("article-p1", "Public article, page 1", "anonymous", [run(10, 7_000, 4), run(50, 6_000, 17)]), // prettier-ignore
      // 3,000 of 6,000: exactly half, exactly 50 ms: both on the limit, so both met.
      page("subscriber-article", "Subscriber-only article, as subscriber", "subscriber", [run(10, 3_500, 8), run(50, 3_000, 50)], uncached(11.9)), // prettier-ignore
      // 2,990 of 6,000 is 49.8%, and p99 51 ms: both just missed.
      page("reader-article", "Subscriber-only article, as signed-in reader (no subscription)", "reader", [run(10, 3_400, 8), run(50, 2_990, 51)], uncached(4)), // prettier-ignore
    ],
    scale: [] as { size: number; server?: Memory; pages: ReturnType<typeof page>[] }[],
    journey: undefined as unknown,
  };
}

const find = (targets: { name: string }[], start: string) => {
  const found = targets.filter((t) => t.name.startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0]!;
};

const SUBSCRIBER = "Subscriber-only article, as subscriber";
const READER = "Subscriber-only article, as signed-in reader (no subscription)";

describe("issue 13: signed-in readers' articles", () => {
  it("are judged against the anonymous public article of the same run, at 50 connections", () => {
    const targets = evaluateTargets(results());
    expect(find(targets, `${SUBSCRIBER} ≥ 50%`)).toMatchObject({
      issue: 13,
      pass: true,
      detail: "50.0%: 3,000 against 6,000 req/s at 50 connections",
    });
    expect(find(targets, `${READER} ≥ 50%`)).toMatchObject({
      pass: false,
      detail: "49.8%: 2,990 against 6,000 req/s at 50 connections",
    });
    expect(find(targets, `${SUBSCRIBER} ≥ 2,000 req/s`)).toMatchObject({ pass: true });
    expect(find(targets, `${SUBSCRIBER} p99 ≤ 50 ms`)).toMatchObject({
      pass: true,
      detail: "50 ms at 50 connections",
    });
    expect(find(targets, `${READER} p99 ≤ 50 ms`)).toMatchObject({
      pass: false,
      detail: "51 ms at 50 connections",
    });
    expect(find(targets, `${READER}: zero errors`)).toMatchObject({
      pass: true,
      detail: "0 errors, 0 non-2xx of 29,900 requests at 50 connections",
    });
  });

  it("need 2,000 req/s even when the public article is slow too", () => {
    const r = results();
    r.pages[0]!.runs[1] = { ...run(50, 3_000, 17), ofBound: null };
    r.pages[2]!.runs[1] = { ...run(50, 1_999, 20), ofBound: null };
    const targets = evaluateTargets(r);
    expect(find(targets, `${READER} ≥ 50%`)).toMatchObject({ pass: true });
    expect(find(targets, `${READER} ≥ 2,000 req/s`)).toMatchObject({
      pass: false,
      detail: "1,999 req/s at 50 connections",
    });
  });

  it("fail on a single error or non-2xx answer, and when no request completed", () => {
    const r = results();
    r.pages[1]!.runs[1] = { ...run(50, 3_000, 20, { non2xx: 1 }), ofBound: null };
    r.pages[2]!.runs[1] = { ...run(50, 0, 0, { requests: 0, errors: 50 }), ofBound: null };
    const targets = evaluateTargets(r);
    expect(find(targets, `${SUBSCRIBER}: zero errors`)).toMatchObject({ pass: false });
    expect(find(targets, `${READER}: zero errors`)).toMatchObject({ pass: false });
    expect(find(targets, `${READER} p99`)).toMatchObject({
      pass: false,
      detail: "no request completed at 50 connections",
    });
    expect(find(targets, `${READER} ≥ 50%`)).toMatchObject({ pass: false });
  });

  it("are not measured when the page is missing (results of an older bench)", () => {
    const r = results();
    r.pages = r.pages.filter((p) => p.id !== "reader-article");
    const targets = evaluateTargets(r);
    expect(find(targets, `${READER} p99`)).toMatchObject({ pass: null, detail: "not measured" });
  });
});

describe("issue 13: the subscriber's article without the page cache", () => {
  it("needs a p50 of at most 12 ms on the main dataset", () => {
    const name = `${SUBSCRIBER}, without the page cache`;
    expect(find(evaluateTargets(results()), name)).toMatchObject({
      pass: true,
      detail: "11.9 ms (20 requests one at a time, 10,000 articles)",
    });
    const slow = results();
    slow.pages[1]!.uncached = uncached(12.1);
    expect(find(evaluateTargets(slow), name)).toMatchObject({ pass: false });
    const refused = results();
    refused.pages[1]!.uncached = uncached(null);
    expect(find(evaluateTargets(refused), name)).toMatchObject({
      pass: false,
      detail: "no 2xx answer in 20 requests",
    });
  });
});

describe("issue 13: the server's peak memory", () => {
  const name = "Server peak resident memory over the whole bench ≤ 300 MB";

  it("takes the higher of the sampled peak and the kernel's high-water mark", () => {
    expect(find(evaluateTargets(results()), name)).toMatchObject({
      pass: true,
      detail: "290 MB, with the main dataset (sampled peak 280 MB; kernel high-water mark 290 MB)",
    });
    const r = results();
    r.server.highWaterBytes = 301 * MB;
    expect(find(evaluateTargets(r), name)).toMatchObject({ pass: false });
  });

  it("covers every server the bench started, --scale sizes included", () => {
    const r = results();
    r.scale = [
      { size: 1_000, server: { peakRssBytes: 250 * MB, highWaterBytes: 255 * MB }, pages: [] },
      { size: 100_000, server: { peakRssBytes: 320 * MB, highWaterBytes: 310 * MB }, pages: [] },
    ];
    expect(find(evaluateTargets(r), name)).toMatchObject({
      pass: false,
      detail:
        "320 MB, with the 100,000-row dataset (sampled peak 320 MB; kernel high-water mark 310 MB)",
    });
    const text = formatReport({ ...r, targets: evaluateTargets(r) });
    expect(text).toContain(
      "Server memory: peak resident 320 MB over the whole bench, with the 100,000-row dataset " +
        "(sampled every 200 ms: 320 MB; kernel high-water mark: 310 MB), against issue 13's " +
        "target of 300 MB: **not met**. Per server: main dataset 290 MB, 1,000-row dataset " +
        "255 MB, 100,000-row dataset 320 MB.",
    );
  });

  it("says what the memory was spent on: kinds of memory, the JavaScript heap, Buffers", () => {
    const r = results();
    r.server.end = {
      rssBytes: 270 * MB,
      highWaterBytes: 290 * MB,
      anonBytes: 220 * MB,
      fileBytes: 50 * MB,
      shmemBytes: 0,
      processes: [{ pid: 7, command: "node", rssBytes: 270 * MB }],
      heap: {
        totalBytes: 120 * MB,
        usedBytes: 90 * MB,
        externalBytes: 40 * MB,
        mallocedBytes: MB,
        spaces: {
          old_space: { sizeBytes: 100 * MB, usedBytes: 80 * MB },
          new_space: { sizeBytes: 16 * MB, usedBytes: 8 * MB },
          read_only_space: { sizeBytes: 0, usedBytes: 0 },
        },
      },
    };
    const text = formatReport({ ...r, targets: evaluateTargets(r) });
    expect(text).toContain("against issue 13's target of 300 MB: **met**.");
    expect(text).toContain(
      "At the sampled peak: 230 MB anonymous memory (the JavaScript heap, Buffers, SQLite's " +
        "page cache and other native allocations), 50 MB file-backed",
    );
    // 220 MB anonymous − 120 MB heap − 40 MB Buffers = 60 MB native.
    expect(text).toContain(
      "270 MB resident, of which 220 MB anonymous: JavaScript heap 120 MB (90 MB in use; " +
        "old space 100 MB, new space 16 MB), Buffers and ArrayBuffers 40 MB, leaving about " +
        "60 MB of native memory",
    );
  });
});

// A journey as run.mjs records it, its page views summarised from synthetic requests.
type View = ReturnType<typeof summarizeView> & {
  name: string;
  path: string;
  shownMs: number | null;
  idle: { ms: number; reached: boolean } | null;
};
const req = (kind: string, path: string, extra: Partial<Req> = {}): Req => ({
  kind,
  path,
  segment: null,
  endMs: 5,
  failure: null,
  ...extra,
});
type Req = {
  kind: string;
  path: string;
  segment: string | null;
  endMs: number | null;
  failure: string | null;
};
const view = (name: string, path: string, shownMs: number, requests: Req[]): View => ({
  name,
  path,
  shownMs,
  idle: { ms: 2_100, reached: true },
  ...summarizeView(requests),
});

function journeyRun(as: "subscriber" | "reader", signInMs = 400) {
  const article = "/articles/a";
  return {
    as,
    email: `bench-${as}@example.com`,
    article,
    nextArticle: "/articles/b",
    signInMs,
    landing: "document",
    edition: { expected: as === "subscriber" ? "subscriber" : "public", fullText: as === "subscriber" }, // prettier-ignore
    me: { name: "Bench", role: "READER", subscriber: as === "subscriber" },
    error: null as string | null,
    views: [
      view("sign-in page", "/signin?from=%2Farticles%2Fa", 310, [
        req("document", "/signin?from=%2Farticles%2Fa"),
        req("static", "/_next/static/a.js"),
        req("api", "/api/me"),
        req("prefetch", "/articles/b", { segment: "/_tree" }),
        req("prefetch", "/articles/b", { segment: "/_full" }),
      ]),
      view("article after sign-in", article, signInMs, [
        req("api", "/api/auth/csrf"),
        req("api", "/api/auth/callback/credentials"),
        req("document", article),
        req("static", "/_next/static/a.js"),
        req("prefetch", "/articles/b", { segment: "/_tree" }),
      ]),
      view("next article", "/articles/b", 120, [req("rsc", "/articles/b")]),
    ],
  };
}

function journey() {
  return {
    executablePath: "/usr/bin/chromium",
    browserVersion: "143.0.0.0",
    skipped: null as string | null,
    runs: [journeyRun("subscriber"), journeyRun("reader")],
  };
}

describe("the sign-in-and-read journey", () => {
  it("prints a row per page view: requests by kind, repeats, prefetches, pending", () => {
    // On the sign-in page, /articles/b is asked for twice (two segments of one prefetch):
    // twice for one path, but prefetched once.
    const text = journeyLines(journey()).join("\n");
    expect(text).toContain(
      "| journey | page view | shown | requests | document | RSC | prefetch | static | /api | other | most for one path | most prefetches | pending | failed | note |",
    );
    expect(text).toContain(
      "| subscriber | sign-in page: `/signin?from=%2Farticles%2Fa` | 310 | 5 | 1 | 0 | 2 | 1 | 1 | 0 | 2 `/articles/b` | 1 `/articles/b` | 0 | 0 |  |",
    );
    expect(text).toContain(
      "| reader (no subscription) | article after sign-in: `/articles/a` | 400 | 5 | 1 | 0 | 1 | 1 | 2 | 0 | 1 `/api/auth/csrf` | 1 `/articles/b` | 0 | 0 |  |",
    );
    expect(text).toContain(
      '- subscriber (bench-subscriber@example.com): "Sign in" → article shown in 400 ms (a document load), full text; next article `/articles/b`.',
    );
    expect(text).toContain(
      '- reader (no subscription) (bench-reader@example.com): "Sign in" → article shown in 400 ms (a document load), teaser only;',
    );
  });

  it("passes its checks when nothing is pending, nothing prefetched twice, sign-in within 1 s", () => {
    const targets = journeyTargets(journey());
    expect(targets.map((t) => [t.name, t.pass, t.detail])).toEqual([
      ["Journey: no request left pending", true, "0 of 22 requests in 6 page views"],
      [
        "Journey: each route prefetched at most once per page view",
        true,
        "at most once in each of 6 page views",
      ],
      [
        "Journey: sign-in shows the article in ≤ 1,000 ms",
        true,
        "subscriber 400 ms (document load), reader (no subscription) 400 ms (document load)",
      ],
      [
        "Journey: each reader gets their edition after signing in",
        true,
        "subscriber: full text; reader (no subscription): teaser only",
      ],
    ]);
  });

  it("fails on a request never finished, a route prefetched twice, or a slow sign-in", () => {
    const j = journey();
    const reader = j.runs[1]!;
    reader.signInMs = 1_001;
    reader.views[2] = view("next article", "/articles/b", 120, [
      req("rsc", "/articles/b"),
      req("api", "/api/me", { endMs: null }),
      req("prefetch", "/articles/c", { segment: "/_tree" }),
      req("prefetch", "/articles/c", { segment: "/_tree" }),
    ]);
    const [pending, prefetched, signIn, edition] = journeyTargets(j);
    expect(pending).toMatchObject({
      pass: false,
      detail: "reader (no subscription), next article: 1 pending",
    });
    expect(prefetched).toMatchObject({
      pass: false,
      detail: "reader (no subscription), next article: `/articles/c` (segment `/_tree`) 2×",
    });
    expect(signIn).toMatchObject({ pass: false });
    expect(signIn!.detail).toContain("reader (no subscription) 1,001 ms");
    expect(edition).toMatchObject({ pass: true });
    // And the table shows them.
    expect(journeyLines(j).join("\n")).toContain(
      "| reader (no subscription) | next article: `/articles/b` | 120 | 4 | 0 | 1 | 2 | 0 | 1 | 0 | 2 `/articles/c` | 2 `/articles/c` | 1 | 0 |  |",
    );
  });

  it("fails when a reader gets the wrong edition, or is not signed in at the end", () => {
    const leak = journey();
    leak.runs[1]!.edition.fullText = true;
    expect(journeyTargets(leak)[3]).toMatchObject({
      pass: false,
      detail: "subscriber: full text; reader (no subscription): full text",
    });
    const teaser = journey();
    teaser.runs[0]!.edition.fullText = false;
    expect(journeyTargets(teaser)[3]).toMatchObject({ pass: false });
    const signedOut = journey();
    signedOut.runs[0]!.me = null as unknown as (typeof signedOut.runs)[0]["me"];
    expect(journeyTargets(signedOut)[3]).toMatchObject({
      pass: false,
      detail:
        "subscriber: full text, not signed in at the end; reader (no subscription): teaser only",
    });
  });

  it("fails every check when a journey stopped half-way, and says where", () => {
    const j = journey();
    j.runs[0]!.error = "signing in: the page says: Sign-in failed.";
    j.runs[0]!.signInMs = null as unknown as number;
    const targets = journeyTargets(j);
    expect(targets.every((t) => t.pass === false)).toBe(true);
    expect(targets[0]!.detail).toBe(
      "subscriber: failed signing in: the page says: Sign-in failed.",
    );
    expect(journeyLines(j).join("\n")).toContain(
      "- subscriber (bench-subscriber@example.com): **failed** signing in: the page says: Sign-in failed.",
    );
  });

  it("is n/a, with the reason in the report, when Chromium is missing", () => {
    const r = results();
    r.journey = {
      executablePath: "/usr/bin/chromium",
      browserVersion: null,
      skipped: "no Chromium at /usr/bin/chromium. Install it with `apt-get install -y chromium`",
      runs: [],
    };
    const targets = evaluateTargets(r);
    const journeyChecks = targets.filter((t) => t.name.startsWith("Journey:"));
    expect(journeyChecks).toHaveLength(4);
    expect(journeyChecks.every((t) => t.pass === null)).toBe(true);
    const text = formatReport({ ...r, targets });
    expect(text).toContain(
      "Sign-in-and-read journey: skipped: no Chromium at /usr/bin/chromium. Install it with `apt-get install -y chromium`",
    );
    expect(text).toContain("- n/a: Journey: no request left pending: journey skipped (see above)");
  });

  it("is part of the report, under issue 13's targets, beside issue 7's", () => {
    const r = results();
    r.journey = journey();
    const text = formatReport({ ...r, targets: evaluateTargets(r) });
    const issue7 = text.indexOf("Targets (issue 7, 50 connections):");
    const issue13 = text.indexOf("Targets (issue 13: signed-in readers as fast as anonymous visitors; 50 connections):"); // prettier-ignore
    expect(issue7).toBeGreaterThan(0);
    expect(issue13).toBeGreaterThan(issue7);
    expect(text.indexOf("Sign-in-and-read journey in Chromium 143.0.0.0")).toBeLessThan(issue7);
    expect(text.slice(issue7, issue13)).toContain("PASS: Public article p99 ≤ 50 ms");
    expect(text.slice(issue13)).toContain(
      `FAIL: ${READER} ≥ 50% of the anonymous public article's req/s: 49.8%`,
    );
    expect(text.slice(issue13)).toContain("PASS: Journey: no request left pending");
    // The new page is in the main table and the uncached table like any other.
    expect(text).toContain(`| ${READER}: \`/reader-article\` | 50 | 2,990 |`);
    expect(text).toContain(`| ${READER} | 10,000 | 20 | 4.0 | 20.0 | 30.0 | 0 |`);
  });
});
