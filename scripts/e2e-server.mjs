// The server Playwright tests run against: a fresh temporary database and uploads folder
// filled with the demo content, a production build made against it, then scripts/serve.mjs (as `npm start`).
// Refuses any DATABASE_URL that is not a local file it created itself.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startScheduler, withSchedulerSecret } from "./scheduler.mjs";
import { serverProcess } from "./server-process.mjs";

// Emails go to the server log when SMTP is not configured; browser tests read links from
// this copy of it (tests/e2e/server-log.ts).
const E2E_SERVER_LOG = path.resolve(process.env.E2E_SERVER_LOG ?? ".test-data/e2e-server.log");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meridian-e2e-"));
const env = withSchedulerSecret({
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "app.db")}`,
  UPLOADS_DIR: path.join(dir, "uploads"),
  DEMO_MODE: "true",
  SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  // Subscription tests move a reader's billing through time (app/api/internal/test-clock).
  ENABLE_TEST_CLOCK: "true",
  PRIVATE_FILES_DIR: path.join(dir, "private"),
});
env.NEXTAUTH_URL = env.SITE_URL;
const step = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step(["scripts/prepare-db.mjs"]);
if (process.env.E2E_SKIP_BUILD !== "true") step(["node_modules/next/dist/bin/next", "build"]);
const [nodeArgs, serverEnv] = serverProcess(
  ["--port", env.SITE_URL.split(":").pop(), "--hostname", "127.0.0.1"],
  env,
);
const server = spawn(process.execPath, nodeArgs, {
  stdio: ["ignore", "pipe", "pipe"],
  env: serverEnv,
});
fs.mkdirSync(path.dirname(E2E_SERVER_LOG), { recursive: true });
const log = fs.createWriteStream(E2E_SERVER_LOG);
for (const [from, to] of [
  [server.stdout, process.stdout],
  [server.stderr, process.stderr],
]) {
  from.on("data", (chunk) => {
    log.write(chunk);
    to.write(chunk);
  });
}
// Ticks every second so tests of scheduled publishing wait no longer than they must.
const stopScheduler = startScheduler({
  origin: env.SITE_URL,
  secret: env.SCHEDULER_SECRET,
  intervalMs: 1000,
});
const stop = () => {
  stopScheduler();
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    stop();
    process.exit(0);
  });
server.on("exit", (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
