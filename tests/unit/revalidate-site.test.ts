import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPageCache, PAGE_CACHE_KEY } from "../../scripts/page-cache.mjs";

// revalidateSite runs inside Next.js; here its two Next.js calls are recorded instead, and
// the page cache is the real one, registered where scripts/serve.mjs registers it.
const calls: string[] = [];
const afterResponse: (() => void)[] = [];
vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type: string) => calls.push(`revalidatePath ${path} ${type}`),
}));
vi.mock("next/server", () => ({ after: (task: () => void) => afterResponse.push(task) }));

const { revalidateSite } = await import("@/lib/articles/revalidate-site");

describe("revalidateSite and the shared page cache", () => {
  beforeEach(() => {
    calls.length = 0;
    afterResponse.length = 0;
  });

  it("marks every page stale and empties the cache now and once the response is sent", () => {
    const cache = createPageCache();
    const clear = vi.spyOn(cache, "clear");
    (globalThis as Record<symbol, unknown>)[PAGE_CACHE_KEY] = cache;
    try {
      revalidateSite();
      expect(calls).toEqual(["revalidatePath / layout"]);
      expect(clear).toHaveBeenCalledTimes(1);
      expect(afterResponse).toHaveLength(1);
      afterResponse[0]!();
      expect(clear).toHaveBeenCalledTimes(2);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[PAGE_CACHE_KEY];
    }
  });

  it("works where no cache runs (next dev, scripts)", () => {
    expect(() => revalidateSite()).not.toThrow();
    expect(() => afterResponse[0]!()).not.toThrow();
  });
});
