// Generates the benchmark dataset into its own SQLite file:
//   node --import tsx scripts/bench/generate-data.ts --out /tmp/bench.db [--articles 10k] …
// The schema comes from the real migrations (prisma migrate deploy against that file); the
// rows are written with batched multi-row INSERTs in transactions straight through
// @libsql/client, which is what makes 10,000 articles and 100,000 readers take about a
// minute instead of an hour of Prisma creates. Writes <out>.meta.json with what the
// benchmark needs to know (article slugs, search words, the bench accounts).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { hashPassword } from "../../lib/auth/password";
import { parseFlags, usage } from "./args.mjs";
import { writeContent } from "./dataset/content";
import { ADMIN_QUERY } from "./dataset/names";
import { writePeople, type BenchAccounts } from "./dataset/people";
import { createRandom } from "./dataset/random";
import { buildTextModel, RARE_WORD } from "./dataset/text";

// prettier-ignore
const FLAGS = {
  out: { type: "string", help: "SQLite file to create (required; never ./data/app.db)" },
  articles: { type: "number", default: 10_000, help: "articles (a third multi-page, 20% subscriber-only)" },
  readers: { type: "number", default: 100_000, help: "reader accounts" },
  subscriptions: { type: "number", default: 50_000, help: "subscriptions, each with its payments" },
  authors: { type: "number", default: 200, help: "authors" },
  topics: { type: "number", default: 24, help: "topics" },
  tags: { type: "number", default: 50, help: "tags" },
  seed: { type: "number", default: 1, help: "PRNG seed: the same seed gives the same text" },
  salt: { type: "string", help: "suffix for slugs (default random), so cached pages of another dataset never match" },
  force: { type: "boolean", default: false, help: "replace --out if it exists" },
  help: { type: "boolean", default: false, help: "show this help" },
} as const;

/** The bench accounts' password: long enough for the app's rules; in the meta file. */
const BENCH_PASSWORD = "bench-password-not-secret";

const accounts: BenchAccounts = {
  admin: { email: "bench-admin@example.com", password: BENCH_PASSWORD },
  subscriber: { email: "bench-subscriber@example.com", password: BENCH_PASSWORD },
  reader: { email: "bench-reader@example.com", password: BENCH_PASSWORD },
};

function prepareFile(out: string, force: boolean) {
  const file = path.resolve(out);
  if (file === path.resolve("data/app.db"))
    throw new Error("Refusing to write the benchmark dataset into ./data/app.db");
  const siblings = ["", "-wal", "-shm", "-journal"].map((suffix) => file + suffix);
  if (fs.existsSync(file)) {
    if (!force) throw new Error(`${file} exists; pass --force to replace it`);
    siblings.forEach((f) => fs.rmSync(f, { force: true }));
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

async function main() {
  const flags = parseFlags(process.argv.slice(2), FLAGS);
  if (flags.help || !flags.out) {
    console.log(usage("node --import tsx scripts/bench/generate-data.ts", FLAGS));
    process.exit(flags.help ? 0 : 2);
  }
  // The benchmark's fixed articles sit a dozen from the newest end; fewer would overlap.
  if (flags.articles < 20) throw new Error("--articles must be at least 20");
  const file = prepareFile(flags.out, flags.force);
  const url = `file:${file}`;
  const salt: string = flags.salt ?? randomBytes(3).toString("hex").slice(0, 4);
  const timings: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  const lap = (label: string) => {
    const now = performance.now();
    timings[label] = Math.round(now - mark);
    mark = now;
  };

  // The real migrations, through the same path as `npm run db:migrate`.
  const migrate = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "deploy"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (migrate.status !== 0) {
    process.stderr.write(migrate.stdout + migrate.stderr);
    throw new Error("prisma migrate deploy failed");
  }
  lap("migrate");

  const client = createClient({ url });
  // Bulk-load settings: no journal and no fsync while loading (a failed run is simply
  // deleted), a large page cache for the index B-trees. WAL is switched on at the end,
  // as the app runs with it (prisma/seed/run.ts).
  await client.execute("PRAGMA journal_mode=OFF");
  await client.execute("PRAGMA synchronous=OFF");
  await client.execute("PRAGMA cache_size=-262144");

  const [benchHash, readerHash] = await Promise.all([
    hashPassword(BENCH_PASSWORD),
    // One hash for every reader: their passwords are never used, but the rows should be
    // the size real rows are. Hashing 100,000 times would cost minutes for nothing.
    hashPassword(randomBytes(18).toString("base64url")),
  ]);
  const model = buildTextModel();
  lap("prepare");

  const now = new Date();
  const random = createRandom(flags.seed);
  const progress = (label: string, done: number, total: number) => {
    if (process.stdout.isTTY) process.stdout.write(`\r  ${label}: ${done}/${total}   `);
  };
  const known = await writeContent(
    client,
    random,
    model,
    { articles: flags.articles, authors: flags.authors, topics: flags.topics, tags: flags.tags },
    { now, salt, onProgress: (done) => progress("articles", done, flags.articles) },
  );
  if (process.stdout.isTTY) process.stdout.write("\n");
  lap("articles");
  const billing = await writePeople(
    client,
    random,
    { readers: flags.readers, subscriptions: flags.subscriptions },
    {
      now,
      accounts,
      hashes: { bench: benchHash, reader: readerHash },
      onProgress: (label, done) => progress(label, done, flags.readers),
    },
  );
  if (process.stdout.isTTY) process.stdout.write("\n");
  lap("readers");

  // No ANALYZE: a database grown by the app has no planner statistics either, and the
  // benchmark should see the query plans production sees.
  // The full-text tables were filled in thousands of batches, each a new segment; FTS5
  // merges them only as later writes come. An import is followed by 'optimize' (as the
  // SQLite docs advise), so searches read the index a settled database would have.
  for (const table of ["ArticleSearch", "UserSearch"])
    await client.execute(`INSERT INTO "${table}" ("${table}") VALUES ('optimize')`);
  await client.execute("PRAGMA journal_mode=WAL");
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  const counts: Record<string, number> = {};
  for (const table of ["Article", "ArticleSearch", "User", "Subscription", "Payment"]) {
    const result = await client.execute(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(result.rows[0]!.n);
  }
  client.close();
  // Gigabytes of freshly written pages would otherwise be flushed by the kernel while the
  // first pages are being measured, and charged to them.
  for (const suffix of ["", "-wal"]) {
    if (!fs.existsSync(file + suffix)) continue;
    const fd = fs.openSync(file + suffix, "r+");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  }
  lap("finish");
  timings.total = Math.round(performance.now() - started);

  const meta = {
    file,
    generatedAt: now.toISOString(),
    seed: flags.seed,
    salt,
    sizes: {
      articles: flags.articles,
      readers: flags.readers,
      subscriptions: flags.subscriptions,
      authors: flags.authors,
      topics: flags.topics,
      tags: flags.tags,
    },
    counts: { ...counts, payments: billing.payments },
    bytes: fs.statSync(file).size,
    accounts,
    known,
    search: { common: model.commonWord, rare: RARE_WORD },
    adminQuery: ADMIN_QUERY,
    timingsMs: timings,
  };
  fs.writeFileSync(`${file}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `Generated ${file} (${(meta.bytes / 1_048_576).toFixed(0)} MB): ` +
      Object.entries(counts)
        .map(([table, n]) => `${n} ${table}`)
        .join(", "),
  );
  console.log(
    "Timings: " +
      Object.entries(timings)
        .map(([label, ms]) => `${label} ${seconds(ms)}`)
        .join(", "),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
