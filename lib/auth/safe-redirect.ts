/** A `from` parameter is followed only when it is a path on this site, never another origin. */
export function safeRedirectPath(from: string | null | undefined, fallback = "/"): string {
  if (!from || !from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\"))
    return fallback;
  return from.slice(0, 500);
}
