-- Which article and page each row of the "ArticleSearch" full-text table belongs to, under
-- the same rowid. Reading "articleId" from the FTS table itself loads the whole stored row,
-- body included, so ranking a common word's thousands of matches spent its time reading
-- text it never used (issue 7's benchmark); this narrow table answers the same question
-- from a B-tree, and its index lets an article's rows be removed without a full scan.
-- Written only by lib/search/search-index.ts, in the transaction that changes the article.
CREATE TABLE "ArticleSearchPage" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "page" INTEGER NOT NULL
);

INSERT INTO "ArticleSearchPage" ("rowid", "articleId", "page")
SELECT rowid, "articleId", CAST("page" AS INTEGER) FROM "ArticleSearch";

CREATE INDEX "ArticleSearchPage_articleId_idx" ON "ArticleSearchPage"("articleId");

-- Search checks each candidate article is published; this index answers that without
-- reading the article's row, whose body can span many overflow pages.
CREATE INDEX "Article_id_status_publishedAt_idx" ON "Article"("id", "status", "publishedAt");
