import { test, expect } from "@playwright/test";
import { connectRedis, schedulerLease } from "../../lib/cluster/redis.mjs";
import { clusterInfo } from "./cluster";

/**
 * The scheduler's lease in Redis (lib/cluster/redis.mjs): of the schedulers asking, one
 * gets it and keeps it on each later call, and every other keeps being told no, until the
 * holder gives it up (its server failed a tick) or stops renewing it.
 *
 * The cluster's own two schedulers hold the lease in their Redis database the whole time,
 * so the two holders here use the same Redis server in the next database number, where
 * the same key is theirs alone.
 */
test("two schedulers asking for the lease: one gets it and keeps it, the other keeps being refused until it is given up", async () => {
  const url = new URL(clusterInfo().redisUrl);
  url.pathname = `/${(Number(url.pathname.slice(1) || 0) + 1) % 16}`;
  const clients = await Promise.all([
    connectRedis(url.href, "lease-test-1"),
    connectRedis(url.href, "lease-test-2"),
  ]);
  try {
    // This database is the test's own: empty it, so no lease from an earlier attempt holds.
    await clients[0].flushDb();
    const leases = clients.map((client) => schedulerLease(client));

    // Both ask at the same moment: exactly one is given the lease.
    const first = await Promise.all(leases.map((lease) => lease.take()));
    expect(first.filter(Boolean), `answers ${JSON.stringify(first)}`).toHaveLength(1);
    const holder = first.indexOf(true);
    const other = 1 - holder;

    // The holder keeps it on each next call; the other keeps being refused.
    for (let round = 1; round <= 5; round++) {
      const [holderAnswer, otherAnswer] = await Promise.all([
        leases[holder]!.take(),
        leases[other]!.take(),
      ]);
      expect(holderAnswer, `round ${round}: the holder keeps the lease`).toBe(true);
      expect(otherAnswer, `round ${round}: the other is refused`).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // A holder whose server failed its tick gives the lease up: the other gets it at once.
    await leases[holder]!.release();
    expect(await leases[other]!.take(), "the other takes a released lease").toBe(true);
    expect(await leases[holder]!.take(), "and the first is refused now").toBe(false);
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
});
