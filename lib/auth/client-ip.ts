/** Set by scripts/serve.mjs from the connection itself; a client's own value is replaced. */
export const CLIENT_IP_HEADER = "x-meridian-client-ip";

/**
 * The client's address for rate limiting. Behind scripts/serve.mjs (every production
 * server) it is the address serve.mjs worked out from the socket and the trusted proxies'
 * X-Forwarded-For hops (scripts/client-address.mjs), which a client cannot forge. Elsewhere
 * (next dev) the first X-Forwarded-For hop, else X-Real-IP, else "direct" (unknown: no
 * proxy told us). lib/users/authenticate.ts does not count "direct" per IP, since that
 * bucket would be everyone's.
 */
export function clientIp(
  headers: Headers | Record<string, string | string[] | undefined> | undefined,
): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const fromServer = get(CLIENT_IP_HEADER);
  if (fromServer) return fromServer.slice(0, 64);
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || get("x-real-ip") || "direct").slice(0, 64);
}
