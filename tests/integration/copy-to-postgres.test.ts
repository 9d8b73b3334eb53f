import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseEngine } from "@/lib/db-engine";
import { searchArticles } from "@/lib/search/search-articles";
import { copySqliteToPostgres } from "../../scripts/db/copy-to-postgres.mjs";
import { postgresPrefix, postgresUrlFor, TEST_DB_DIR, TEST_POSTGRES_URL } from "../setup/paths";

// Moving a magazine from the embedded SQLite to PostgreSQL (and the benchmark's PostgreSQL
// figures) rest on scripts/db/copy-to-postgres.mjs. The source is a small dataset from the
// bench's own generator: accounts, subscriptions with payments, multi-page and
// subscriber-only articles, and their search rows. The target is this file's PostgreSQL
// database, migrated and empty. Only the PostgreSQL run has a target.
const onPostgres = databaseEngine() === "postgres";
/** A word found only in the subscriber-only article's full text (its marker). */
const SALT = "zebrafinch";

type Meta = {
  known: { subscriberArticle: { slug: string; marker: string }; publicArticle: { slug: string } };
  search: { rare: string; common: string };
};

function generate(file: string): Meta {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/bench/generate-data.ts", "--out", file, "--force"].concat(
      ["--articles", "30", "--readers", "60", "--subscriptions", "25", "--authors", "6"],
      ["--salt", SALT],
    ),
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${file}` } },
  );
  if (result.status !== 0) throw new Error(result.stderr || result.stdout);
  return JSON.parse(fs.readFileSync(`${file}.meta.json`, "utf8")) as Meta;
}

async function sqliteCount(file: string, table: string) {
  const client = createClient({ url: `file:${file}` });
  const { rows } = await client.execute(`SELECT count(*) AS n FROM "${table}"`);
  client.close();
  return Number(rows[0]!.n);
}

async function postgresQuery<T extends pg.QueryResultRow>(
  sql: string,
  args: unknown[] = [],
  url = process.env.DATABASE_URL,
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, args)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(onPostgres)("copying a SQLite database into PostgreSQL", () => {
  const source = path.join(TEST_DB_DIR, `copy-source-${process.pid}.db`);
  let meta: Meta;
  let copied: Record<string, number>;

  beforeAll(async () => {
    meta = generate(source);
    copied = await copySqliteToPostgres({
      from: `file:${source}`,
      to: process.env.DATABASE_URL!,
      log: () => {},
    });
  }, 120_000);

  it("copies every row of every table, the search index included", async () => {
    // The dataset has rows in these; the loop below checks every table there is.
    for (const table of ["User", "Subscription", "Payment", "Article", "ArticleAuthor"])
      expect(copied[table], table).toBeGreaterThan(0);
    const [tables] = await postgresQuery<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name <> '_prisma_migrations'`,
    );
    expect(Object.keys(copied)).toHaveLength(Number(tables!.n));
    for (const table of Object.keys(copied)) {
      const expected = await sqliteCount(
        source,
        table === "ArticleSearch" ? "ArticleSearchPage" : table,
      );
      expect(copied[table], table).toBe(expected);
      const [row] = await postgresQuery<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      expect(Number(row!.n), table).toBe(expected);
    }
  });

  it("keeps dates, booleans and text as they were", async () => {
    const client = createClient({ url: `file:${source}` });
    const { rows } = await client.execute({
      sql: `SELECT "id", "slug", "publishedAt", "title" FROM "Article" WHERE "slug" = ?`,
      args: [meta.known.subscriberArticle.slug],
    });
    const { rows: ads } = await client.execute(`SELECT "id", "active" FROM "HouseAd"`);
    client.close();
    const article = await db.article.findUniqueOrThrow({
      where: { slug: meta.known.subscriberArticle.slug },
    });
    expect(article.id).toBe(rows[0]!.id);
    expect(article.title).toBe(rows[0]!.title);
    expect(article.publishedAt?.toISOString()).toBe(
      new Date(String(rows[0]!.publishedAt)).toISOString(),
    );
    expect(ads.length).toBeGreaterThan(0);
    for (const ad of ads) {
      const copiedAd = await db.houseAd.findUniqueOrThrow({ where: { id: String(ad.id) } });
      expect(copiedAd.active).toBe(Number(ad.active) === 1);
    }
  });

  it("serves search from the copied index, to each reader only what they may read", async () => {
    const common = await searchArticles({ q: meta.search.common, audience: "public" });
    expect(common.total).toBeGreaterThan(0);
    const rare = await searchArticles({ q: meta.search.rare, audience: "public" });
    expect(rare.hits.length).toBeGreaterThan(0);
    // The marker, with the dataset's salt (SALT), sits after the teaser: subscribers find
    // it, anyone else does not.
    const forSubscribers = await searchArticles({ q: SALT, audience: "subscriber" });
    expect(forSubscribers.hits.map((hit) => hit.article.slug)).toContain(
      meta.known.subscriberArticle.slug,
    );
    const forEveryone = await searchArticles({ q: SALT, audience: "public" });
    expect(forEveryone.hits.map((hit) => hit.article.slug)).not.toContain(
      meta.known.subscriberArticle.slug,
    );
  });

  it("refuses a database that already has rows, and leaves it as it was", async () => {
    const before = await postgresQuery<{ n: string }>(`SELECT count(*) AS n FROM "User"`);
    await expect(
      copySqliteToPostgres({
        from: `file:${source}`,
        to: process.env.DATABASE_URL!,
        log: () => {},
      }),
    ).rejects.toThrow(/already has rows/);
    const after = await postgresQuery<{ n: string }>(`SELECT count(*) AS n FROM "User"`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe.runIf(onPostgres)("a copy that fails half-way", () => {
  it("writes nothing", async () => {
    // A database of its own, migrated and empty (this run's template; dropped with the run's).
    const database = `${postgresPrefix()}_copy_broken_${process.pid}`;
    await postgresQuery(
      `CREATE DATABASE "${database}" TEMPLATE "${postgresPrefix()}_template"`,
      [],
      TEST_POSTGRES_URL,
    );
    const target = postgresUrlFor(database);
    const source = path.join(TEST_DB_DIR, `copy-broken-${process.pid}.db`);
    generate(source);
    // A row PostgreSQL's foreign keys refuse, late in the order (after the accounts and
    // articles are in): an author link to an article that does not exist.
    const client = createClient({ url: `file:${source}` });
    await client.execute("PRAGMA foreign_keys = OFF");
    const { rows } = await client.execute(`SELECT "authorId" FROM "ArticleAuthor" LIMIT 1`);
    await client.execute({
      sql: `INSERT INTO "ArticleAuthor" ("articleId", "authorId", "position") VALUES ('missing-article', ?, 0)`,
      args: [rows[0]!.authorId ?? null],
    });
    client.close();
    await expect(
      copySqliteToPostgres({ from: `file:${source}`, to: target, log: () => {} }),
    ).rejects.toThrow(/foreign key/);
    const counts = await postgresQuery<{ users: string; articles: string }>(
      `SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Article") AS articles`,
      [],
      target,
    );
    expect(counts[0]).toEqual({ users: "0", articles: "0" });
  }, 120_000);
});
