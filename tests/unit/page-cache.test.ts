import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  EDITION_HEADER,
  EDITION_PROOF_HEADER,
  isEdition,
  sameSecret,
} from "../../lib/editions/edition-routes.mjs";
import {
  cacheKeyFor,
  createPageCache,
  NOT_FOR_SHARED_CACHES,
  privateLifetime,
  sharedLifetime,
} from "../../scripts/page-cache.mjs";
import { createEditionResolver } from "../../scripts/reader-editions.mjs";

type Answer = { status?: number; headers?: Record<string, string>; body: string };
type Editions = { editionFor: (token: string) => Promise<string>; proof: string };

/**
 * A real HTTP server with the cache in front of a stand-in for Next.js that counts what
 * reaches it and answers what the test says (at once or after a while), written the ways
 * Next.js writes (setHeader + several write() calls + end(), or writeHead with headers).
 */
async function serverWith(
  answer: (url: string, req: http.IncomingMessage) => Answer | Promise<Answer>,
  now = () => Date.now(),
  dataVersion?: () => Promise<number>,
  options: { dataVersionTimeoutMs?: number; editions?: Editions } = {},
) {
  const cache = createPageCache({ maxAgeSeconds: 60, now, dataVersion, ...options });
  const reached: string[] = [];
  const server = http.createServer((req, res) =>
    cache.handle(req, res, async () => {
      reached.push(req.url!);
      const { status = 200, headers = {}, body } = await answer(req.url!, req);
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
  const get = async (path: string, headers: Record<string, string> = {}, method = "GET") => {
    const response = await fetch(origin + path, {
      method,
      headers,
      redirect: "manual",
      // A request the server leaves waiting fails the test instead of hanging it.
      signal: AbortSignal.timeout(10_000),
    });
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

  it("without editions, never answers a signed-in reader from the cache, nor stores their page", async () => {
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

describe("editions of the reader pages", () => {
  /** The running server's proof (scripts/serve.mjs makes a random one). */
  const PROOF = "proof-known-only-to-this-server";
  const SUBSCRIBER = { cookie: "next-auth.session-token=subscriber-1" };
  /** Another subscriber, whose token next-auth split in two chunks, among other cookies. */
  const OTHER_SUBSCRIBER = {
    cookie:
      "theme=dark; __Secure-next-auth.session-token.0=subscri; __Secure-next-auth.session-token.1=ber-2",
  };
  const READER = { cookie: "next-auth.session-token=reader-1" };

  /** What editionFor decides, per session token; the test changes it as a write would. */
  function readerEditions(
    table: Record<string, string> = { "subscriber-1": "subscriber", "subscriber-2": "subscriber" },
  ) {
    const asked: string[] = [];
    const editions: Editions = {
      proof: PROOF,
      editionFor: async (token) => {
        asked.push(token);
        return table[token] ?? "public";
      },
    };
    return { table, asked, editions };
  }

  type Seen = { url: string; method: string; edition?: string; proof?: string };

  /**
   * Next.js as proxy.ts makes it: the edition header is believed only with this server's
   * proof beside it, the page is rendered in that edition ("full text" or "teaser") and the
   * answer carries the edition it was rendered in. `tamper` lets a test make Next.js answer
   * with another edition header (null: none at all), or with other headers.
   */
  function nextWithEditions(
    seen: Seen[],
    tamper: (
      url: string,
      edition: string,
    ) => { edition?: string | null; headers?: object } = () => ({}),
  ) {
    return (url: string, req: http.IncomingMessage): Answer => {
      const claimed = req.headers[EDITION_HEADER] as string | undefined;
      const proof = req.headers[EDITION_PROOF_HEADER] as string | undefined;
      seen.push({ url, method: req.method!, edition: claimed, proof });
      const edition =
        claimed && isEdition(claimed) && sameSecret(proof, PROOF) ? claimed : "public";
      const changed = tamper(url, edition);
      const answered = changed.edition === undefined ? edition : changed.edition;
      return {
        headers: {
          ...(url.startsWith("/search") ? DYNAMIC : ISR),
          "content-type": "text/html; charset=utf-8",
          ...(answered === null ? {} : { [EDITION_HEADER]: answered }),
          ...changed.headers,
        },
        body: `${edition === "subscriber" ? "full text" : "teaser"} of ${url}`,
      };
    };
  }

  it("never gives a subscriber's copy to anyone else, nor the public copy to a subscriber", async () => {
    const { editions } = readerEditions();
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions,
    });
    // The subscriber comes first: their copy is kept, and nobody else gets it.
    expect((await get("/articles/a", SUBSCRIBER)).body).toBe("full text of /articles/a");
    const anonymous = await get("/articles/a");
    expect(anonymous.body).toBe("teaser of /articles/a");
    expect(anonymous.headers.get("x-page-cache")).toBeNull();
    expect((await get("/articles/a", READER)).body).toBe("teaser of /articles/a");
    expect(reached).toEqual(["/articles/a", "/articles/a"]);

    // An anonymous visitor comes first: the subscriber still gets the whole text.
    expect((await get("/articles/b")).body).toBe("teaser of /articles/b");
    expect((await get("/articles/b", READER)).body).toBe("teaser of /articles/b");
    const subscriber = await get("/articles/b", SUBSCRIBER);
    expect(subscriber.body).toBe("full text of /articles/b");
    expect(subscriber.headers.get("x-page-cache")).toBeNull();
    expect(reached).toEqual(["/articles/a", "/articles/a", "/articles/b", "/articles/b"]);

    // Both copies of both pages are kept now; each goes to its own edition only.
    for (const path of ["/articles/a", "/articles/b"]) {
      for (const [who, body] of [
        [{}, `teaser of ${path}`],
        [READER, `teaser of ${path}`],
        [SUBSCRIBER, `full text of ${path}`],
        [OTHER_SUBSCRIBER, `full text of ${path}`],
      ] as const) {
        const hit = await get(path, who);
        expect(hit.body).toBe(body);
        expect(hit.headers.get("x-page-cache")).toBe("HIT");
        expect(hit.headers.get(EDITION_HEADER)).toBe(
          body.startsWith("full") ? "subscriber" : "public",
        );
      }
    }
    expect(reached).toHaveLength(4);
  });

  it("tells browsers and any cache after this server that a subscriber's page is theirs alone", async () => {
    const { editions } = readerEditions();
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions,
    });
    for (const path of ["/articles/a", "/articles/b?writehead=1"]) {
      // Rendered (setHeader or writeHead) and then from memory: never shareable downstream.
      for (const round of [0, 1]) {
        const subscriber = await get(path, SUBSCRIBER);
        expect(subscriber.body).toBe(`full text of ${path}`);
        expect(subscriber.headers.get("x-page-cache")).toBe(round === 0 ? null : "HIT");
        expect(subscriber.headers.get("cache-control")).toBe(NOT_FOR_SHARED_CACHES);
      }
      // The public copy stays shareable: it holds what anyone may read.
      for (const who of [{}, READER]) {
        const response = await get(path, who);
        expect(response.body).toBe(`teaser of ${path}`);
        expect(response.headers.get("cache-control")).toBe(ISR["cache-control"]);
      }
    }
    // The subscriber's copy was still kept by this server (Next.js marked it shareable).
    expect(reached).toEqual([
      "/articles/a",
      "/articles/a",
      "/articles/b?writehead=1",
      "/articles/b?writehead=1",
    ]);
  });

  it("gives every subscriber one shared copy, and anonymous visitors and other readers another", async () => {
    const { editions, asked } = readerEditions();
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions,
    });
    for (const path of ["/", "/articles/a/2", "/issues/x/read", "/search?q=salt"]) {
      await get(path, SUBSCRIBER);
      const second = await get(path, OTHER_SUBSCRIBER);
      expect(second.headers.get("x-page-cache")).toBe("HIT");
      expect(second.body).toBe(`full text of ${path}`);
      await get(path, READER);
      const anonymous = await get(path);
      expect(anonymous.headers.get("x-page-cache")).toBe("HIT");
      expect(anonymous.body).toBe(`teaser of ${path}`);
    }
    expect(reached).toEqual(
      ["/", "/articles/a/2", "/issues/x/read", "/search?q=salt"].flatMap((path) => [path, path]),
    );
    // Only signed-in readers were asked about, and the chunked token was put back together.
    expect(new Set(asked)).toEqual(new Set(["subscriber-1", "subscriber-2", "reader-1"]));
    expect(asked).toHaveLength(12);
  });

  it("asks for no edition where there are none, and keeps signed-in pages there to their owner", async () => {
    const { editions, asked } = readerEditions();
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions,
    });
    for (const path of ["/account", "/issues/x/pdf", "/subscribe/checkout/1", "/feed.xml"]) {
      await get(path, SUBSCRIBER);
      await get(path, SUBSCRIBER);
    }
    expect(reached).toHaveLength(8);
    expect(asked).toEqual([]);
    expect(seen.every((s) => s.edition === undefined && s.proof === undefined)).toBe(true);
  });

  it("ignores an edition a client claims: the request reaches Next.js as public, with the server's proof", async () => {
    const { editions, asked } = readerEditions();
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions,
    });
    const claim = { [EDITION_HEADER]: "subscriber" };
    const forged = { ...claim, [EDITION_PROOF_HEADER]: "made-up" };
    const first = await get("/articles/c", claim);
    expect(first.body).toBe("teaser of /articles/c");
    expect(seen).toEqual([{ url: "/articles/c", method: "GET", edition: "public", proof: PROOF }]);
    // Stored as the public copy, and handed out as one.
    const second = await get("/articles/c", forged);
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(second.body).toBe("teaser of /articles/c");
    expect((await get("/articles/c", { ...READER, ...forged })).body).toBe("teaser of /articles/c");
    expect((await get("/articles/c")).body).toBe("teaser of /articles/c");
    expect(reached).toEqual(["/articles/c"]);
    // A subscriber claiming less still gets what the server decides.
    expect((await get("/articles/c", { ...SUBSCRIBER, [EDITION_HEADER]: "public" })).body).toBe(
      "full text of /articles/c",
    );
    expect(seen.at(-1)).toMatchObject({ edition: "subscriber", proof: PROOF });
    // An uncached request carries the server's proof too, never the client's.
    await get("/articles/c", { ...forged, rsc: "1" });
    expect(seen.at(-1)).toEqual({
      url: "/articles/c",
      method: "GET",
      edition: "public",
      proof: PROOF,
    });
    // Where there are no editions, claimed headers are dropped, not passed on.
    await get("/account", forged);
    await get("/issues/x/pdf", { ...SUBSCRIBER, ...forged });
    await get("/edition/subscriber/articles/c", forged);
    expect(seen.slice(-3)).toEqual([
      { url: "/account", method: "GET", edition: undefined, proof: undefined },
      { url: "/issues/x/pdf", method: "GET", edition: undefined, proof: undefined },
      {
        url: "/edition/subscriber/articles/c",
        method: "GET",
        edition: undefined,
        proof: undefined,
      },
    ]);
    expect(asked).toEqual(["reader-1", "subscriber-1"]);
  });

  it("ignores client-sent edition headers without editions configured too", async () => {
    const seen: Seen[] = [];
    const { get } = await serverWith(nextWithEditions(seen));
    const forged = { [EDITION_HEADER]: "subscriber", [EDITION_PROOF_HEADER]: PROOF };
    await get("/articles/c", forged);
    await get("/articles/c", { ...SUBSCRIBER, ...forged });
    expect(seen.map(({ edition, proof }) => ({ edition, proof }))).toEqual([
      { edition: undefined, proof: undefined },
      { edition: undefined, proof: undefined },
    ]);
  });

  it("keeps no answer rendered in another edition than the one decided", async () => {
    const { editions } = readerEditions();
    const seen: Seen[] = [];
    let tampered = true;
    const { reached, get } = await serverWith(
      nextWithEditions(seen, (url, edition) => {
        if (!tampered) return {};
        // The decision said public, but Next.js says it rendered the subscriber edition
        // (its own decision changed in between).
        if (url === "/articles/d") return { edition: "subscriber" };
        // Next.js says nothing of its edition: that counts as public.
        if (url === "/articles/e") return { edition: null };
        // The decision said subscriber, but Next.js rendered the public edition.
        if (url === "/articles/f")
          return { edition: edition === "subscriber" ? "public" : edition };
        return {};
      }),
      Date.now,
      undefined,
      { editions },
    );
    await get("/articles/d");
    await get("/articles/d");
    await get("/articles/d", READER);
    expect(reached).toEqual(["/articles/d", "/articles/d", "/articles/d"]);

    await get("/articles/e", SUBSCRIBER);
    await get("/articles/e", SUBSCRIBER);
    expect(reached.filter((url) => url === "/articles/e")).toHaveLength(2);

    await get("/articles/f", SUBSCRIBER);
    await get("/articles/f", SUBSCRIBER);
    // Not filed under "public" either: the anonymous visitor's request reaches Next.js.
    await get("/articles/f");
    expect(reached.filter((url) => url === "/articles/f")).toHaveLength(3);

    // The same answers with the edition named as decided are kept.
    tampered = false;
    reached.length = 0;
    for (const [path, who] of [
      ["/articles/d", {}],
      ["/articles/e", SUBSCRIBER],
      ["/articles/f", SUBSCRIBER],
    ] as const) {
      await get(path, who);
      expect((await get(path, who)).headers.get("x-page-cache")).toBe("HIT");
    }
    expect(reached).toEqual(["/articles/d", "/articles/e", "/articles/f"]);
    // An anonymous answer without the header is public, and kept as such.
    const plain = await serverWith(() => ({ headers: ISR, body: "teaser" }), Date.now, undefined, {
      editions,
    });
    await plain.get("/articles/g");
    expect((await plain.get("/articles/g", READER)).headers.get("x-page-cache")).toBe("HIT");
    expect(plain.reached).toHaveLength(1);
  });

  it("gives the new edition on the very next request once the decision changes", async () => {
    const { table, asked, editions } = readerEditions({ "subscriber-1": "subscriber" });
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions,
    });
    expect((await get("/articles/h", SUBSCRIBER)).body).toBe("full text of /articles/h");
    expect((await get("/articles/h", SUBSCRIBER)).headers.get("x-page-cache")).toBe("HIT");
    // Refunded: the resolver now says public.
    table["subscriber-1"] = "public";
    expect((await get("/articles/h", SUBSCRIBER)).body).toBe("teaser of /articles/h");
    expect((await get("/articles/h", SUBSCRIBER)).body).toBe("teaser of /articles/h");
    // Subscribed again: back to the subscribers' copy, still valid for them.
    table["subscriber-1"] = "subscriber";
    const again = await get("/articles/h", SUBSCRIBER);
    expect(again.body).toBe("full text of /articles/h");
    expect(again.headers.get("x-page-cache")).toBe("HIT");
    expect(reached).toHaveLength(2);
    // Asked on every request: the page cache keeps no decision of its own.
    expect(asked).toHaveLength(5);
  });

  it("marks RSC requests and posts with the edition and proof, and never stores them", async () => {
    const { editions } = readerEditions();
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions,
    });
    const asks = [
      ["/articles/r", { ...SUBSCRIBER, rsc: "1" }, "GET"],
      ["/articles/r?_rsc=x1", SUBSCRIBER, "GET"],
      ["/articles/r", SUBSCRIBER, "POST"],
      ["/articles/r", { ...SUBSCRIBER, "next-action": "a1" }, "POST"],
      ["/articles/r", { rsc: "1" }, "GET"],
      ["/articles/r?_rsc=x2", {}, "GET"],
      ["/articles/r", {}, "POST"],
    ] as const;
    for (let i = 0; i < 2; i += 1)
      for (const [path, headers, method] of asks) {
        const answer = await get(path, headers, method);
        expect(answer.headers.get("x-page-cache")).toBeNull();
        expect(answer.body.startsWith("cookie" in headers ? "full text" : "teaser")).toBe(true);
      }
    expect(reached).toHaveLength(asks.length * 2);
    expect(seen).toEqual(
      [...asks, ...asks].map(([path, headers, method]) => ({
        url: path,
        method,
        edition: "cookie" in headers ? "subscriber" : "public",
        proof: PROOF,
      })),
    );
  });

  it("answers every one of many requests together for a page it will not keep, or that is slow", async () => {
    const { editions } = readerEditions();
    const seen: Seen[] = [];
    const standIn = nextWithEditions(seen, (url) =>
      url === "/articles/private" ? { headers: { "cache-control": DYNAMIC["cache-control"] } } : {},
    );
    const { reached, get } = await serverWith(
      async (url, req) => {
        if (url === "/articles/slow") await new Promise((resolve) => setTimeout(resolve, 150));
        return standIn(url, req);
      },
      Date.now,
      undefined,
      { editions },
    );
    const whoFor = (i: number) => [SUBSCRIBER, OTHER_SUBSCRIBER, READER, {}][i % 4]!;
    const kept = await Promise.all(
      Array.from({ length: 10 }, (_, i) => get("/articles/private", whoFor(i))),
    );
    expect(kept.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(kept.map((answer) => answer.body.split(" of ")[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 4 < 2 ? "full text" : "teaser")),
    );
    expect(reached).toHaveLength(10);

    const slow = await Promise.all(
      Array.from({ length: 10 }, (_, i) => get("/articles/slow", whoFor(i))),
    );
    expect(slow.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(slow.map((answer) => answer.body.split(" of ")[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 4 < 2 ? "full text" : "teaser")),
    );
    // Once one is kept, the next ones are answered from it.
    expect((await get("/articles/slow", SUBSCRIBER)).headers.get("x-page-cache")).toBe("HIT");
    expect((await get("/articles/slow")).headers.get("x-page-cache")).toBe("HIT");
  });

  it("decides once for a subscriber's many requests arriving together (the real resolver)", async () => {
    let resolves = 0;
    const resolver = createEditionResolver({
      resolve: async (token) => {
        resolves += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return {
          edition: token.startsWith("subscriber") ? "subscriber" : "public",
          until: Infinity,
        };
      },
      dataVersion: async () => 1,
    });
    const seen: Seen[] = [];
    const { get } = await serverWith(
      nextWithEditions(seen, () => ({ headers: { "cache-control": DYNAMIC["cache-control"] } })),
      Date.now,
      undefined,
      { editions: { editionFor: resolver.editionFor, proof: PROOF } },
    );
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => get("/articles/private", SUBSCRIBER)),
    );
    expect(answers.map(({ status, body }) => [status, body])).toEqual(
      Array(10).fill([200, "full text of /articles/private"]),
    );
    expect(resolves).toBe(1);
  });

  it("answers with the public edition when the decision never comes (the real resolver's timeout)", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const hung = createEditionResolver({
      resolve: () => new Promise<{ edition: string; until: number }>(() => {}),
      dataVersion: async () => 1,
      timeoutMs: 50,
    });
    const seen: Seen[] = [];
    const { get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions: { editionFor: hung.editionFor, proof: PROOF },
    });
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => get("/articles/hung", SUBSCRIBER)),
    );
    expect(answers.map(({ status, body }) => [status, body])).toEqual(
      Array(3).fill([200, "teaser of /articles/hung"]),
    );
    expect(seen[0]).toMatchObject({ edition: "public", proof: PROOF });
    // And a data version that never answers still leaves a decision to be made.
    const stalled = createEditionResolver({
      resolve: async () => ({ edition: "subscriber", until: Infinity }),
      dataVersion: () => new Promise<number>(() => {}),
      timeoutMs: 50,
    });
    const other = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions: { editionFor: stalled.editionFor, proof: PROOF },
    });
    const answer = await other.get("/articles/hung", SUBSCRIBER);
    expect([answer.status, answer.body]).toEqual([200, "full text of /articles/hung"]);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it("answers with an error, never a page, if editionFor itself fails", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const seen: Seen[] = [];
    const { reached, get } = await serverWith(nextWithEditions(seen), Date.now, undefined, {
      editions: { editionFor: () => Promise.reject(new Error("boom")), proof: PROOF },
    });
    const answer = await get("/articles/a", SUBSCRIBER);
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain("full text");
    expect(reached).toEqual([]);
    errors.mockRestore();
  });
});

