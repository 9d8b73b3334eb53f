// Which edition of the reader pages a session gets, remembered between requests.
//
// Deciding costs a token decryption and two database reads (the person, their
// subscriptions): about a millisecond, too much to pay on every page a reader opens when
// the page itself is answered from memory in a tenth of that. So a decision is kept per
// session token and reused while both hold:
//   - the data version (a counter moved by database triggers on every write to accounts,
//     subscriptions, plans and payments, whoever writes) is where it stood before the
//     decision was made: a cancellation, refund, new subscription, disabled account or
//     password change ends reuse on the reader's next request;
//   - the decision's own `until` has not passed: the end of a paid period (or its renewal
//     grace) or the token's expiry, which arrive without any write.
// Without a data version nothing is reused. Every failure (a stalled counter read, a
// resolver that throws or hangs) gives the public edition: never more than the reader may
// see, and every request is answered.
import { LRUCache } from "lru-cache";

/** `promise`, or a rejection once `ms` have passed. */
export function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * @param {{
 *   resolve: (token: string) => Promise<{ edition: string, until: number }>,
 *   dataVersion?: () => Promise<number | string>,
 *   now?: () => number,
 *   maxEntries?: number,
 *   maxAgeMs?: number,
 *   timeoutMs?: number,
 *   versionTimeoutMs?: number,
 * }} options `timeoutMs` bounds a decision, `versionTimeoutMs` the counter read before it
 */
export function createEditionResolver({
  resolve,
  dataVersion,
  now = Date.now,
  maxEntries = 50_000,
  maxAgeMs = 10 * 60 * 1000,
  timeoutMs = 1_000,
  versionTimeoutMs = 250,
}) {
  const decisions = new LRUCache({ max: maxEntries });
  // Fifty requests of one reader arriving together after a write share one decision.
  const inFlight = new Map();

  async function decide(token, version) {
    const startedAt = now();
    const decision = await withTimeout(resolve(token), timeoutMs);
    if (version !== undefined) {
      const until = Math.min(decision.until, startedAt + maxAgeMs);
      if (until > now()) decisions.set(token, { edition: decision.edition, until, version });
    }
    return decision.edition;
  }

  return {
    /** The edition for `token`; "public" when it cannot be known. */
    async editionFor(token) {
      // Read before deciding: a write during the decision leaves it outdated at once.
      let version;
      if (dataVersion)
        version = await withTimeout(dataVersion(), versionTimeoutMs).catch((error) => {
          console.error("Data version unreadable; deciding without reuse:", error);
          return undefined;
        });
      try {
        const known = decisions.get(token);
        if (known && known.version === version && known.until > now()) return known.edition;
        const key = `${version} ${token}`;
        let pending = inFlight.get(key);
        if (!pending) {
          pending = decide(token, version).finally(() => inFlight.delete(key));
          inFlight.set(key, pending);
        }
        return await pending;
      } catch (error) {
        console.error("Could not decide a reader's edition; serving the public one:", error);
        return "public";
      }
    },
    /** Forgets every decision (tests). */
    clear() {
      decisions.clear();
    },
  };
}
