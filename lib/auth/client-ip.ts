import { CLIENT_IP_HEADER, CLIENT_IP_SET_KEY } from "./client-address.mjs";

/**
 * The client's address for rate limiting. Behind scripts/serve.mjs with TRUSTED_PROXY_HOPS
 * set, it is the address serve.mjs worked out from the socket and the trusted proxies'
 * X-Forwarded-For hops (lib/auth/client-address.mjs), which a client cannot forge.
 * Otherwise (TRUSTED_PROXY_HOPS unset, next dev) the first X-Forwarded-For hop, else X-Real-IP, else "direct" (unknown: no
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
  const fromServer = (globalThis as { [CLIENT_IP_SET_KEY]?: boolean })[CLIENT_IP_SET_KEY]
    ? get(CLIENT_IP_HEADER)
    : undefined;
  if (fromServer) return fromServer.slice(0, 64);
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || get("x-real-ip") || "direct").slice(0, 64);
}