describe("the rules, one by one", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
    ({ method, url, headers }) as unknown as http.IncomingMessage;

  it("keys anonymous GETs of public pages, and signed-in GETs of the admin lists", () => {
    expect(cacheKeyFor(request("/articles/a"))).toEqual({
      kind: "shared",
      edition: "public",
      key: "public  /articles/a",
    });
    expect(cacheKeyFor(request("/feed.xml?x=1", { "accept-encoding": "gzip, br" }))).toEqual({
      kind: "shared",
      edition: "public",
      key: "public gzip,br /feed.xml?x=1",
    });
    const session = { cookie: "next-auth.session-token=t1", "accept-encoding": "gzip" };
    expect(cacheKeyFor(request("/admin/users?q=a", session))).toEqual({
      kind: "private",
      key: "private gzip next-auth.session-token=t1 /admin/users?q=a",
    });
    // An edition changes nothing for the admin lists: they are kept per session.
    expect(cacheKeyFor(request("/admin/users?q=a", session), "subscriber")).toEqual({
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
    expect(cacheKeyFor(request("/editor/articles/1"))).toBeNull();
    // The editions' internal routes are never asked for from outside (proxy.ts 404s them).
    expect(cacheKeyFor(request("/edition/subscriber/articles/a"))).toBeNull();
    expect(cacheKeyFor(request("/edition/public"))).toBeNull();
    expect(
      cacheKeyFor(request("/edition/subscriber/articles/a", session), "subscriber"),
    ).toBeNull();
  });

  it("keys a signed-in reader's page by the edition decided for them, and only then", () => {
    const session = { cookie: "theme=dark; next-auth.session-token=t1", "accept-encoding": "gzip" };
    const chunked = { cookie: "__Secure-next-auth.session-token.0=t1" };
    // Not yet decided: not shared.
    expect(cacheKeyFor(request("/articles/a", session))).toBeNull();
    expect(cacheKeyFor(request("/articles/a", chunked))).toBeNull();
    expect(cacheKeyFor(request("/articles/a", session), "subscriber")).toEqual({
      kind: "shared",
      edition: "subscriber",
      key: "subscriber gzip /articles/a",
    });
    expect(cacheKeyFor(request("/articles/a", chunked), "subscriber")).toEqual({
      kind: "shared",
      edition: "subscriber",
      key: "subscriber  /articles/a",
    });
    // A signed-in reader without a subscription shares the anonymous visitors' copy.
    expect(cacheKeyFor(request("/articles/a", session), "public")).toEqual(
      cacheKeyFor(request("/articles/a", { "accept-encoding": "gzip" }), "public"),
    );
    expect(cacheKeyFor(request("/articles/a", { "accept-encoding": "gzip" }))).toEqual(
      cacheKeyFor(request("/articles/a", session), "public"),
    );
    expect(cacheKeyFor(request("/search?q=salt", session), "subscriber")?.key).toBe(
      "subscriber gzip /search?q=salt",
    );
    // Pages without editions stay the signed-in person's own, whatever edition is passed.
    for (const path of ["/account", "/issues/x/pdf", "/subscribe/checkout/1", "/feed.xml"])
      expect(cacheKeyFor(request(path, session), "subscriber")).toBeNull();
    // What must always reach Next.js still does, with an edition decided.
    expect(cacheKeyFor(request("/articles/a", session, "POST"), "subscriber")).toBeNull();
    expect(cacheKeyFor(request("/articles/a", { ...session, rsc: "1" }), "subscriber")).toBeNull();
    expect(cacheKeyFor(request("/articles/a?_rsc=x1", session), "subscriber")).toBeNull();
    expect(
      cacheKeyFor(request("/articles/a", { ...session, "next-router-prefetch": "1" }), "public"),
    ).toBeNull();
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
