import { describe, expect, it } from "vitest";
import {
  EDITION_PREFIX,
  EDITIONS,
  editionPath,
  hasEditions,
  isEdition,
  isInternalEditionPath,
  sameSecret,
  sessionTokenOf,
} from "../../lib/editions/edition-routes.mjs";

describe("which addresses exist in editions", () => {
  const READER_PAGES = [
    "/",
    "/articles/a",
    "/articles/a/3",
    "/topics/t",
    "/topics/t/2",
    "/authors/a",
    "/authors/a/2",
    "/latest/2",
    "/search",
    "/subscribe",
    "/issues",
    "/issues/x",
    "/issues/x/read",
    "/issues/year/2026",
  ];
  const OTHER_PAGES = [
    "/issues/x/pdf",
    "/subscribe/digital-yearly",
    "/subscribe/checkout/1",
    "/account",
    "/account/billing",
    "/admin",
    "/admin/subscriptions",
    "/editor/articles/1",
    "/api/me",
    "/api/auth/session",
    "/edition/public",
    "/edition/subscriber/articles/a",
    "/feed.xml",
    "/media/a.webp",
    "/signin",
    "/signup",
    // Near misses: one segment too many or too few, a trailing slash, no page number.
    "/articles",
    "/articles/a/3/4",
    "/articles/a/",
    "/topics",
    "/authors",
    "/latest",
    "/issues/x/read/2",
    "/search/x",
    "//articles/a",
  ];

  it.each(READER_PAGES)("%s is a reader page in editions", (pathname) => {
    expect(hasEditions(pathname)).toBe(true);
  });

  it.each(OTHER_PAGES)("%s is not", (pathname) => {
    expect(hasEditions(pathname)).toBe(false);
  });

  it("is asked the path alone: a query string is not part of it", () => {
    expect(hasEditions("/search?q=salt")).toBe(false);
    expect(hasEditions("/search")).toBe(true);
  });
});

describe("edition paths", () => {
  it("names exactly the three editions, public first", () => {
    expect(EDITIONS).toEqual(["public", "member", "subscriber"]);
    expect(isEdition("public")).toBe(true);
    expect(isEdition("member")).toBe(true);
    expect(isEdition("subscriber")).toBe(true);
    for (const other of ["", "Subscriber", "admin", "public ", undefined, null])
      expect(isEdition(other as string)).toBe(false);
  });

  it("maps a public address to its edition's internal path", () => {
    expect(editionPath("public", "/")).toBe("/edition/public");
    expect(editionPath("subscriber", "/")).toBe("/edition/subscriber");
    expect(editionPath("subscriber", "/articles/a/3")).toBe("/edition/subscriber/articles/a/3");
    expect(editionPath("public", "/issues/year/2026")).toBe("/edition/public/issues/year/2026");
  });

  it("recognises every internal edition path, and nothing that merely starts alike", () => {
    expect(EDITION_PREFIX).toBe("/edition");
    for (const inside of [
      "/edition",
      "/edition/",
      "/edition/public",
      "/edition/subscriber/articles/a",
      "/edition/anything",
      editionPath("subscriber", "/"),
    ])
      expect(isInternalEditionPath(inside)).toBe(true);
    for (const outside of ["/", "/editions", "/editionx/public", "/articles/edition", "/editor"])
      expect(isInternalEditionPath(outside)).toBe(false);
  });
});

describe("the session token in a Cookie header", () => {
  it("finds the plain and the __Secure- cookie", () => {
    expect(sessionTokenOf("next-auth.session-token=abc")).toBe("abc");
    expect(sessionTokenOf("__Secure-next-auth.session-token=sec")).toBe("sec");
  });

  it("finds it among other cookies, whatever the spacing", () => {
    expect(sessionTokenOf("theme=dark; next-auth.session-token=abc; lang=en")).toBe("abc");
    expect(sessionTokenOf("theme=dark;next-auth.session-token=abc;lang=en")).toBe("abc");
    expect(sessionTokenOf("a=1;  __Secure-next-auth.session-token=sec  ; b=2")).toBe("sec");
    // A token's own "=" padding or dots are kept.
    expect(sessionTokenOf("next-auth.session-token=eyJ.a.b==")).toBe("eyJ.a.b==");
  });

  it("joins a chunked token (.0, .1, …) in order, whatever order the cookies come in", () => {
    expect(sessionTokenOf("next-auth.session-token.0=aaa; next-auth.session-token.1=bbb")).toBe(
      "aaabbb",
    );
    expect(
      sessionTokenOf(
        "x=1; next-auth.session-token.2=ccc; next-auth.session-token.0=aaa; next-auth.session-token.1=bbb",
      ),
    ).toBe("aaabbbccc");
    expect(
      sessionTokenOf(
        "__Secure-next-auth.session-token.1=second; __Secure-next-auth.session-token.0=first",
      ),
    ).toBe("firstsecond");
    // Chunks stop at the first missing number: a stray .2 without .1 is not part of it.
    expect(sessionTokenOf("next-auth.session-token.0=aaa; next-auth.session-token.2=ccc")).toBe(
      "aaa",
    );
    // Without a .0 there is no token.
    expect(sessionTokenOf("next-auth.session-token.1=bbb")).toBeNull();
  });

  it("is null without a session cookie", () => {
    expect(sessionTokenOf(undefined)).toBeNull();
    expect(sessionTokenOf(null)).toBeNull();
    expect(sessionTokenOf("")).toBeNull();
    expect(sessionTokenOf("theme=dark; lang=en")).toBeNull();
    expect(sessionTokenOf("next-auth.session-token=")).toBeNull();
    expect(sessionTokenOf("next-auth.csrf-token=abc; next-auth.callback-url=%2F")).toBeNull();
    expect(sessionTokenOf("my-next-auth.session-token=abc")).toBeNull();
    expect(sessionTokenOf("next-auth.session-token-old=abc")).toBeNull();
  });
});

describe("sameSecret", () => {
  it("is true only for two equal strings", () => {
    expect(sameSecret("proof-123", "proof-123")).toBe(true);
    expect(sameSecret("", "")).toBe(true);
    expect(sameSecret("proof-123", "proof-124")).toBe(false);
    expect(sameSecret("proof-123", "Proof-123")).toBe(false);
    expect(sameSecret("proof-123", "proof-12")).toBe(false);
    expect(sameSecret("proof-12", "proof-123")).toBe(false);
    expect(sameSecret("proof", "")).toBe(false);
  });

  it("is false for anything that is not a string", () => {
    expect(sameSecret(null as unknown as string, "proof")).toBe(false);
    expect(sameSecret("proof", null as unknown as string)).toBe(false);
    expect(sameSecret(undefined as unknown as string, undefined as unknown as string)).toBe(false);
    expect(sameSecret(["proof"] as unknown as string, "proof")).toBe(false);
  });
});
