import { fileURLToPath } from "node:url";

const isDev = process.env.NODE_ENV === "development";

// Next.js inlines its React Server Component payload in <script> tags, so scripts need
// 'unsafe-inline' unless every page is rendered per request with a nonce, which would
// forfeit the page cache. 'unsafe-eval' is never allowed outside development.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self' https://github.com https://accounts.google.com",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets a second build live beside the main one (e.g. a browser-test build while
  // another server runs); defaults to .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native libSQL bindings must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "pg",
    "@prisma/adapter-pg",
    "sharp",
    "@node-rs/argon2",
    // Loaded by Node like the S3 client itself (external by Next's own list), so both share
    // one copy of the AWS SDK's runtime instead of a bundled second one.
    "@aws-sdk/lib-storage",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (tsc --noEmit, tests included) before anything
  // is built; checking again inside every build only made builds slower.
  typescript: { ignoreBuildErrors: true },
  // Pages are kept in memory once, by the page cache in front of Next.js
  // (scripts/page-cache.mjs, PAGE_CACHE_MB); Next.js's own copy of each (50 MB by default)
  // only doubled the server's memory. Its copies on disk stay and answer what that cache
  // does not keep (client navigations, first views).
  cacheMaxMemorySize: 0,
  // Several app servers (REDIS_URL set) share Next.js's cache through Redis, so a page
  // revalidated on one is stale on all; see cache-handler.mjs and docs/deploy.md.
  ...(process.env.REDIS_URL
    ? { cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)) }
    : {}),
  // Page 1 of an article has one address. Redirecting here rather than from the ISR
  // page avoids Next.js sending Location twice on an uncached render (vercel/next.js#82117).
  async redirects() {
    return [{ source: "/articles/:slug/1", destination: "/articles/:slug", permanent: true }];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
