-- Subscribers' search covers the whole text of subscriber-only articles; everyone else's
-- still holds only their teasers (the paywall: search must never match or quote text a
-- reader may not read). So a subscriber-only article now has two sets of rows in
-- "ArticleSearch": its teaser, for readers without a subscription, and every page in
-- full, for subscribers. "audience" says which readers' searches may use a row:
--   'ALL'          a page of a public article: every search
--   'TEASER'       the teaser of a subscriber-only article: searches without a subscription
--   'SUBSCRIBERS'  a full page of a subscriber-only article: subscribers' searches only
-- (lib/search/search-index.ts writes the rows; lib/search/search-articles.ts filters.)
--
-- The table is rebuilt rather than altered: SQLite's ADD COLUMN needs a default for a
-- NOT NULL column, and any default would let a writer that forgot the column put a row
-- in front of the wrong readers. Without one, such an insert fails. No triggers or
-- foreign keys point at this table.
CREATE TABLE "new_ArticleSearchPage" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "audience" TEXT NOT NULL CHECK ("audience" IN ('ALL', 'TEASER', 'SUBSCRIBERS'))
);

-- Until now a subscriber-only article was indexed by its teaser alone, so its rows are
-- teasers. Its full pages are added by the backfill that runs after migrations
-- (lib/search/backfill-search-index.ts, from scripts/prepare-db.mjs): SQL cannot turn a
-- stored body into page text.
INSERT INTO "new_ArticleSearchPage" ("rowid", "articleId", "page", "audience")
SELECT p."rowid", p."articleId", p."page",
       CASE WHEN EXISTS (SELECT 1 FROM "Article" a
                         WHERE a."id" = p."articleId" AND a."visibility" = 'SUBSCRIBERS')
            THEN 'TEASER' ELSE 'ALL' END
FROM "ArticleSearchPage" p;

DROP TABLE "ArticleSearchPage";
ALTER TABLE "new_ArticleSearchPage" RENAME TO "ArticleSearchPage";
CREATE INDEX "ArticleSearchPage_articleId_idx" ON "ArticleSearchPage"("articleId");
