// Measures the JavaScript a page makes the browser download: every <script src> on the
// page, fetched and gzipped (level 9, as a CDN would serve it), plus the inline scripts
// (React Server Component payload). Usage:
//   node scripts/measure-js.mjs [baseUrl] [path ...]
// Defaults: http://localhost:3000 and an article page, the front page and search.
// `measure` is also used by the benchmark (scripts/bench/run.mjs), with session cookies.
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Bytes a browser downloads for `path` on `base`; `headers` (e.g. a cookie) go on every fetch. */
export async function measure(base, path, headers = {}) {
  const response = await fetch(base + path, { headers });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  // noModule scripts (legacy polyfills) are never fetched by browsers that run modules.
  const sources = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3]))
    .map((m) => m[2]);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join("");
  let external = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base), { headers })).arrayBuffer());
    external += gzipSync(body, { level: 9 }).length;
  }
  return {
    path,
    scripts: new Set(sources).size,
    externalGzip: external,
    inlineGzip: gzipSync(Buffer.from(inline), { level: 9 }).length,
    htmlGzip: gzipSync(Buffer.from(html), { level: 9 }).length,
  };
}

async function main() {
  const base = (process.argv[2] ?? "http://localhost:3000").replace(/\/$/, "");
  const paths =
    process.argv.length > 3
      ? process.argv.slice(3)
      : ["/articles/the-bond-that-built-the-bridge", "/", "/search?q=bridge", "/signin"];
  const rows = [];
  for (const path of paths) rows.push(await measure(base, path));
  console.log("| page | script files | JS (gzip) | inline RSC payload (gzip) | HTML (gzip) |");
  console.log("|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.path} | ${r.scripts} | ${kb(r.externalGzip)} | ${kb(r.inlineGzip)} | ${kb(r.htmlGzip)} |`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
