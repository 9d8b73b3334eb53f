import { afterEach, describe, expect, it, vi } from "vitest";

/** lib/env.ts as a server starting with these S3_* variables (and no others) would read it. */
async function start(vars: Record<string, string>) {
  for (const name of Object.keys(process.env)) if (name.startsWith("S3_")) delete process.env[name];
  Object.assign(process.env, vars);
  vi.resetModules();
  return import("@/lib/storage/s3");
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

const keys = { S3_ACCESS_KEY_ID: "key-id", S3_SECRET_ACCESS_KEY: "secret" };

describe("S3 settings", () => {
  it("are off without S3_BUCKET: files stay on disk", async () => {
    const { s3SettingsFromEnv, configuredS3Bucket } = await start({});
    expect(s3SettingsFromEnv()).toBeNull();
    expect(configuredS3Bucket()).toBeNull();
  });

  it("use path-style addresses with an endpoint (MinIO, Ceph), virtual hosts on AWS, unless told", async () => {
    const minio = await start({
      S3_BUCKET: "meridian",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      ...keys,
    });
    expect(minio.s3SettingsFromEnv()).toEqual({
      bucket: "meridian",
      endpoint: "http://127.0.0.1:9000",
      region: "us-east-1",
      accessKeyId: "key-id",
      secretAccessKey: "secret",
      forcePathStyle: true,
      prefix: "",
    });
    const aws = await start({ S3_BUCKET: "meridian", S3_REGION: "eu-west-1", ...keys });
    expect(aws.s3SettingsFromEnv()).toMatchObject({ region: "eu-west-1", forcePathStyle: false });
    const r2 = await start({
      S3_BUCKET: "meridian",
      S3_ENDPOINT: "https://account.r2.cloudflarestorage.com",
      S3_FORCE_PATH_STYLE: "false",
      S3_PREFIX: "meridian/production",
      ...keys,
    });
    expect(r2.s3SettingsFromEnv()).toMatchObject({
      forcePathStyle: false,
      prefix: "meridian/production",
    });
    expect(r2.configuredS3Bucket()).toMatchObject({
      bucket: "meridian",
      root: "meridian/production/",
    });
  });

  it("without keys, leave credentials to the SDK's default chain (an IAM role)", async () => {
    const role = await start({ S3_BUCKET: "meridian" });
    expect(role.s3SettingsFromEnv()).toMatchObject({
      bucket: "meridian",
      accessKeyId: undefined,
      secretAccessKey: undefined,
    });
  });

  it.each([
    [
      "a bucket with only the key id",
      { S3_BUCKET: "meridian", S3_ACCESS_KEY_ID: "key-id" },
      /S3_SECRET_ACCESS_KEY is needed with S3_ACCESS_KEY_ID/,
    ],
    [
      "a bucket with only the secret",
      { S3_BUCKET: "meridian", S3_SECRET_ACCESS_KEY: "secret" },
      /S3_ACCESS_KEY_ID is needed with S3_SECRET_ACCESS_KEY/,
    ],
    [
      "an endpoint without a bucket",
      { S3_ENDPOINT: "http://127.0.0.1:9000", ...keys },
      /S3_ENDPOINT is set but S3_BUCKET is not/,
    ],
    ["a bucket name S3 would refuse", { S3_BUCKET: "My_Bucket", ...keys }, /bucket name/],
    [
      "an endpoint that is not http(s)",
      { S3_BUCKET: "meridian", S3_ENDPOINT: "ftp://files", ...keys },
      /S3_ENDPOINT must be an http/,
    ],
    [
      "a prefix that climbs",
      { S3_BUCKET: "meridian", S3_PREFIX: "../other", ...keys },
      /S3_PREFIX must be folder names/,
    ],
    [
      "a path style that is not true or false",
      { S3_BUCKET: "meridian", S3_FORCE_PATH_STYLE: "yes", ...keys },
      /S3_FORCE_PATH_STYLE/,
    ],
  ])("stop the server at start for %s, naming the variable", async (_name, vars, message) => {
    await expect(start(vars)).rejects.toThrow(message);
  });
});
