import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEditionResolver, withTimeout } from "../../scripts/reader-editions.mjs";

type Decision = { edition: string; until: number };

const HOUR = 60 * 60 * 1000;

/**
 * The parts createEditionResolver is given, as fakes the test steers: a clock, the data
 * version counter (moved by the test as the database triggers would on a write) and the
 * app's decision, counting how often each is asked.
 */
function fakes(decide?: (token: string) => Promise<Decision> | Decision) {
  const state = { clock: 1_000_000, version: 1 as number, resolves: 0, versionReads: 0 };
  const now = () => state.clock;
  const dataVersion = vi.fn(async () => {
    state.versionReads += 1;
    return state.version;
  });
  const resolve = vi.fn(async (token: string) => {
    state.resolves += 1;
    return decide ? decide(token) : subscriberFor();
  });
  /** A subscriber's decision that holds for an hour from the fake clock. */
  function subscriberFor(ms = HOUR): Decision {
    return { edition: "subscriber", until: state.clock + ms };
  }
  return { state, now, dataVersion, resolve, subscriberFor };
}

/** A promise the test settles when it likes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  // Failures are logged by the resolver; the tests check what it answers instead.
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("reusing a decision", () => {
  it("decides once per token while the data version stands", async () => {
    const { state, now, dataVersion, resolve } = fakes((token) => ({
      edition: token === "sub" ? "subscriber" : "public",
      until: state.clock + HOUR,
    }));
    const editions = createEditionResolver({ resolve, dataVersion, now });
    for (let i = 0; i < 20; i += 1) {
      expect(await editions.editionFor("sub")).toBe("subscriber");
      expect(await editions.editionFor("reader")).toBe("public");
      state.clock += 1_000;
    }
    expect(resolve.mock.calls.map(([token]) => token)).toEqual(["sub", "reader"]);
    // The counter is read on every request: that is what makes reuse safe.
    expect(state.versionReads).toBe(40);
  });

  it("decides again once the data version moves, then reuses the new decision", async () => {
    let edition = "subscriber";
    const { state, now, dataVersion, resolve } = fakes(() => ({
      edition,
      until: state.clock + HOUR,
    }));
    const editions = createEditionResolver({ resolve, dataVersion, now });
    expect(await editions.editionFor("t")).toBe("subscriber");
    // A refund is written: the triggers move the counter.
    edition = "public";
    state.version = 2;
    expect(await editions.editionFor("t")).toBe("public");
    expect(await editions.editionFor("t")).toBe("public");
    expect(state.resolves).toBe(2);
    // A version that goes anywhere else (a restored database) counts as a move too.
    state.version = 1;
    edition = "subscriber";
    expect(await editions.editionFor("t")).toBe("subscriber");
    expect(state.resolves).toBe(3);
  });

  it("decides again once the decision's own `until` passes, with no write at all", async () => {
    let edition = "subscriber";
    const { state, now, dataVersion, resolve } = fakes(() => ({
      edition,
      until: state.clock + 5_000, // the paid period ends in 5 s
    }));
    const editions = createEditionResolver({ resolve, dataVersion, now });
    expect(await editions.editionFor("t")).toBe("subscriber");
    state.clock += 4_999;
    expect(await editions.editionFor("t")).toBe("subscriber");
    expect(state.resolves).toBe(1);
    edition = "public";
    state.clock += 1; // exactly at `until`: no longer held
    expect(await editions.editionFor("t")).toBe("public");
    expect(state.resolves).toBe(2);
  });

  it("keeps nothing whose `until` has already passed when it is decided", async () => {
    const { state, now, dataVersion, resolve } = fakes(() => ({
      edition: "subscriber",
      until: state.clock - 1,
    }));
    const editions = createEditionResolver({ resolve, dataVersion, now });
    await editions.editionFor("t");
    await editions.editionFor("t");
    expect(state.resolves).toBe(2);
  });

  it("reuses a decision no longer than maxAgeMs, however far away its `until`", async () => {
    const { state, now, dataVersion, resolve, subscriberFor } = fakes();
    resolve.mockImplementation(async () => {
      state.resolves += 1;
      return subscriberFor(365 * 24 * HOUR);
    });
    const editions = createEditionResolver({ resolve, dataVersion, now, maxAgeMs: 1_000 });
    await editions.editionFor("t");
    state.clock += 999;
    await editions.editionFor("t");
    expect(state.resolves).toBe(1);
    state.clock += 1;
    await editions.editionFor("t");
    expect(state.resolves).toBe(2);
  });

  it("counts maxAgeMs from when the decision began, not when it finished", async () => {
    const { state, now, dataVersion, subscriberFor } = fakes();
    const resolve = vi.fn(async () => {
      state.clock += 600; // a slow decision
      return subscriberFor(HOUR);
    });
    const editions = createEditionResolver({ resolve, dataVersion, now, maxAgeMs: 1_000 });
    await editions.editionFor("t");
    state.clock += 399; // 999 ms after it began
    await editions.editionFor("t");
    expect(resolve).toHaveBeenCalledTimes(1);
    state.clock += 1;
    await editions.editionFor("t");
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it("reuses nothing without a data version", async () => {
    const { now, resolve } = fakes();
    const editions = createEditionResolver({ resolve, now });
    for (let i = 0; i < 3; i += 1) expect(await editions.editionFor("t")).toBe("subscriber");
    expect(resolve).toHaveBeenCalledTimes(3);
  });

  it("forgets everything on clear()", async () => {
    const { now, dataVersion, resolve } = fakes();
    const editions = createEditionResolver({ resolve, dataVersion, now });
    await editions.editionFor("t");
    editions.clear();
    await editions.editionFor("t");
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it("remembers at most maxEntries sessions, dropping the least recently used", async () => {
    const { now, dataVersion, resolve } = fakes();
    const editions = createEditionResolver({ resolve, dataVersion, now, maxEntries: 2 });
    await editions.editionFor("a");
    await editions.editionFor("b");
    await editions.editionFor("a");
    await editions.editionFor("c"); // drops b
    expect(resolve).toHaveBeenCalledTimes(3);
    await editions.editionFor("a");
    await editions.editionFor("c");
    expect(resolve).toHaveBeenCalledTimes(3);
    await editions.editionFor("b");
    expect(resolve).toHaveBeenCalledTimes(4);
  });
});

describe("a write while deciding", () => {
  it("does not reuse a decision made while the data version moved", async () => {
    let edition = "subscriber";
    const { state, now, dataVersion, resolve } = fakes();
    resolve.mockImplementation(async () => {
      state.resolves += 1;
      const decision = { edition, until: state.clock + HOUR };
      // The cancellation commits just after the subscription was read.
      if (state.resolves === 1) {
        state.version += 1;
        edition = "public";
      }
      return decision;
    });
    const editions = createEditionResolver({ resolve, dataVersion, now });
    expect(await editions.editionFor("t")).toBe("subscriber"); // what was true when read
    expect(await editions.editionFor("t")).toBe("public");
    expect(await editions.editionFor("t")).toBe("public");
    expect(state.resolves).toBe(2);
  });

  it("does not hand a decision begun before a write to a request that came after it", async () => {
    const { state, now, dataVersion } = fakes();
    const first = deferred<Decision>();
    const answers = [first.promise];
    const resolve = vi.fn(
      () => answers.shift() ?? Promise.resolve({ edition: "public", until: Infinity }),
    );
    const editions = createEditionResolver({ resolve, dataVersion, now });
    const before = editions.editionFor("t");
    await vi.waitFor(() => expect(resolve).toHaveBeenCalledTimes(1));
    state.version = 2; // the refund commits
    expect(await editions.editionFor("t")).toBe("public");
    first.resolve({ edition: "subscriber", until: state.clock + HOUR });
    expect(await before).toBe("subscriber");
    expect(resolve).toHaveBeenCalledTimes(2);
    // And the late answer from version 1 is not reused at version 2.
    expect(await editions.editionFor("t")).toBe("public");
  });
});

describe("requests arriving together", () => {
  it("share one decision per token", async () => {
    const { state, now, dataVersion } = fakes();
    const pending = deferred<Decision>();
    const resolve = vi.fn((_token: string) => pending.promise);
    const editions = createEditionResolver({ resolve, dataVersion, now });
    const all = Array.from({ length: 50 }, () => editions.editionFor("t"));
    const other = editions.editionFor("u");
    await vi.waitFor(() => expect(resolve).toHaveBeenCalledTimes(2));
    pending.resolve({ edition: "subscriber", until: state.clock + HOUR });
    expect(await Promise.all(all)).toEqual(Array(50).fill("subscriber"));
    expect(await other).toBe("subscriber");
    expect(resolve.mock.calls.map(([token]) => token)).toEqual(["t", "u"]);
    // Once settled, nothing is left in flight: a write makes the next one decide again.
    state.version = 2;
    await editions.editionFor("t");
    expect(resolve).toHaveBeenCalledTimes(3);
  });

  it("share a failure too, and the next request after it tries again", async () => {
    const { state, now, dataVersion } = fakes();
    const pending = deferred<Decision>();
    const resolve = vi.fn(() => pending.promise);
    const editions = createEditionResolver({ resolve, dataVersion, now });
    const all = Array.from({ length: 10 }, () => editions.editionFor("t"));
    await vi.waitFor(() => expect(resolve).toHaveBeenCalledTimes(1));
    pending.reject(new Error("database is locked"));
    expect(await Promise.all(all)).toEqual(Array(10).fill("public"));
    resolve.mockResolvedValueOnce({ edition: "subscriber", until: state.clock + HOUR });
    expect(await editions.editionFor("t")).toBe("subscriber");
    expect(resolve).toHaveBeenCalledTimes(2);
  });
});

describe("failures give the public edition", () => {
  it("when the decision throws, remembering nothing", async () => {
    const { state, now, dataVersion } = fakes();
    const resolve = vi
      .fn<(token: string) => Promise<Decision>>()
      .mockRejectedValueOnce(new Error("database is locked"))
      .mockImplementation(async () => ({ edition: "subscriber", until: state.clock + HOUR }));
    const editions = createEditionResolver({ resolve, dataVersion, now });
    expect(await editions.editionFor("t")).toBe("public");
    expect(await editions.editionFor("t")).toBe("subscriber");
    expect(resolve).toHaveBeenCalledTimes(2);
    expect(console.error).toHaveBeenCalled();
  });

  it("when the decision throws before returning a promise", async () => {
    const { now, dataVersion } = fakes();
    const resolve = vi.fn((): Promise<Decision> => {
      throw new Error("not a function of a token");
    });
    const editions = createEditionResolver({ resolve, dataVersion, now });
    expect(await editions.editionFor("t")).toBe("public");
    expect(await editions.editionFor("t")).toBe("public");
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it("when the decision never comes, after timeoutMs, remembering nothing", async () => {
    const { state, now, dataVersion } = fakes();
    const resolve = vi
      .fn<(token: string) => Promise<Decision>>()
      .mockReturnValueOnce(new Promise<Decision>(() => {}))
      .mockImplementation(async () => ({ edition: "subscriber", until: state.clock + HOUR }));
    const editions = createEditionResolver({ resolve, dataVersion, now, timeoutMs: 30 });
    const started = performance.now();
    expect(await editions.editionFor("t")).toBe("public");
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(25);
    expect(waited).toBeLessThan(1_000);
    // The hung decision is not left in flight for the next request to wait on.
    expect(await editions.editionFor("t")).toBe("subscriber");
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it("but an unreadable data version still gets a decision, never reused", async () => {
    const { now, resolve } = fakes();
    const dataVersion = vi.fn(async (): Promise<number> => {
      throw new Error("database is locked");
    });
    const editions = createEditionResolver({ resolve, dataVersion, now });
    for (let i = 0; i < 3; i += 1) expect(await editions.editionFor("t")).toBe("subscriber");
    expect(resolve).toHaveBeenCalledTimes(3);
  });

  it("and so does a data version that never answers, after timeoutMs", async () => {
    const { now, resolve } = fakes();
    const dataVersion = vi.fn(() => new Promise<number>(() => {}));
    const editions = createEditionResolver({ resolve, dataVersion, now, timeoutMs: 20 });
    expect(await editions.editionFor("t")).toBe("subscriber");
    expect(await editions.editionFor("t")).toBe("subscriber");
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it("a version read that fails after one that worked does not reuse the earlier decision", async () => {
    let edition = "subscriber";
    const { state, now, dataVersion, resolve } = fakes(() => ({
      edition,
      until: state.clock + HOUR,
    }));
    const editions = createEditionResolver({ resolve, dataVersion, now });
    expect(await editions.editionFor("t")).toBe("subscriber");
    edition = "public";
    dataVersion.mockRejectedValueOnce(new Error("database is locked"));
    expect(await editions.editionFor("t")).toBe("public");
    expect(resolve).toHaveBeenCalledTimes(2);
  });
});

describe("withTimeout", () => {
  it("passes on an answer in time, and rejects once the time is up", async () => {
    expect(await withTimeout(Promise.resolve(7), 20)).toBe(7);
    await expect(withTimeout(Promise.reject(new Error("no")), 20)).rejects.toThrow("no");
    await expect(withTimeout(new Promise(() => {}), 20)).rejects.toThrow(/within 20 ms/);
  });
});
