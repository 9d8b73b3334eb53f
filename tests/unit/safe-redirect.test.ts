import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

const ORIGIN = "https://magazine.example";
/** Where a browser would end up if it followed the path as a Location. */
const landsOn = (path: string) => new URL(path, ORIGIN).origin;

describe("safeRedirectPath", () => {
  it.each(["/account", "/articles/some-slug?page=2#comments", "/", "/search?q=%2F%2Fevil.com"])(
    "follows the site path %j",
    (path) => {
      expect(safeRedirectPath(path)).toBe(path);
      expect(landsOn(safeRedirectPath(path))).toBe(ORIGIN);
    },
  );

  it.each([
    "//evil.com",
    "//evil.com/account",
    "https://evil.com",
    "http://evil.com/",
    "/\\evil.com",
    "/\\/evil.com",
    "javascript:alert(1)",
    "evil.com",
    " /account",
    "",
  ])("refuses %j and falls back", (from) => {
    expect(safeRedirectPath(from)).toBe("/");
    expect(safeRedirectPath(from, "/account")).toBe("/account");
  });

  it("falls back on null and undefined", () => {
    expect(safeRedirectPath(null, "/home")).toBe("/home");
    expect(safeRedirectPath(undefined)).toBe("/");
  });

  it("caps the length at 500 characters", () => {
    const long = `/${"a".repeat(1000)}`;
    expect(safeRedirectPath(long)).toHaveLength(500);
  });

  it.each(["/\t/evil.com", "/\n/evil.com", "/\r/evil.com", "/\t\\evil.com"])(
    "never returns a path that lands on another origin: %j",
    (from) => {
      expect(landsOn(safeRedirectPath(from))).toBe(ORIGIN);
    },
  );
});

describe("clientIp", () => {
  it("takes the first X-Forwarded-For hop, trimmed", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1, 10.0.0.2" }))).toBe(
      "203.0.113.7",
    );
    expect(clientIp({ "x-forwarded-for": "198.51.100.4, 10.0.0.1" })).toBe("198.51.100.4");
  });

  it("reads the first value when a header arrives as an array", () => {
    expect(clientIp({ "x-forwarded-for": ["192.0.2.9, 10.0.0.1", "192.0.2.10"] })).toBe(
      "192.0.2.9",
    );
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientIp(new Headers({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientIp({ "x-real-ip": "192.0.2.2" })).toBe("192.0.2.2");
    expect(clientIp(new Headers())).toBe("direct");
    expect(clientIp({})).toBe("direct");
    expect(clientIp(undefined)).toBe("direct");
  });

  it("skips an empty first hop", () => {
    expect(clientIp({ "x-forwarded-for": " , 10.0.0.1", "x-real-ip": "192.0.2.3" })).toBe(
      "192.0.2.3",
    );
    expect(clientIp({ "x-forwarded-for": "" })).toBe("direct");
  });

  it("keeps IPv6 addresses whole", () => {
    expect(clientIp({ "x-forwarded-for": "2001:db8::1, 10.0.0.1" })).toBe("2001:db8::1");
  });

  it("caps what it returns at 64 characters, so a huge header cannot make huge keys", () => {
    expect(clientIp({ "x-forwarded-for": "x".repeat(5000) })).toHaveLength(64);
  });
});
