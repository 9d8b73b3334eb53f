// `npm run test:postgres`: the integration suite on PostgreSQL, against a server of its
// own started here (scripts/db/postgres-server.mjs) and removed afterwards. Extra
// arguments go to vitest (a file to run, --reporter=…). npm test runs it after SQLite's.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startPostgresServer } from "./postgres-server.mjs";
import { freePort } from "../bench/server.mjs";

const dir = path.resolve(".test-data", `postgres-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const logFile = path.join(path.dirname(dir), `postgres-${process.pid}.log`);
const server = await startPostgresServer({
  dir,
  port: await freePort(),
  database: "postgres",
  log: fs.openSync(logFile, "w"),
  // A test database is thrown away: durability only costs time.
  settings: ["fsync=off", "synchronous_commit=off", "full_page_writes=off"],
});
let status = 1;
try {
  const args = process.argv.slice(2);
  const result = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", ...(args.length ? args : ["tests/integration"])],
    { stdio: "inherit", env: { ...process.env, TEST_POSTGRES_URL: server.url("postgres") } },
  );
  status = result.status ?? 1;
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
