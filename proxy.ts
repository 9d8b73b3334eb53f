import { NextResponse, type NextRequest } from "next/server";

/**
 * Optimistic redirect only: a visitor with no session cookie at all is sent to sign in
 * before a protected page renders. This is not the security boundary; every page and
 * action checks the user itself (lib/auth/current-user.ts).
 */
export const REQUEST_PATH_HEADER = "x-request-path";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname + request.nextUrl.search;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
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

export const config = { matcher: ["/account/:path*", "/editor/:path*", "/admin/:path*"] };
