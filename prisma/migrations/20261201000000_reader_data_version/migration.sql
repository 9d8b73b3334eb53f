-- A counter that moves whenever readers' accounts, subscriptions, plans or payments
-- change, by any writer (the app, a webhook, a script, another app instance). The server's
-- private page cache (scripts/page-cache.mjs) keeps a staff member's copy of an admin list
-- only while this counter is where it was when the copy was rendered, so a list is never
-- shown older than the data it lists (issue 7: admin search).
--
-- Triggers are not part of Prisma's schema: a future migration that rebuilds one of these
-- tables (SQLite's way to alter a column) must create its triggers again.
CREATE TABLE "DataVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

INSERT INTO "DataVersion" ("id", "version") VALUES ('readers', 0);

CREATE TRIGGER "User_version_insert" AFTER INSERT ON "User" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "User_version_update" AFTER UPDATE ON "User" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "User_version_delete" AFTER DELETE ON "User" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;

CREATE TRIGGER "Subscription_version_insert" AFTER INSERT ON "Subscription" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "Subscription_version_update" AFTER UPDATE ON "Subscription" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "Subscription_version_delete" AFTER DELETE ON "Subscription" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;

CREATE TRIGGER "Plan_version_insert" AFTER INSERT ON "Plan" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "Plan_version_update" AFTER UPDATE ON "Plan" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "Plan_version_delete" AFTER DELETE ON "Plan" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;

CREATE TRIGGER "Payment_version_insert" AFTER INSERT ON "Payment" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "Payment_version_update" AFTER UPDATE ON "Payment" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
CREATE TRIGGER "Payment_version_delete" AFTER DELETE ON "Payment" BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 'readers';
END;
