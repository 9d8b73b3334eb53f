-- Articles for signed-in readers (Visibility 'MEMBERS') are indexed like subscriber-only
-- ones, twice over: their teaser for anonymous visitors' searches ('MEMBERS_TEASER') and
-- every page in full for the searches of anyone signed in ('MEMBERS'); see
-- lib/search/search-index.ts. The CHECK names every audience, so the table is rebuilt
-- (as in 20261206120000_search_audience; no triggers or foreign keys point at it). No
-- article had the new visibility before this migration, so every row keeps its audience.
CREATE TABLE "new_ArticleSearchPage" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "audience" TEXT NOT NULL CHECK ("audience" IN ('ALL', 'TEASER', 'SUBSCRIBERS', 'MEMBERS_TEASER', 'MEMBERS'))
);
INSERT INTO "new_ArticleSearchPage" ("rowid", "articleId", "page", "audience")
SELECT "rowid", "articleId", "page", "audience" FROM "ArticleSearchPage";
DROP TABLE "ArticleSearchPage";
ALTER TABLE "new_ArticleSearchPage" RENAME TO "ArticleSearchPage";
CREATE INDEX "ArticleSearchPage_articleId_idx" ON "ArticleSearchPage"("articleId");
