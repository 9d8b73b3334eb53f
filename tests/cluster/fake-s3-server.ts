// The cluster's S3-compatible storage (playwright.cluster.config.ts starts it before the
// cluster): tests/support/fake-s3.ts in a process of its own, on FAKE_S3_PORT, until
// Playwright stops it. Both app servers keep their uploads and private files in it, so a
// file one server stored can only reach the other through the bucket.
import { startFakeS3 } from "../support/fake-s3";

const port = Number(process.env.FAKE_S3_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error("FAKE_S3_PORT must be a port number");
const fake = await startFakeS3({ port });
console.log(`fake S3 on ${fake.settings.endpoint}, bucket ${fake.settings.bucket}`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    void fake.close().finally(() => process.exit(0));
  });
