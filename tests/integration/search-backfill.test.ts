import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseEngine } from "@/lib/db-engine";
import { Prisma } from "@/lib/generated/prisma/client";
import { backfillSubscriberSearchRows } from "@/lib/search/backfill-search-index";
import { searchArticles } from "@/lib/search/search-articles";
import { createArticle } from "../factories";

const MIGRATION = path.resolve(
  import.meta.dirname,
  "../../prisma/migrations/20261206120000_search_audience/migration.sql",
);

const onPostgres = databaseEngine() === "postgres";
/** SQLite's "ArticleSearchPage"; PostgreSQL keeps article, page and audience in "ArticleSearch". */
const pageTable = onPostgres ? Prisma.raw(`"ArticleSearch"`) : Prisma.raw(`"ArticleSearchPage"`);

/** Every row of "ArticleSearchPage", in rowid order. */
async function allPageRows() {
  const rows = await db.$queryRaw<
    { rid: bigint | number; articleId: string; page: bigint | number; audience: string }[]
  >`SELECT "rowid" AS rid, "articleId", "page", "audience" FROM ${pageTable} ORDER BY "rowid"`;
  return rows.map((row) => ({ ...row, rid: Number(row.rid), page: Number(row.page) }));
}

/** The articles in the order they were indexed (by their first rowid). */
async function indexOrder() {
  const rows = await allPageRows();
  return [...new Set(rows.map((row) => row.articleId))];
}

/**
 * Puts the index back as it was before subscribers' search: subscriber-only articles by
 * their teaser alone, and "ArticleSearchPage" without an audience (as migration
 * 20261130000000_search_pages made it); then applies the audience migration's own SQL.
 */
