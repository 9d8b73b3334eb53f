import { NextResponse, type NextRequest } from "next/server";

/**
 * Two jobs, both keyed on whether a session cookie is present (not on whether it is
 * valid; every page checks the user itself, lib/auth/current-user.ts):
 *
 * 1. Protected areas: a visitor with no session cookie at all is sent to sign in before
 *    the page renders.
 * 2. Reader pages: the front page and articles exist twice. Anonymous visitors get the
 *    cached page, which holds only the teaser and shows ads. Signed-in readers are
 *    rewritten to app/(site)/member/…, rendered per reader, so subscribers read the whole
 *    text and see no ads, and their pages are never stored in the shared cache.
 */
export const REQUEST_PATH_HEADER = "x-request-path";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PROTECTED = /^\/(account|editor|admin)(\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));

  if (!PROTECTED.test(pathname)) {
    if (!signedIn) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = pathname === "/" ? "/member" : `/member${pathname}`;
    return NextResponse.rewrite(url);
  }

  const path = pathname + search;
  if (signedIn) {
    // Layouts do not know the URL; they read it here to send a refused visitor to sign in
    // and back to the very page they asked for. Always overwritten, never trusted further.
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, path);
    return NextResponse.next({ request: { headers } });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?from=${encodeURIComponent(path)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/", "/articles/:path*", "/account/:path*", "/editor/:path*", "/admin/:path*"],
};
