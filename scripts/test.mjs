// `npm test`: type check, lint, unit + integration tests (Vitest) on SQLite, the
// integration tests again on PostgreSQL (`npm run test:postgres`), browser tests
// (Playwright against a production build), then browser tests on two app servers behind
// nginx on PostgreSQL and Redis (`npm run test:cluster`, reusing that build). Ends with one
// line "N passed, N failed" totalling every suite; the type check and lint count as one each.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { chromiumPath } from "./chromium.mjs";

const chromium = chromiumPath();
let passed = 0;
let failed = 0;
const bin = (name) => `node_modules/.bin/${name}`;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

fs.rmSync("test-results", { recursive: true, force: true });
fs.mkdirSync("test-results", { recursive: true });

check("Type check (tsc)", bin("tsc"), ["--noEmit"]);
check("Lint (eslint)", bin("eslint"), ["--max-warnings", "0", "."]);

const vitestOk = run("Unit and integration tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/vitest-results.json",
]);
countVitest(vitestOk, "test-results/vitest-results.json");

// The same integration tests on PostgreSQL, on a server the script starts itself.
const postgresOk = run("Integration tests on PostgreSQL (vitest)", process.execPath, [
  "scripts/db/test-postgres.mjs",
  "tests/integration",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/vitest-postgres-results.json",
]);
countVitest(postgresOk, "test-results/vitest-postgres-results.json");

function countVitest(ok, file) {
  const results = readJson(file);
  if (results) {
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A suite that failed to load has no tests to count; count it as a failure.
    if (!ok && results.numFailedTests === 0) failed += 1;
  } else if (!ok) failed += 1;
}

function countPlaywright(ok, file) {
  const results = readJson(file);
  if (results?.stats) {
    passed += results.stats.expected + (results.stats.flaky ?? 0);
    failed += results.stats.unexpected;
    if (!ok && results.stats.unexpected === 0) failed += 1;
  } else if (!ok) failed += 1;
}

if (!fs.existsSync(chromium)) {
  console.log(
    `\n✗ Browser tests need Chromium at ${chromium}. Install it with: apt-get install -y chromium`,
  );
  console.log("  (or set CHROMIUM_PATH to another Chromium or Chrome binary)");
  failed += 1;
} else {
  const e2eOk = run("Browser tests (playwright)", bin("playwright"), ["test"]);
  countPlaywright(e2eOk, "test-results/e2e-results.json");
  const clusterOk = run("Browser tests on two servers (playwright, cluster)", bin("playwright"), [
    "test",
    "-c",
    "playwright.cluster.config.ts",
  ]);
  countPlaywright(clusterOk, "test-results/cluster-results.json");
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
