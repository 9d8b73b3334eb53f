// The address a request really came from, for per-address rate limits. X-Forwarded-For
// is a list each proxy appends to, so only its last hops, those written by proxies we run,
// can be believed; anything before them is whatever the client sent. TRUSTED_PROXY_HOPS
// says how many proxies stand in front of this server (0 when clients connect directly,
// 1 behind one nginx, as in docs/deploy.md). Plain ESM: scripts/serve.mjs works the address
// out, lib/auth/client-ip.ts reads it.

/** Set by scripts/serve.mjs on every request it hands to Next.js. */
export const CLIENT_IP_HEADER = "x-meridian-client-ip";
/**
 * Marks the process as one whose requests all pass serve.mjs, which sets (or removes) the
 * header; anywhere else (next dev, next start) a client could send the header itself.
 */
export const CLIENT_IP_SET_KEY = Symbol.for("meridian.client-ip-set");

/** @param {string | undefined} value */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS) {
  const hops = Number(value ?? 0);
  if (!Number.isInteger(hops) || hops < 0)
    throw new Error("TRUSTED_PROXY_HOPS must be a whole number (0 without a proxy).");
  return hops;
}

/**
 * @param {string | string[] | undefined} forwardedFor the request's X-Forwarded-For
 * @param {string | undefined} socketAddress who connected to us
 * @param {number} hops trusted proxies in front of us
 */
export function clientAddress(forwardedFor, socketAddress, hops) {
  const listed = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...listed, socketAddress ?? "direct"];
  // The socket is the nearest hop; each trusted proxy vouches for the one before it.
  return chain[Math.max(0, chain.length - 1 - hops)];
}
