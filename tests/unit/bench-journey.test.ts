import { describe, expect, it } from "vitest";
import { heapOf } from "../../scripts/bench/heap.mjs";
import { requestKind, routeKey, summarizeView } from "../../scripts/bench/journey.mjs";

// The journey's pure parts: what kind each browser request is, which route it asks for,
// and one page view's figures. The browser run itself is part of `npm run bench` only.

const ORIGIN = "http://127.0.0.1:4000";

const request = (
  url: string,
  resourceType: string,
  headers: Record<string, string> = {},
  method = "GET",
) => ({ method, url: ORIGIN + url, resourceType, headers });

describe("request kinds", () => {
  it("tells documents, /api, prefetches, RSC fetches, files and the rest apart", () => {
    expect(requestKind(request("/articles/a", "document"))).toBe("document");
    expect(requestKind(request("/api/me", "fetch"))).toBe("api");
    expect(requestKind(request("/api/auth/callback/credentials", "fetch", {}, "POST"))).toBe("api");
    const rsc = { rsc: "1" };
    expect(
      requestKind(request("/articles/b?_rsc=x1", "fetch", { ...rsc, "next-router-prefetch": "1" })),
    ).toBe("prefetch");
    expect(requestKind(request("/articles/b?_rsc=x1", "fetch", rsc))).toBe("rsc");
    // A router fetch is an RSC fetch by its query alone, whatever headers show.
    expect(requestKind(request("/articles/b?_rsc=x1", "fetch"))).toBe("rsc");
    expect(requestKind(request("/_next/static/chunks/app.js", "script"))).toBe("static");
    expect(requestKind(request("/favicon.ico", "other"))).toBe("static");
    expect(requestKind(request("/site.webmanifest", "manifest"))).toBe("static");
    expect(requestKind(request("/articles/a", "fetch", { "next-action": "abc" }, "POST"))).toBe(
      "other",
    );
  });
});

describe("route keys", () => {
  it("ignore the _rsc hash and keep every other part of the address", () => {
    expect(routeKey(`${ORIGIN}/articles/b?_rsc=x1`, ORIGIN)).toBe("/articles/b");
    expect(routeKey(`${ORIGIN}/articles/b?_rsc=y2`, ORIGIN)).toBe("/articles/b");
    expect(routeKey(`${ORIGIN}/search?q=bridge&_rsc=z`, ORIGIN)).toBe("/search?q=bridge");
    expect(routeKey(`${ORIGIN}/signin?from=%2Farticles%2Fa`, ORIGIN)).toBe(
      "/signin?from=%2Farticles%2Fa",
    );
    expect(routeKey("https://cdn.example/x.js", ORIGIN)).toBe("https://cdn.example/x.js");
  });
});

type Req = {
  kind: string;
  path: string;
  segment?: string | null;
  endMs: number | null;
  failure?: string | null;
};
const done = (kind: string, path: string, segment: string | null = null): Req => ({
  kind,
  path,
  segment,
  endMs: 10,
  failure: null,
});

describe("a page view's figures", () => {
  it("counts by kind, finds the path asked for most often, and pending and failed requests", () => {
    const summary = summarizeView([
      done("document", "/articles/a"),
      done("static", "/_next/static/a.js"),
      done("static", "/_next/static/b.js"),
      done("api", "/api/me"),
      done("rsc", "/articles/a"),
      done("rsc", "/articles/a"),
      done("prefetch", "/articles/b", "/_tree"),
      { ...done("prefetch", "/articles/c", "/_tree"), endMs: null },
      { ...done("prefetch", "/articles/d", "/_tree"), failure: "net::ERR_ABORTED" },
    ]);
    expect(summary.requests).toBe(9);
    expect(summary.byKind).toEqual({
      document: 1,
      rsc: 2,
      prefetch: 3,
      static: 2,
      api: 1,
      other: 0,
    });
    // The document and both RSC fetches ask for the same route: three times.
    expect(summary.maxPerPath).toEqual({ count: 3, path: "/articles/a" });
    expect(summary.maxPrefetchesPerRoute).toEqual({
      count: 1,
      path: "/articles/b",
      segment: "/_tree",
    });
    expect(summary.pending).toBe(1);
    expect(summary.failed).toBe(1);
  });

  it("counts one prefetch of a route as one, however many segments it takes", () => {
    const segments = ["/_tree", "/_index", "/_full"].map((s) => done("prefetch", "/articles/b", s));
    expect(summarizeView(segments).maxPrefetchesPerRoute.count).toBe(1);
    // The same segment again is the route prefetched twice.
    const again = summarizeView([...segments, done("prefetch", "/articles/b", "/_tree")]);
    expect(again.maxPrefetchesPerRoute).toEqual({
      count: 2,
      path: "/articles/b",
      segment: "/_tree",
    });
    // Without segment headers, each prefetch of the route counts.
    const whole = summarizeView([done("prefetch", "/topics/x"), done("prefetch", "/topics/x")]);
    expect(whole.maxPrefetchesPerRoute).toEqual({ count: 2, path: "/topics/x", segment: null });
  });

  it("is all zeros for a page view without requests", () => {
    const summary = summarizeView([]);
    expect(summary).toMatchObject({
      requests: 0,
      maxPerPath: { count: 0, path: null },
      maxPrefetchesPerRoute: { count: 0, path: null },
      pending: 0,
      failed: 0,
    });
  });
});

describe("heap figures from a Node diagnostic report", () => {
  it("keep the heap's size, use, Buffers and spaces, and nothing else", () => {
    const heap = heapOf({
      header: { processId: 42 },
      environmentVariables: { NEXTAUTH_SECRET: "not to be copied" },
      javascriptHeap: {
        totalMemory: 200,
        usedMemory: 150,
        externalMemory: 70,
        mallocedMemory: 4,
        heapSpaces: { old_space: { memorySize: 180, used: 140, committedMemory: 180 } },
      },
    });
    expect(heap).toEqual({
      totalBytes: 200,
      usedBytes: 150,
      externalBytes: 70,
      mallocedBytes: 4,
      spaces: { old_space: { sizeBytes: 180, usedBytes: 140 } },
    });
    expect(heapOf({})).toBeNull();
  });
});
