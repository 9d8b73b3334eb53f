import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestTokenSchema } from "@/lib/idempotency/processed-requests";
import { newRequestToken } from "@/lib/idempotency/request-token";

/** The browser-made one-time tokens must pass the server's check and never repeat. */
describe("newRequestToken", () => {
  afterEach(() => vi.unstubAllGlobals());

  const assertTokens = () => {
    const tokens = Array.from({ length: 500 }, () => newRequestToken());
    for (const token of tokens) expect(RequestTokenSchema.safeParse(token).success).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  };

  it("makes valid, distinct tokens where crypto.randomUUID exists", () => {
    assertTokens();
  });

  it("makes valid, distinct tokens over plain http, where only getRandomValues exists", () => {
    const real = globalThis.crypto;
    vi.stubGlobal("crypto", {
      getRandomValues: (array: Uint8Array) => real.getRandomValues(array),
      randomUUID: undefined,
    });
    assertTokens();
    expect(newRequestToken()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
  });
});
