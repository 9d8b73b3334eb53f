import { afterEach, describe, expect, it, vi } from "vitest";

/** lib/env.ts reads the environment once, at import: each case imports afresh. */
async function enabledWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  const { testClockEnabled } = await import("@/lib/subscriptions/test-clock");
  return testClockEnabled();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the test clock's guard", () => {
  it("is on only when asked for, and never with a live Stripe key", async () => {
    expect(await enabledWith({ ENABLE_TEST_CLOCK: "true", STRIPE_SECRET_KEY: undefined })).toBe(
      true,
    );
    expect(await enabledWith({ ENABLE_TEST_CLOCK: "true", STRIPE_SECRET_KEY: "sk_test_1" })).toBe(
      true,
    );
    expect(await enabledWith({ ENABLE_TEST_CLOCK: "true", STRIPE_SECRET_KEY: "sk_live_1" })).toBe(
      false,
    );
    expect(await enabledWith({ ENABLE_TEST_CLOCK: undefined, STRIPE_SECRET_KEY: undefined })).toBe(
      false,
    );
  });
});
