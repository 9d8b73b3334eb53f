-- The admin's subscription list, plan changes from the next period, and one-time request
-- tokens for admin actions (issue 6). Written by hand: adding a nullable column with a
-- foreign key is allowed in place on SQLite, so the table is not rebuilt.

-- A plan change an admin scheduled; lib/subscriptions/renewals.ts applies it at renewal.
ALTER TABLE "Subscription" ADD COLUMN "nextPlanId" TEXT CONSTRAINT "Subscription_nextPlanId_fkey" REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One index per sort order of /admin/subscriptions (started, period end), alone and after
-- each equality filter (status, plan), ending in id for the keyset tie-break, so every page
-- is an index range scan whatever its depth, and counts use the same indexes.
CREATE INDEX "Subscription_createdAt_id_idx" ON "Subscription"("createdAt", "id");
CREATE INDEX "Subscription_currentPeriodEnd_id_idx" ON "Subscription"("currentPeriodEnd", "id");
CREATE INDEX "Subscription_status_createdAt_id_idx" ON "Subscription"("status", "createdAt", "id");
CREATE INDEX "Subscription_status_currentPeriodEnd_id_idx" ON "Subscription"("status", "currentPeriodEnd", "id");
CREATE INDEX "Subscription_planId_createdAt_id_idx" ON "Subscription"("planId", "createdAt", "id");
CREATE INDEX "Subscription_planId_currentPeriodEnd_id_idx" ON "Subscription"("planId", "currentPeriodEnd", "id");

-- Sorting the list by reader name walks readers in name order, and each reader's
-- subscriptions in id order.
CREATE INDEX "User_name_id_idx" ON "User"("name", "id");
CREATE INDEX "Subscription_userId_id_idx" ON "Subscription"("userId", "id");

-- CreateTable
CREATE TABLE "ProcessedRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "targetId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ProcessedRequest_createdAt_idx" ON "ProcessedRequest"("createdAt");
