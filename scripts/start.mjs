// `npm start`: prepare the database (migrate, seed demo content when empty), build the
// app if there is no production build yet, then serve it on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { withAuthEnv } from "./auth-secret.mjs";
import { startScheduler, withSchedulerSecret } from "./scheduler.mjs";
import { serverProcess } from "./server-process.mjs";
import { createRedis, redisUrl, schedulerLease } from "../lib/cluster/redis.mjs";

const env = withSchedulerSecret(withAuthEnv(process.env));
const nextBin = "node_modules/next/dist/bin/next";
const step = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step(["scripts/prepare-db.mjs"]);
if (!existsSync(".next/BUILD_ID") || process.env.FORCE_BUILD === "true") {
  console.log("No production build yet: building (about a minute)…");
  step([nextBin, "build"]);
}
const port = process.env.PORT ?? "3000";
const [nodeArgs, serverEnv] = serverProcess(["--port", port], env);
const server = spawn(process.execPath, nodeArgs, { stdio: "inherit", env: serverEnv });
// With several app servers (REDIS_URL), one scheduler among them ticks at a time.
const redis = redisUrl();
// The scheduler asks the server on the address it listens on: HOSTNAME, the server's
// private address behind nginx (docs/deploy.md), or all addresses, loopback among them.
const host =
  !process.env.HOSTNAME || process.env.HOSTNAME === "0.0.0.0" ? "127.0.0.1" : process.env.HOSTNAME;
const stopScheduler = startScheduler({
  origin: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
  secret: env.SCHEDULER_SECRET,
  lease: redis ? schedulerLease(createRedis(redis, "scheduler")) : undefined,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => {
  stopScheduler();
  process.exit(code ?? 0);
});
