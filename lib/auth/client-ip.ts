/**
 * The client's address for rate limiting: the first X-Forwarded-For hop when a proxy set
 * it, else X-Real-IP, else "direct" (unknown: no proxy told us). lib/users/authenticate.ts
 * does not count "direct" per IP, since that bucket would be everyone's.
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
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || get("x-real-ip") || "direct").slice(0, 64);
}
