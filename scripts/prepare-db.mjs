// Brings the database up to date: creates ./data, applies migrations, then (prisma/seed/run.ts)
// fills in what migrations cannot (default plans; search rows built from article bodies)
// and seeds demo content on an empty database in demo mode. Safe to run at every start.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { databaseUrl } from "./database-url.mjs";
import { migrate } from "./db/migrate.mjs";

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(
      `\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status ?? 1);
  }
};

const url = databaseUrl();
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
  mkdirSync(dir, { recursive: true });
}
await migrate(url).catch((error) => {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
});
run(process.execPath, ["--import", "tsx", "prisma/seed/run.ts"]);