async function asIfUpgradedFromTeaserOnlySearch() {
  // PostgreSQL's index had audiences from its first migration: only the rows are taken away.
  if (onPostgres) {
    await db.$executeRaw`DELETE FROM "ArticleSearch" WHERE "audience" = 'SUBSCRIBERS'`;
    return;
  }
  await db.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid IN
    (SELECT "rowid" FROM "ArticleSearchPage" WHERE "audience" = 'SUBSCRIBERS')`;
  await db.$executeRaw`DELETE FROM "ArticleSearchPage" WHERE "audience" = 'SUBSCRIBERS'`;
  const before = [
    `CREATE TABLE "old_ArticleSearchPage" ("rowid" INTEGER NOT NULL PRIMARY KEY,
       "articleId" TEXT NOT NULL, "page" INTEGER NOT NULL)`,
    `INSERT INTO "old_ArticleSearchPage" SELECT "rowid", "articleId", "page" FROM "ArticleSearchPage"`,
    `DROP TABLE "ArticleSearchPage"`,
    `ALTER TABLE "old_ArticleSearchPage" RENAME TO "ArticleSearchPage"`,
    `CREATE INDEX "ArticleSearchPage_articleId_idx" ON "ArticleSearchPage"("articleId")`,
  ];
  const migration = fs
    .readFileSync(MIGRATION, "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of [...before, ...migration]) await db.$executeRawUnsafe(statement);
}

describe("upgrading an index built before subscribers' search", () => {
  it("marks old rows by the article's visibility, then backfills full text, keeping the order", async () => {
    const teaser = "Teaser one about marshlight.\n\nTeaser two.";
    const publicArticle = (when: string) =>
      createArticle({ markdown: `Marshlight in public, ${when}.\n\n=== page ===\n\nMore.` });
    const olderPublic = await publicArticle("early");
    const members = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown: `${teaser}\n\nPast the teaser: fenwardine.\n\n=== page ===\n\nPage two: fenwardine.`,
    });
    const middleA = await publicArticle("in the middle");
    const middleB = await publicArticle("in the middle too");
    const newerMembers = await createArticle({
      visibility: "SUBSCRIBERS",
      markdown: `${teaser}\n\nAlso past the teaser: fenwardine.`,
    });
    const newest = await publicArticle("last");
    const order = await indexOrder();
    expect(order).toEqual([
      olderPublic.id,
      members.id,
      middleA.id,
      middleB.id,
      newerMembers.id,
      newest.id,
    ]);

    await asIfUpgradedFromTeaserOnlySearch();
    const migrated = await allPageRows();
    const shape = (rows: typeof migrated) =>
      rows.map((row) => [row.articleId, row.page, row.audience]);
    expect(shape(migrated)).toEqual([
      [olderPublic.id, 1, "ALL"],
      [olderPublic.id, 2, "ALL"],
      [members.id, 1, "TEASER"],
      [middleA.id, 1, "ALL"],
      [middleA.id, 2, "ALL"],
      [middleB.id, 1, "ALL"],
      [middleB.id, 2, "ALL"],
      [newerMembers.id, 1, "TEASER"],
      [newest.id, 1, "ALL"],
      [newest.id, 2, "ALL"],
    ]);
    // Before the backfill, subscribers cannot find subscriber-only articles at all.
    expect((await searchArticles({ q: "marshlight", audience: "subscriber" })).total).toBe(4);
    expect((await searchArticles({ q: "marshlight", audience: "public" })).total).toBe(6);

    // The two public articles between the subscriber-only ones move as one run, the
    // newest as another.
    expect(await backfillSubscriberSearchRows(db)).toEqual({ missing: 2, moved: 3 });
    const filled = await allPageRows();
    expect(shape(filled)).toEqual([
      [olderPublic.id, 1, "ALL"],
      [olderPublic.id, 2, "ALL"],
      [members.id, 1, "TEASER"],
      [members.id, 1, "SUBSCRIBERS"],
      [members.id, 2, "SUBSCRIBERS"],
      [middleA.id, 1, "ALL"],
      [middleA.id, 2, "ALL"],
      [middleB.id, 1, "ALL"],
      [middleB.id, 2, "ALL"],
      [newerMembers.id, 1, "TEASER"],
      [newerMembers.id, 1, "SUBSCRIBERS"],
      [newest.id, 1, "ALL"],
      [newest.id, 2, "ALL"],
    ]);
    // Rows before the first article lacking its full text stay where they were.
    expect(filled.slice(0, 2)).toEqual(migrated.slice(0, 2));
    expect(await indexOrder()).toEqual(order);
    // SQLite: every row of the FTS table still has its "ArticleSearchPage" row, and the
    // reverse. (PostgreSQL keeps both in one table, which `filled` has already read.)
    if (!onPostgres) {
      const fts = await db.$queryRaw<{ rid: bigint | number; articleId: string; page: number }[]>`
        SELECT rowid AS rid, "articleId", CAST("page" AS INTEGER) AS page
        FROM "ArticleSearch" ORDER BY rowid`;
      expect(fts.map((row) => [Number(row.rid), row.articleId, Number(row.page)])).toEqual(
        filled.map((row) => [row.rid, row.articleId, row.page]),
      );
    }

    const found = await searchArticles({ q: "fenwardine", audience: "subscriber" });
    expect(found).toMatchObject({ total: 2, more: false });
    expect(found.hits.map((h) => h.article.id).sort()).toEqual(
      [members.id, newerMembers.id].sort(),
    );
    expect(found.hits.every((h) => h.snippet.includes("\u0002fenwardine\u0003"))).toBe(true);
    expect(await searchArticles({ q: "fenwardine" })).toMatchObject({ total: 0, hits: [] });
    for (const audience of ["public", "subscriber"] as const)
      expect((await searchArticles({ q: "marshlight", audience })).total).toBe(6);

    // Nothing missing: nothing written, not even re-indexed in place.
    expect(await backfillSubscriberSearchRows(db)).toEqual({ missing: 0, moved: 0 });
    expect(await allPageRows()).toEqual(filled);
  });

  it("leaves a database indexed by the current code alone", async () => {
    await createArticle({ visibility: "SUBSCRIBERS", markdown: "One.\n\nTwo.\n\nThree." });
    await createArticle({ markdown: "Public." });
    const before = await allPageRows();
    expect(await backfillSubscriberSearchRows(db)).toEqual({ missing: 0, moved: 0 });
    expect(await allPageRows()).toEqual(before);
  });

  it("refuses a row without an audience, or with an unknown one", async () => {
    // PostgreSQL's table needs the text columns too, so that only the audience can fail.
    const text = onPostgres ? Prisma.sql`, "title", "dek", "body", "authors"` : Prisma.empty;
    const values = onPostgres ? Prisma.sql`, '', '', '', ''` : Prisma.empty;
    await expect(
      db.$executeRaw`INSERT INTO ${pageTable} ("rowid", "articleId", "page"${text})
        VALUES (999999, 'x', 1${values})`,
    ).rejects.toThrow();
    await expect(
      db.$executeRaw`INSERT INTO ${pageTable} ("rowid", "articleId", "page", "audience"${text})
        VALUES (999999, 'x', 1, 'EVERYONE'${values})`,
    ).rejects.toThrow();
    // The same row with a known audience is taken: the refusals above were the audience's.
    await db.$executeRaw`INSERT INTO ${pageTable} ("rowid", "articleId", "page", "audience"${text})
      VALUES (999999, 'x', 1, 'ALL'${values})`;
  });
});
