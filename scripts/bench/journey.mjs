// The sign-in-and-read journey in a real browser. The load runs ask for one URL at a time;
// a reader's browser asks for more: the document, the router's RSC fetches, prefetches of
// the links in view, scripts and styles, /api calls. Here Chromium goes through what a
// reader does (a subscriber-only article, sign in from it, back on it, then on to another
// article), once as the subscriber and once as the reader without a subscription, and for
// each page view counts those requests, the route fetched most often, the routes
// prefetched more than once, the requests that never finish, and how long signing in takes
// to show the article. Debian's Chromium through playwright-core (@playwright/test), as
// the browser tests run it; without Chromium the journey is skipped, not the whole bench.
import fs from "node:fs";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium.mjs";
import { onCleanup } from "./processes.mjs";

/** Network idle: this long without a request starting or finishing, none in flight… */
const QUIET_MS = 2_000;
/** …waited for at most this long (a request that never finishes must not stall the bench). */
const IDLE_MAX_MS = 15_000;
/** Any one step (a page shown, a form hydrated) fails after this long. */
const STEP_MS = 15_000;

export const REQUEST_KINDS = ["document", "rsc", "prefetch", "static", "api", "other"];
const STATIC_TYPES = new Set(["script", "stylesheet", "image", "font", "media", "manifest"]);

/**
 * What a request is for: "document" (a page load), "api" (/api/*), "prefetch" (the
 * router prefetching a link: header next-router-prefetch), "rsc" (the router fetching a
 * route's payload: header rsc or an _rsc query), "static" (scripts, styles, images,
 * fonts, icons: files), or "other" (server actions, anything else).
 */
export function requestKind({ method, url, resourceType, headers }) {
  const { pathname, searchParams } = new URL(url);
  if (resourceType === "document") return "document";
  if (pathname.startsWith("/api/")) return "api";
  if (headers["next-router-prefetch"] !== undefined) return "prefetch";
  if (headers.rsc !== undefined || searchParams.has("_rsc")) return "rsc";
  if (
    method === "GET" &&
    (STATIC_TYPES.has(resourceType) ||
      pathname.startsWith("/_next/") ||
      /\.[a-z0-9]+$/i.test(pathname))
  )
    return "static";
  return "other";
}

/**
 * The route a request asks for: path and query without `_rsc`, whose value is a hash of
 * the router's headers, so two fetches of the same route usually differ only there.
 * Another origin's requests keep their origin.
 */
export function routeKey(url, origin) {
  const parsed = new URL(url);
  parsed.searchParams.delete("_rsc");
  const query = parsed.searchParams.toString();
  const route = `${parsed.pathname}${query ? `?${query}` : ""}`;
  return !origin || parsed.origin === origin ? route : `${parsed.origin}${route}`;
}

/** The entry of `counts` with the highest count: { count, key }, or count 0. */
function most(counts) {
  let best = { count: 0, key: null };
  for (const [key, count] of counts) if (count > best.count) best = { count, key };
  return best;
}

/**
 * One page view's figures from its requests ({ kind, path, segment, endMs, failure }):
 * the count by kind, the path requested most often (`_rsc` ignored, any kind), the route
 * prefetched most often (one prefetch of a route may be several requests, one per segment
 * (header next-router-segment-prefetch); the same segment twice is the route prefetched
 * twice), requests still pending (no end), and requests that failed (aborted included).
 */
export function summarizeView(requests) {
  const byKind = Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, 0]));
  const perPath = new Map();
  const perPrefetch = new Map();
  for (const request of requests) {
    byKind[request.kind] += 1;
    perPath.set(request.path, (perPath.get(request.path) ?? 0) + 1);
    if (request.kind === "prefetch") {
      const key = JSON.stringify([request.path, request.segment ?? ""]);
      perPrefetch.set(key, (perPrefetch.get(key) ?? 0) + 1);
    }
  }
  const path = most(perPath);
  const prefetch = most(perPrefetch);
  const [prefetchPath, segment] = prefetch.key ? JSON.parse(prefetch.key) : [null, ""];
  return {
    requests: requests.length,
    byKind,
    maxPerPath: { count: path.count, path: path.key },
    maxPrefetchesPerRoute: {
      count: prefetch.count,
      path: prefetchPath,
      segment: segment || null,
    },
    pending: requests.filter((r) => r.endMs === null).length,
    failed: requests.filter((r) => r.failure).length,
  };
}

/**
 * Records every request of a browser context, each in the page view current when it
 * started (requests before the first view belong to none), and waits for network idle.
 */
