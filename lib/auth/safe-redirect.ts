/**
 * A `from` parameter is followed only when it is a path on this site, never another
 * origin. Browsers drop tabs and newlines inside URLs ("/\t/evil.com" is "//evil.com"),
 * so the path is resolved the way a browser would and its origin compared.
 */
export function safeRedirectPath(from: string | null | undefined, fallback = "/"): string {
  if (!from || !from.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(from)) return fallback;
  const base = "http://same-origin.invalid";
  let resolved: URL;
  try {
    resolved = new URL(from, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base || from.startsWith("//")) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`.slice(0, 500);
}
