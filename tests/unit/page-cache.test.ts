import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  cacheKeyFor,
  createPageCache,
  privateLifetime,
  sharedLifetime,
} from "../../scripts/page-cache.mjs";

type Answer = { status?: number; headers?: Record<string, string>; body: string };

/**
 * A real HTTP server with the cache in front of a stand-in for Next.js that counts what
 * reaches it and answers what the test says, written the ways Next.js writes (setHeader +
 * several write() calls + end(), or writeHead with headers).
 */
async function serverWith(
  answer: (url: string, req: http.IncomingMessage) => Answer,
  now = () => Date.now(),
  dataVersion?: () => Promise<number>,
  options: { dataVersionTimeoutMs?: number } = {},
) {
  const cache = createPageCache({ maxAgeSeconds: 60, now, dataVersion, ...options });
  const reached: string[] = [];
  const server = http.createServer((req, res) =>
    cache.handle(req, res, () => {
      reached.push(req.url!);
      const { status = 200, headers = {}, body } = answer(req.url!, req);
      if (req.url!.includes("writehead")) {
        res.writeHead(status, headers);
        res.end(body);
        return;
      }
      res.statusCode = status;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      const half = Math.floor(body.length / 2);
      res.write(body.slice(0, half));
      res.write(Buffer.from(body.slice(half)));
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(origin + path, { headers, redirect: "manual" });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  return { cache, reached, get };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const ISR = { "cache-control": "s-maxage=3600, stale-while-revalidate=31532400" };
const DYNAMIC = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" };
const HTML = { ...DYNAMIC, "content-type": "text/html; charset=utf-8" };

describe("the shared page cache", () => {
  it("answers a shared page from memory after the first visit, byte for byte", async () => {
    let version = 1;
    const { reached, get } = await serverWith(() => ({
      headers: { ...ISR, "content-type": "text/html; charset=utf-8", etag: '"v1"' },
      body: `<p>front page v${version} ${"é".repeat(50)}</p>`,
    }));
    const first = await get("/");
    version = 2;
    const second = await get("/");
    expect(reached).toEqual(["/"]);
    expect(second.body).toBe(first.body);
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("cache-control")).toBe(ISR["cache-control"]);
    // A browser holding that copy gets a 304.
    expect((await get("/", { "if-none-match": '"v1"' })).status).toBe(304);
  });

  it("keeps headers given to writeHead", async () => {
    const { get } = await serverWith(() => ({
      headers: { ...ISR, "x-kind": "article" },
      body: "a",
    }));
    await get("/writehead");
    const hit = await get("/writehead");
    expect(hit.headers.get("x-page-cache")).toBe("HIT");
    expect(hit.headers.get("x-kind")).toBe("article");
  });

  it("never answers a signed-in reader from the cache, nor stores their page", async () => {
    const { reached, get } = await serverWith((url) => ({ headers: ISR, body: `page ${url}` }));
    await get("/articles/a");
    const session = { cookie: "theme=dark; next-auth.session-token=abc" };
    await get("/articles/a", session);
    await get("/articles/a", { cookie: "__Secure-next-auth.session-token.0=abc" });
    expect(reached).toEqual(["/articles/a", "/articles/a", "/articles/a"]);
  });

  it("stores nothing private, personal or failed", async () => {
    const answers: Record<string, Answer> = {
      "/private": { headers: DYNAMIC, body: "per request" },
      "/no-header": { body: "no cache-control" },
      "/cookie": { headers: { ...ISR, "set-cookie": "a=b" }, body: "sets a cookie" },
      "/missing": { status: 404, headers: ISR, body: "not found" },
      "/stale": { headers: { ...ISR, "x-nextjs-cache": "STALE" }, body: "old copy" },
    };
    const { reached, get } = await serverWith((url) => answers[url]!);
    for (const path of Object.keys(answers)) {
      await get(path);
      await get(path);
    }
    expect(reached).toEqual(Object.keys(answers).flatMap((path) => [path, path]));
  });

  it("lets through what must reach Next.js: posts, RSC payloads, actions, the private areas", async () => {
    const { reached, get } = await serverWith((url) => ({ headers: ISR, body: url }));
    for (let i = 0; i < 2; i += 1) {
      await get("/articles/a", { rsc: "1" });
      await get("/articles/a?_rsc=x1");
      await get("/admin/subscriptions");
      await get("/api/health");
      await get("/_next/static/chunk.js");
    }
    expect(reached).toHaveLength(10);
  });

  it("keeps search answers for everyone even though Next.js renders them per request", async () => {
    const { reached, get } = await serverWith((url) => ({ headers: DYNAMIC, body: url }));
    await get("/search?q=salt");
    const hit = await get("/search?q=salt");
    await get("/search?q=pepper");
    expect(reached).toEqual(["/search?q=salt", "/search?q=pepper"]);
    // The browser is still told not to keep it.
    expect(hit.headers.get("cache-control")).toBe(DYNAMIC["cache-control"]);
  });

  it("keeps one copy per Accept-Encoding", async () => {
    const { reached, get } = await serverWith(() => ({ headers: ISR, body: "x" }));
    await get("/topics/a", { "accept-encoding": "gzip, deflate" });
    await get("/topics/a", { "accept-encoding": "gzip,deflate" });
    await get("/topics/a", { "accept-encoding": "identity" });
    expect(reached).toHaveLength(2);
  });

  it("forgets everything on clear(), and never stores a render that began before it", async () => {
    let release: () => void = () => {};
    let body = "paywalled text, public yesterday";
    const cache = createPageCache();
    const reached: string[] = [];
    const server = http.createServer((req, res) =>
      cache.handle(req, res, async () => {
        reached.push(req.url!);
        const text = body;
        if (req.url === "/slow" && reached.length === 2)
          await new Promise<void>((resolve) => (release = resolve));
        res.setHeader("cache-control", ISR["cache-control"]);
        res.end(text);
      }),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    await fetch(`${origin}/fast`).then((r) => r.text());
    const slow = fetch(`${origin}/slow`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    body = "teaser only";
    cache.clear();
    release();
    expect(await slow).toBe("paywalled text, public yesterday");
    expect(await fetch(`${origin}/slow`).then((r) => r.text())).toBe("teaser only");
    expect(await fetch(`${origin}/fast`).then((r) => r.text())).toBe("teaser only");
    expect(reached).toEqual(["/fast", "/slow", "/slow", "/fast"]);
  });

  it("keeps nothing of an answer its client stopped waiting for", async () => {
    const cache = createPageCache();
    const reached: string[] = [];
    let release: () => void = () => {};
    const server = http.createServer((req, res) =>
      cache.handle(req, res, async () => {
        reached.push(req.url!);
        res.setHeader("cache-control", ISR["cache-control"]);
        res.write("first half, ");
        if (reached.length === 1) await new Promise<void>((resolve) => (release = resolve));
        res.end("second half");
      }),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const abort = new AbortController();
    const cut = fetch(`${origin}/long`, { signal: abort.signal }).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    abort.abort();
    await expect(cut).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fetch(`${origin}/long`).then((r) => r.text())).toBe("first half, second half");
    expect(reached).toEqual(["/long", "/long"]);
  });

  it("lets an entry live no longer than its s-maxage or the cache's own limit", async () => {
    let clock = 1_000_000;
    const { reached, get } = await serverWith(
      (url) => ({
        headers: { "cache-control": url === "/short" ? "s-maxage=5" : "s-maxage=3600" },
        body: url,
      }),
      () => clock,
    );
    await get("/short");
    await get("/long");
    clock += 4_000;
    await get("/short");
    await get("/long");
    expect(reached).toEqual(["/short", "/long"]);
    clock += 2_000; // 6 s: past s-maxage=5
    await get("/short");
    await get("/long");
    expect(reached).toEqual(["/short", "/long", "/short"]);
    clock += 60_000; // past the cache's 60 s limit
    await get("/long");
    expect(reached).toEqual(["/short", "/long", "/short", "/long"]);
  });
});

describe("private copies of admin lists", () => {
  const ADMIN = { cookie: "next-auth.session-token=admin-1" };
  const OTHER_ADMIN = { cookie: "next-auth.session-token=admin-2" };

  /** A stand-in database counter the test moves, as the triggers would on a write. */
  function counter() {
    const state = { version: 1, reads: 0, failing: false };
    const read = async () => {
      state.reads += 1;
      if (state.failing) throw new Error("database is locked");
      return state.version;
    };
    return { state, read };
  }

  /** Answers like Next.js: the list as rendered for whoever's cookie asked, at this version. */
  const adminList = (state: { version: number }) => (url: string, req: http.IncomingMessage) => ({
    headers: HTML,
    body: `${url} for ${req.headers.cookie} at v${state.version}`,
  });

  it("gives a staff member back their own list while no account, subscription or payment changed", async () => {
    const { state, read } = counter();
    const { reached, get } = await serverWith(adminList(state), Date.now, read);
    const first = await get("/admin/subscriptions?q=ada", ADMIN);
    const again = await get("/admin/subscriptions?q=ada", ADMIN);
    expect(again.body).toBe(first.body);
    expect(again.headers.get("x-page-cache")).toBe("HIT");
    // Still marked no-store for the browser.
    expect(again.headers.get("cache-control")).toBe(DYNAMIC["cache-control"]);
    expect(reached).toEqual(["/admin/subscriptions?q=ada"]);

    // Another session never gets the first one's copy.
    const other = await get("/admin/subscriptions?q=ada", OTHER_ADMIN);
    expect(other.body).toContain("admin-2");
    expect(reached).toHaveLength(2);

    // A write anywhere in those tables: the next view is rendered afresh, then kept again.
    state.version = 2;
    expect((await get("/admin/subscriptions?q=ada", ADMIN)).body).toContain("at v2");
    await get("/admin/subscriptions?q=ada", ADMIN);
    expect(reached).toHaveLength(3);
    await get("/admin/users?q=ada", ADMIN);
    await get("/admin/users?q=ada", ADMIN);
    expect(reached).toHaveLength(4);
  });

  it("never keeps a list whose data changed while it was being rendered", async () => {
    const { state, read } = counter();
    const { reached, get } = await serverWith(
      (url, req) => {
        const answer = adminList(state)(url, req);
        state.version += 1; // a webhook committed during the render
        return answer;
      },
      Date.now,
      read,
    );
    await get("/admin/subscriptions", ADMIN);
    await get("/admin/subscriptions", ADMIN);
    expect(reached).toHaveLength(2);
  });

  it("keeps nothing else a signed-in person asks for", async () => {
    const { state, read } = counter();
    const answers: Record<string, Answer> = {
      "/admin/subscriptions?q=refused": { status: 403, headers: HTML, body: "forbidden" },
      "/admin/users?q=gone": { status: 307, headers: { location: "/signin" }, body: "" },
      "/admin/subscriptions?q=cookie": { headers: { ...HTML, "set-cookie": "a=b" }, body: "x" },
      "/admin/subscriptions?q=csv": { headers: { "content-type": "text/csv" }, body: "a,b" },
      "/admin/subscriptions/sub_1": { headers: HTML, body: "one subscription" },
      "/admin/audit": { headers: HTML, body: "audit" },
      "/account": { headers: HTML, body: "my account" },
      "/articles/a": { headers: ISR, body: "whole text for a subscriber" },
    };
    const { reached, get } = await serverWith(
      (url) => answers[url] ?? { headers: HTML, body: url },
      Date.now,
      read,
    );
    for (const path of Object.keys(answers)) {
      await get(path, ADMIN);
      await get(path, ADMIN);
    }
    expect(reached).toEqual(Object.keys(answers).flatMap((path) => [path, path]));
    for (let i = 0; i < 2; i += 1) {
      await get("/admin/subscriptions", { ...ADMIN, rsc: "1" });
      await get("/admin/subscriptions?_rsc=x1", ADMIN);
    }
    expect(reached).toHaveLength(Object.keys(answers).length * 2 + 4);
    expect(state.reads).toBe(8); // only the admin lists looked at the counter
  });

  it("renders every time, keeping nothing, when the counter cannot be read or is not given", async () => {
    const { state, read } = counter();
    state.failing = true;
    const { reached, get } = await serverWith(adminList(state), Date.now, read);
    await get("/admin/subscriptions", ADMIN);
    state.failing = false;
    await get("/admin/subscriptions", ADMIN);
    await get("/admin/subscriptions", ADMIN);
    expect(reached).toHaveLength(2);

    const without = await serverWith(adminList(state));
    await without.get("/admin/subscriptions", ADMIN);
    await without.get("/admin/subscriptions", ADMIN);
    expect(without.reached).toHaveLength(2);
  });

  it("renders without keeping anything when the counter does not answer in time", async () => {
    const { state } = counter();
    const stalled = () => new Promise<number>(() => {});
    const { reached, get } = await serverWith(adminList(state), Date.now, stalled, {
      dataVersionTimeoutMs: 20,
    });
    expect((await get("/admin/users", ADMIN)).status).toBe(200);
    expect((await get("/admin/users", ADMIN)).status).toBe(200);
    expect(reached).toHaveLength(2);
  });

  it("keeps no answer that sets a cookie through writeHead", async () => {
    const { read } = counter();
    const { reached, get } = await serverWith(
      () => ({ headers: { ...HTML, ...ISR, "Set-Cookie": "a=b" }, body: "x" }),
      Date.now,
      read,
    );
    for (let i = 0; i < 2; i += 1) {
      await get("/admin/users?writehead=1", ADMIN);
      await get("/writehead");
    }
    expect(reached).toEqual([
      "/admin/users?writehead=1",
      "/writehead",
      "/admin/users?writehead=1",
      "/writehead",
    ]);
  });

  it("lets a private copy live at most 30 seconds, and forgets it on clear()", async () => {
    let clock = 1_000_000;
    const { state, read } = counter();
    const { cache, reached, get } = await serverWith(adminList(state), () => clock, read);
    await get("/admin/users", ADMIN);
    clock += 29_000;
    await get("/admin/users", ADMIN);
    expect(reached).toHaveLength(1);
    clock += 2_000;
    await get("/admin/users", ADMIN);
    expect(reached).toHaveLength(2);
    cache.clear();
    await get("/admin/users", ADMIN);
    expect(reached).toHaveLength(3);
  });
});

describe("the rules, one by one", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
    ({ method, url, headers }) as unknown as http.IncomingMessage;

  it("keys anonymous GETs of public pages, and signed-in GETs of the admin lists", () => {
    expect(cacheKeyFor(request("/articles/a"))).toEqual({ kind: "shared", key: " /articles/a" });
    const session = { cookie: "next-auth.session-token=t1", "accept-encoding": "gzip" };
    expect(cacheKeyFor(request("/admin/users?q=a", session))).toEqual({
      kind: "private",
      key: "private gzip next-auth.session-token=t1 /admin/users?q=a",
    });
    expect(cacheKeyFor(request("/admin/users", session, "POST"))).toBeNull();
    expect(cacheKeyFor(request("/admin/users/u1", session))).toBeNull();
    expect(cacheKeyFor(request("/articles/a", session))).toBeNull();
    expect(cacheKeyFor(request("/admin/users"))).toBeNull();
    expect(cacheKeyFor(request("/articles/a", {}, "POST"))).toBeNull();
    expect(cacheKeyFor(request("/articles/a", {}, "HEAD"))).toBeNull();
    expect(cacheKeyFor(request("/articles/a", { authorization: "Basic x" }))).toBeNull();
    expect(cacheKeyFor(request("/articles/a", { "next-action": "abc" }))).toBeNull();
    expect(cacheKeyFor(request("/account"))).toBeNull();
    expect(cacheKeyFor(request("/member/articles/a"))).toBeNull();
    expect(cacheKeyFor(request("/editor/articles/1"))).toBeNull();
  });

  it("shares only what Next.js marks shared", () => {
    const life = (headers: Record<string, string>, pathname = "/x", statusCode = 200) =>
      sharedLifetime({ statusCode, headers, pathname }, 60);
    expect(life({ "cache-control": "s-maxage=30" })).toBe(30);
    expect(life({ "cache-control": "s-maxage=31536000" })).toBe(60);
    expect(life({ "cache-control": "public, max-age=60" })).toBe(0);
    expect(life({ "cache-control": "private, s-maxage=60" })).toBe(0);
    expect(life({ "cache-control": "s-maxage=60, no-store" })).toBe(0);
    expect(life(DYNAMIC, "/search")).toBe(60);
    expect(life(DYNAMIC, "/search", 500)).toBe(0);
    expect(life({ ...DYNAMIC, "set-cookie": "a=b" }, "/search")).toBe(0);
  });

  it("keeps privately only whole HTML pages that set no cookie", () => {
    const life = (headers: Record<string, string>, statusCode = 200) =>
      privateLifetime({ statusCode, headers }, 30);
    expect(life(HTML)).toBe(30);
    expect(life({ ...HTML, "set-cookie": "a=b" })).toBe(0);
    expect(life(HTML, 403)).toBe(0);
    expect(life({ "content-type": "text/x-component" })).toBe(0);
    expect(life({})).toBe(0);
  });
});
