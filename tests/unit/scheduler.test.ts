import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startScheduler } from "../../scripts/scheduler.mjs";

// The server's clock (scripts/scheduler.mjs): with a lease (several app servers) only the
// holder ticks and gives the lease up; a scheduler that cannot reach its server says so.
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
});

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

function lease(answer: boolean) {
  return { taken: 0, released: 0, async take() { this.taken += 1; return answer; }, async release() { this.released += 1; } }; // prettier-ignore
}

async function tickServer(status: number) {
  let ticks = 0;
  const server = http.createServer((_req, res) => {
    ticks += 1;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify({ published: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stops.push(() => server.close());
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, ticks: () => ticks };
}

describe("the scheduler", () => {
  it("ticks only while it holds the lease, and never gives up a lease it was refused", async () => {
    const server = await tickServer(200);
    const refused = lease(false);
    stops.push(startScheduler({ origin: server.origin, secret: "s", intervalMs: 10, lease: refused })); // prettier-ignore
    await until(() => refused.taken >= 5);
    expect(server.ticks()).toBe(0);
    expect(refused.released).toBe(0);

    const holder = lease(true);
    stops.push(startScheduler({ origin: server.origin, secret: "s", intervalMs: 10, lease: holder })); // prettier-ignore
    await until(() => server.ticks() >= 3);
    expect(holder.released).toBe(0);
  });

  it("gives the lease up after a failed tick, so another server's scheduler takes over", async () => {
    const server = await tickServer(500);
    const holder = lease(true);
    vi.spyOn(console, "error").mockImplementation(() => {});
    stops.push(startScheduler({ origin: server.origin, secret: "s", intervalMs: 10, lease: holder })); // prettier-ignore
    await until(() => holder.released >= 2);
  });

  it("reports a server it keeps failing to reach, instead of staying silent", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    // A port nothing listens on (a scheduler asking the wrong address).
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    stops.push(startScheduler({ origin, secret: "s", intervalMs: 10 }));
    const mine = () => errors.mock.calls.map(([line]) => String(line)).filter((line) => line.includes(origin)); // prettier-ignore
    await until(() => mine().length > 0);
    expect(mine()[0]).toBe(`[scheduler] ${origin}/api/internal/tick failed 3 times: ECONNREFUSED`);
  });
});
