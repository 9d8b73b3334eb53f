import { NextResponse, type NextRequest } from "next/server";
import {
  EDITION_HEADER,
  EDITION_PROOF_HEADER,
  EDITION_PROOF_KEY,
  EDITION_RESOLVER_KEY,
  editionPath,
  hasEditions,
  isEdition,
  isInternalEditionPath,
  sameSecret,
  sessionTokenOf,
  type Edition,
} from "./lib/editions/edition-routes.mjs";

/**
 * Two jobs:
 *
 * 1. Reader pages exist in editions (lib/editions/edition-routes.mjs): the front page,
 *    articles, topics, authors, issues, search and the plans page are rewritten to
 *    app/(editions)/edition/<edition>/…, "subscriber" (whole text, no ads) for readers
 *    whose subscription gives it, "public" (teaser, ads) for everyone else. Each edition
 *    is rendered once and cached; nothing in it is personal.
 * 2. Protected areas: a visitor with no session cookie at all is sent to sign in before
 *    the page renders (every page still checks the user itself, lib/auth/current-user.ts).
 */
export const REQUEST_PATH_HEADER = "x-request-path";

const PROTECTED = /^\/(account|editor|admin)(\/|$)/;

type Resolver = (token: string) => Promise<{ edition: Edition }>;
const registered = globalThis as {
  [EDITION_PROOF_KEY]?: string;
  [EDITION_RESOLVER_KEY]?: Resolver;
};

/**
 * The edition for this request. scripts/serve.mjs decides it before Next.js runs (and
 * caches pages by it); its header is believed only with the server's own proof beside it.
 * Served some other way (next dev), the same resolver is asked here.
 */
async function editionFor(request: NextRequest): Promise<Edition> {
  const claimed = request.headers.get(EDITION_HEADER);
  const proof = registered[EDITION_PROOF_KEY];
  if (proof && claimed && isEdition(claimed)) {
    if (sameSecret(request.headers.get(EDITION_PROOF_HEADER), proof)) return claimed;
  }
  const token = sessionTokenOf(request.headers.get("cookie"));
  const resolve = registered[EDITION_RESOLVER_KEY];
  if (!token || !resolve) return "public";
  return resolve(token).then(
    ({ edition }) => edition,
    () => "public",
  );
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (isInternalEditionPath(pathname)) {
    // Editions are reached only through the public addresses, never asked for by name.
    const url = request.nextUrl.clone();
    url.pathname = "/not-found";
    return NextResponse.rewrite(url, { status: 404 });
  }

  if (hasEditions(pathname)) {
    const edition = await editionFor(request);
    const url = request.nextUrl.clone();
    url.pathname = editionPath(edition, pathname);
    const response = NextResponse.rewrite(url);
    // The page cache files the answer under this edition only if it says the same.
    response.headers.set(EDITION_HEADER, edition);
    return response;
  }

  if (!PROTECTED.test(pathname)) return NextResponse.next();
  const path = pathname + search;
  if (sessionTokenOf(request.headers.get("cookie"))) {
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
  matcher: [
    "/",
    "/articles/:path*",
    "/authors/:path*",
    "/topics/:path*",
    "/latest/:path*",
    "/issues/:path*",
    "/search",
    "/subscribe",
    "/edition/:path*",
    "/edition",
    "/account/:path*",
    "/editor/:path*",
    "/admin/:path*",
  ],
};
