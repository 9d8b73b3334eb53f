import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.mjs";

/** nginx's port; the two app servers listen on PORT + 101 and PORT + 102. */
export const CLUSTER_PORT = Number(process.env.CLUSTER_PORT ?? 3500);
export const CLUSTER_DIR = ".test-data/cluster-e2e";
/**
 * Stripe's webhook signing secret for the cluster (tests/cluster/webhook-once.spec.ts signs
 * its events with it). The servers get a Stripe key so that /api/webhooks/stripe accepts
 * events; their Stripe API points at a closed local port, so nothing leaves the machine and
 * a test whose event would need the API fails instead of reaching api.stripe.com.
 */
export const STRIPE_WEBHOOK_SECRET = "whsec_cluster_e2e";

/**
 * The S3-compatible storage both app servers keep uploads and private files in
 * (tests/cluster/fake-s3-server.ts; tests/support/fake-s3.ts for what it is): the servers
 * share no disk, as on two machines. s3rver's fixed credentials.
 */
export const FAKE_S3 = {
  port: CLUSTER_PORT + 112,
  bucket: "meridian-test",
  prefix: "cluster",
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER",
};

/** The test that kills app server A; it runs in a project of its own, after all the others. */
const KILL_TEST = "kill-one-server.spec.ts";

/**
 * Browser tests against the production shape (issue 15): two app servers behind nginx on
 * PostgreSQL and Redis, started fresh by scripts/cluster.mjs. They serve the main suite's
 * production build (.next; `npm test` runs that suite first), which cluster.mjs makes only
 * if there is none. Tests reach each server directly on its port and both through nginx on
 * CLUSTER_PORT; tests/cluster/cluster.ts reads cluster.json.
 */
export default defineConfig({
  testDir: "tests/cluster",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // The tests share two servers and one database's counters: one test at a time.
  workers: 1,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/cluster-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${CLUSTER_PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: "cluster",
      testIgnore: KILL_TEST,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    {
      // Server A stays dead after this test, so it runs once every other test (and any
      // retry of one) is done. Playwright skips it if a test of "cluster" failed.
      name: "kill-one-server",
      testMatch: KILL_TEST,
      dependencies: ["cluster"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
  ],
  // Started in this order, each once the one before answers.
  webServer: [
    {
      command: "node --import tsx tests/cluster/fake-s3-server.ts",
      port: FAKE_S3.port,
      env: { FAKE_S3_PORT: String(FAKE_S3.port) },
      reuseExistingServer: false,
      // It removes its temporary folder on SIGTERM; SIGKILL would leave it in /tmp.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      stdout: "pipe",
    },
    {
      command: `node scripts/cluster.mjs --port ${CLUSTER_PORT} --dir ${CLUSTER_DIR} --fresh`,
      url: `http://127.0.0.1:${CLUSTER_PORT}/api/health`,
      env: {
        S3_BUCKET: FAKE_S3.bucket,
        S3_ENDPOINT: `http://127.0.0.1:${FAKE_S3.port}`,
        S3_ACCESS_KEY_ID: FAKE_S3.accessKeyId,
        S3_SECRET_ACCESS_KEY: FAKE_S3.secretAccessKey,
        S3_PREFIX: FAKE_S3.prefix,
        SCHEDULER_INTERVAL_MS: "1000",
        ENABLE_TEST_CLOCK: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        STRIPE_SECRET_KEY: "sk_test_cluster_e2e",
        STRIPE_WEBHOOK_SECRET,
        STRIPE_API_HOST: "127.0.0.1",
        STRIPE_API_PORT: "1",
        STRIPE_API_PROTOCOL: "http",
      },
      timeout: 600_000,
      reuseExistingServer: false,
      // cluster.mjs runs each part in a process group of its own and stops them all on
      // SIGTERM, waiting for them; Playwright's default SIGKILL would leave them running.
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      stdout: "pipe",
    },
  ],
});
