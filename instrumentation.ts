import { EDITION_RESOLVER_KEY } from "./lib/editions/edition-routes.mjs";

/**
 * Runs once when the server starts (Next.js calls it from app.prepare()). The page cache
 * in front of Next.js (scripts/serve.mjs) decides each request's edition before Next.js
 * sees it, but the decision belongs to the app's own code (sessions, entitlements), so
 * the app hands it over here, in the same process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { editionForSessionToken } = await import("./lib/subscriptions/reader-edition");
  (globalThis as Record<symbol, unknown>)[EDITION_RESOLVER_KEY] = editionForSessionToken;
}
