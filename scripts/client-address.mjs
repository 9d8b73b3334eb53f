// The address a request really came from, for per-address rate limits. X-Forwarded-For
// is a list each proxy appends to, so only its last hops, those written by proxies we run,
// can be believed; anything before them is whatever the client sent. TRUSTED_PROXY_HOPS
// says how many proxies stand in front of this server (0 when clients connect directly,
// 1 behind one nginx, as in docs/deploy.md).

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
