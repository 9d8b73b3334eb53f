import { NextResponse, type NextRequest } from "next/server";

/**
 * Optimistic redirect only: a visitor with no session cookie at all is sent to sign in
 * before a protected page renders. This is not the security boundary; every page and
 * action checks the user itself (lib/auth/current-user.ts).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?from=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/account/:path*", "/editor/:path*", "/admin/:path*"] };