function recordNetwork(context, origin) {
  const started = performance.now();
  const now = () => Math.round(performance.now() - started);
  /** @type {Map<object, any>} */
  const records = new Map();
  const views = [];
  let view = null;
  let lastActivity = now();
  const end = (request, failure = null) => {
    const record = records.get(request);
    lastActivity = now();
    if (!record || record.endMs !== null) return;
    record.endMs = now();
    record.failure = failure;
  };
  context.on("request", (request) => {
    lastActivity = now();
    // A redirect arrives as a new request; the one it came from is over.
    const from = request.redirectedFrom();
    if (from) end(from);
    const headers = request.headers();
    const record = {
      kind: requestKind({
        method: request.method(),
        url: request.url(),
        resourceType: request.resourceType(),
        headers,
      }),
      method: request.method(),
      path: routeKey(request.url(), origin),
      segment: headers["next-router-segment-prefetch"] ?? null,
      status: null,
      startMs: now(),
      endMs: null,
      failure: null,
    };
    records.set(request, record);
    view?.requests.push(record);
  });
  context.on("response", (response) => {
    const record = records.get(response.request());
    if (record) record.status = response.status();
  });
  context.on("requestfinished", (request) => end(request));
  context.on("requestfailed", (request) => end(request, request.failure()?.errorText ?? "failed"));

  return {
    /** Starts a page view: the requests from now on are its own. */
    view(name, path) {
      view = { name, path, startMs: now(), shownMs: null, idle: null, requests: [] };
      views.push(view);
      return view;
    },
    /** Waits until nothing is in flight and nothing has started or ended for QUIET_MS. */
    async idle() {
      const from = now();
      for (;;) {
        const inFlight = [...records.values()].some((r) => r.endMs === null);
        if (!inFlight && now() - lastActivity >= QUIET_MS) break;
        if (now() - from >= IDLE_MAX_MS) {
          view.idle = { ms: now() - from, reached: false };
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      view.idle = { ms: now() - from, reached: true };
    },
    /** Every view with its figures; requests still pending now count as never finished. */
    results() {
      return views.map(({ requests, startMs, ...rest }) => ({
        ...rest,
        ...summarizeView(requests),
        log: requests.map((r) => ({
          ...r,
          startMs: r.startMs - startMs,
          endMs: r.endMs === null ? null : r.endMs - startMs,
        })),
      }));
    },
  };
}

/** Waits until React has hydrated the page's forms: a click before that does nothing. */
async function waitForHydration(page) {
  await page.waitForFunction(
    () => {
      const forms = Array.from(document.querySelectorAll("main form"));
      return (
        forms.length > 0 &&
        forms.every((el) => Object.keys(el).some((key) => key.startsWith("__reactProps")))
      );
    },
    undefined,
    { timeout: STEP_MS },
  );
}

/**
 * Waits until the page at `path` is shown, whether the browser loaded a new document or
 * the router swapped the page in place: the URL, the load event, a headline (`title`
 * when given, else any other than `notTitle`) and, when given, `text` in <main>. An alert
 * in <main> (a refused sign-in) ends the wait at once with its message.
 */
async function waitUntilShown(page, { path, title = null, notTitle = null, text = null }) {
  try {
    await page.waitForURL((url) => url.pathname === path, { waitUntil: "load", timeout: STEP_MS });
  } catch (error) {
    // Still on the page we left: a refused sign-in says why in an alert.
    const alert = await page
      .locator('main [role="alert"]')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    throw alert ? new Error(`the page says: ${alert.trim()}`) : error;
  }
  const handle = await page.waitForFunction(
    ({ path, title, notTitle, text }) => {
      const main = document.querySelector("main");
      const alert = main?.querySelector('[role="alert"]')?.textContent?.trim();
      if (alert) return { alert };
      const h1 = (main?.querySelector("h1") ?? document.querySelector("h1"))?.textContent?.trim();
      return (
        location.pathname === path &&
        Boolean(h1) &&
        (title === null || h1 === title) &&
        (notTitle === null || h1 !== notTitle) &&
        (text === null || (main?.innerText ?? "").includes(text)) && { shown: true }
      );
    },
    { path, title, notTitle, text },
    { timeout: STEP_MS, polling: 25 },
  );
  const outcome = await handle.jsonValue();
  if (outcome.alert) throw new Error(`the page says: ${outcome.alert}`);
}

/** A visible link to another article than `slug`: the Related cards' first, else any. */
function linkToAnotherArticle(page, slug) {
  return page.evaluate((current) => {
    const links = Array.from(document.querySelectorAll('a[href^="/articles/"]')).filter(
      (a) =>
        a.getClientRects().length > 0 &&
        getComputedStyle(a).visibility !== "hidden" &&
        a.getAttribute("href").split(/[/?#]/)[2] !== current,
    );
    const related = links.find((a) => a.closest('section[aria-labelledby="related-heading"]'));
    return (related ?? links[0])?.getAttribute("href") ?? null;
  }, slug);
}

/** One journey, as `as` ("subscriber" or "reader", accounts from the dataset's meta). */
async function journey(browser, origin, meta, as) {
  const account = meta.accounts[as];
  const article = meta.known.subscriberArticle;
  const articlePath = `/articles/${article.slug}`;
  const subscriber = as === "subscriber";
  const out = {
    as,
    email: account.email,
    article: articlePath,
    nextArticle: null,
    signInMs: null,
    landing: null,
    edition: null,
    me: null,
    error: null,
    views: [],
  };
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(STEP_MS);
  const network = recordNetwork(context, origin);
  const page = await context.newPage();
  let step = "opening the article anonymously";
  try {
    const anonymous = await page.goto(articlePath);
    if (!anonymous?.ok()) throw new Error(`${articlePath} answered HTTP ${anonymous?.status()}`);

    step = "opening the sign-in page";
    const signInPath = `/signin?from=${encodeURIComponent(articlePath)}`;
    const signInView = network.view("sign-in page", signInPath);
    const response = await page.goto(signInPath);
    if (!response?.ok()) throw new Error(`${signInPath} answered HTTP ${response?.status()}`);
    await waitForHydration(page);
    // A document load: shown at its load event, timed by the browser from the navigation.
    signInView.shownMs = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType("navigation");
      return nav ? Math.round(nav.loadEventStart) : null;
    });
    // A person takes seconds to type; the page's own requests finish meanwhile.
    await network.idle();

    step = "signing in";
    await page.getByLabel("Email", { exact: true }).fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    const articleView = network.view("article after sign-in", articlePath);
    const clicked = performance.now();
    await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
    step = subscriber
      ? "waiting for the article with its full text"
      : "waiting for the article after signing in";
    await waitUntilShown(page, {
      path: articlePath,
      title: article.title,
      text: subscriber ? article.marker : null,
    });
    out.signInMs = Math.round(performance.now() - clicked);
    articleView.shownMs = out.signInMs;
    out.landing = articleView.requests.some((r) => r.kind === "document" && r.path === articlePath)
      ? "document"
      : "client";
    await network.idle();
    const fullText = (await page.locator("main").innerText()).includes(article.marker);
    out.edition = { fullText };

    step = "following a link to another article";
    const href = await linkToAnotherArticle(page, article.slug);
    if (!href) throw new Error("no visible link to another article on the page");
    const nextPath = new URL(href, origin).pathname;
    out.nextArticle = nextPath;
    const nextView = network.view("next article", href);
    const followed = performance.now();
    await page
      .locator(`a[href=${JSON.stringify(href)}]`)
      .first()
      .click();
    await waitUntilShown(page, { path: nextPath, notTitle: article.title });
    nextView.shownMs = Math.round(performance.now() - followed);
    await network.idle();
  } catch (error) {
    const message = String(error?.message ?? error).split("\n")[0];
    out.error = `${step}: ${message}`;
  } finally {
    out.views = network.results();
    try {
      // Outside the page (not recorded): who the server thinks is signed in, at the end.
      const me = await (await context.request.get("/api/me")).json();
      out.me = me.user ?? null;
    } catch {
      // The server answered something else than JSON; the journey's error says more.
    }
    await context.close();
  }
  return out;
}

/**
 * Both journeys against the server at `origin` (the main dataset's), or a skipped result
 * with the reason when Chromium is missing or does not start.
 */
export async function runJourneys({ origin, meta, log = () => {} }) {
  const executablePath = chromiumPath();
  const skipped = (reason) => {
    log(`journey skipped: ${reason}`);
    return { executablePath, browserVersion: null, skipped: reason, runs: [] };
  };
  if (!fs.existsSync(executablePath))
    return skipped(
      `no Chromium at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        "(or set CHROMIUM_PATH to a Chromium or Chrome binary) to measure the journey.",
    );
  let browser;
  try {
    const { chromium } = await import("@playwright/test");
    // Our own signal handlers stop everything in order (processes.mjs); Playwright's would
    // exit the process first. Its exit handler still kills the browser as a last resort.
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    return skipped(
      `Chromium at ${executablePath} did not start (${String(error?.message ?? error).split("\n")[0]}).`,
    );
  }
  let closing;
  const close = () => (closing ??= browser.close().catch(() => {}));
  const closeOnCleanup = onCleanup("close Chromium", () => void close());
  try {
    const runs = [];
    for (const as of ["subscriber", "reader"]) {
      log(`journey as ${meta.accounts[as].email}`);
      const run = await journey(browser, origin, meta, as);
      log(
        run.error
          ? `  failed: ${run.error}`
          : `  sign-in → article shown in ${run.signInMs} ms (${run.landing} navigation)`,
      );
      runs.push(run);
    }
    return { executablePath, browserVersion: browser.version(), skipped: null, runs };
  } finally {
    closeOnCleanup();
    await close();
  }
}
