import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_IP_HEADER,
  CLIENT_IP_SET_KEY,
  clientAddress,
  trustedProxyHops,
} from "../../lib/auth/client-address.mjs";
import { clientIp } from "../../lib/auth/client-ip";

describe("the client's address for rate limits", () => {
  it("is the socket's address when no proxy is trusted, whatever the client claims", () => {
    expect(clientAddress("6.6.6.6", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("is the hop our one proxy wrote, not what the client put before it", () => {
    // A client that sends its own X-Forwarded-For: nginx appends the real address.
    expect(clientAddress("6.6.6.6, 198.51.100.7", "127.0.0.1", 1)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "127.0.0.1", 1)).toBe("198.51.100.7");
    expect(clientAddress(["6.6.6.6", "198.51.100.7"], "127.0.0.1", 1)).toBe("198.51.100.7");
  });

  it("falls back to the farthest hop when fewer hops came than proxies are trusted", () => {
    expect(clientAddress(undefined, "127.0.0.1", 2)).toBe("127.0.0.1");
  });

  it("refuses a TRUSTED_PROXY_HOPS that is not a whole number", () => {
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(() => trustedProxyHops("one")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  const flags = globalThis as { [CLIENT_IP_SET_KEY]?: boolean };
  afterEach(() => {
    delete flags[CLIENT_IP_SET_KEY];
  });

  it("is what the app reads, ahead of any forwarded header, where serve.mjs sets it", () => {
    flags[CLIENT_IP_SET_KEY] = true;
    const headers = new Headers({
      [CLIENT_IP_HEADER]: "198.51.100.7",
      "x-forwarded-for": "6.6.6.6",
    });
    expect(clientIp(headers)).toBe("198.51.100.7");
  });

  it("is never taken from the header where serve.mjs does not set it (next dev)", () => {
    const forged = new Headers({
      [CLIENT_IP_HEADER]: "7.7.7.7",
      "x-forwarded-for": "198.51.100.7",
    });
    expect(clientIp(forged)).toBe("198.51.100.7");
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "7.7.7.7" }))).toBe("direct");
  });
});
