-- Issue 14, growing the audience: newsletters and their mailings, the "signed-in readers"
-- visibility (a new Visibility value; SQLite stores enums as text, so no change here), free
-- trials, discount offers and gifts.
-- AlterTable
ALTER TABLE "User" ADD COLUMN "trialUsedAt" DATETIME;

-- CreateTable
CREATE TABLE "Newsletter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "NewsletterSubscription" (
    "userId" TEXT NOT NULL,
    "newsletterId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "newsletterId"),
    CONSTRAINT "NewsletterSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NewsletterSubscription_newsletterId_fkey" FOREIGN KEY ("newsletterId") REFERENCES "Newsletter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mailing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "newsletterId" TEXT NOT NULL,
    "articleId" TEXT,
    "issueId" TEXT,
    "audience" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "subject" TEXT NOT NULL,
    "queuedThrough" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Mailing_newsletterId_fkey" FOREIGN KEY ("newsletterId") REFERENCES "Newsletter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Mailing_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Mailing_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "MagazineIssue" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MailingDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mailingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" DATETIME,
    CONSTRAINT "MailingDelivery_mailingId_fkey" FOREIGN KEY ("mailingId") REFERENCES "Mailing" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MailingDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "percentOff" INTEGER,
    "amountOff" INTEGER,
    "duration" TEXT NOT NULL,
    "durationPeriods" INTEGER,
    "expiresAt" DATETIME,
    "maxRedemptions" INTEGER,
    "redemptionCount" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" DATETIME,
    "stripeCouponId" TEXT,
    "stripePromotionCodeId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OfferPlan" (
    "offerId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,

    PRIMARY KEY ("offerId", "planId"),
    CONSTRAINT "OfferPlan_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OfferPlan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferRedemption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "offerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OfferRedemption_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OfferRedemption_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OfferRedemption_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Gift" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "buyerId" TEXT,
    "buyerName" TEXT NOT NULL,
    "buyerEmail" TEXT NOT NULL,
    "recipientName" TEXT NOT NULL,
    "recipientEmail" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "printAddress" TEXT,
    "deliverOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "codeHash" TEXT,
    "provider" TEXT NOT NULL,
    "providerSessionId" TEXT,
    "providerPaymentId" TEXT,
    "cardLast4" TEXT,
    "paidAt" DATETIME,
    "deliveredAt" DATETIME,
    "redeemedAt" DATETIME,
    "recipientId" TEXT,
    "subscriptionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Gift_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Gift_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Gift_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Gift_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- New columns are added in place (not by rebuilding the tables, as Prisma would): a rebuild
-- drops the data-version triggers on Plan, Subscription and Payment
-- (20261201000000_reader_data_version).
ALTER TABLE "Plan" ADD COLUMN "trialDays" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Subscription" ADD COLUMN "trialEnd" DATETIME;
ALTER TABLE "Subscription" ADD COLUMN "offerId" TEXT REFERENCES "Offer" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Subscription" ADD COLUMN "discountAmount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Subscription" ADD COLUMN "discountPeriodsLeft" INTEGER;
ALTER TABLE "Payment" ADD COLUMN "discountAmount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Payment" ADD COLUMN "discountLabel" TEXT;
ALTER TABLE "CheckoutSession" ADD COLUMN "offerId" TEXT REFERENCES "Offer" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CheckoutSession" ADD COLUMN "withTrial" BOOLEAN NOT NULL DEFAULT false;


-- CreateIndex
CREATE UNIQUE INDEX "Newsletter_slug_key" ON "Newsletter"("slug");

-- CreateIndex
CREATE INDEX "NewsletterSubscription_newsletterId_userId_idx" ON "NewsletterSubscription"("newsletterId", "userId");

-- CreateIndex
CREATE INDEX "NewsletterSubscription_createdAt_idx" ON "NewsletterSubscription"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Mailing_articleId_key" ON "Mailing"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Mailing_issueId_key" ON "Mailing"("issueId");

-- CreateIndex
CREATE INDEX "Mailing_status_createdAt_idx" ON "Mailing"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Mailing_createdAt_idx" ON "Mailing"("createdAt");

-- CreateIndex
CREATE INDEX "MailingDelivery_status_nextAttemptAt_idx" ON "MailingDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailingDelivery_mailingId_status_idx" ON "MailingDelivery"("mailingId", "status");

-- CreateIndex
CREATE INDEX "MailingDelivery_userId_idx" ON "MailingDelivery"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MailingDelivery_mailingId_userId_key" ON "MailingDelivery"("mailingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_code_key" ON "Offer"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_stripeCouponId_key" ON "Offer"("stripeCouponId");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_stripePromotionCodeId_key" ON "Offer"("stripePromotionCodeId");

-- CreateIndex
CREATE INDEX "Offer_createdAt_idx" ON "Offer"("createdAt");

-- CreateIndex
CREATE INDEX "OfferPlan_planId_idx" ON "OfferPlan"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferRedemption_subscriptionId_key" ON "OfferRedemption"("subscriptionId");

-- CreateIndex
CREATE INDEX "OfferRedemption_createdAt_idx" ON "OfferRedemption"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OfferRedemption_offerId_userId_key" ON "OfferRedemption"("offerId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Gift_codeHash_key" ON "Gift"("codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "Gift_providerSessionId_key" ON "Gift"("providerSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Gift_providerPaymentId_key" ON "Gift"("providerPaymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Gift_subscriptionId_key" ON "Gift"("subscriptionId");

-- CreateIndex
CREATE INDEX "Gift_status_deliverOn_idx" ON "Gift"("status", "deliverOn");

-- CreateIndex
CREATE INDEX "Gift_createdAt_idx" ON "Gift"("createdAt");

-- CreateIndex
CREATE INDEX "Gift_paidAt_idx" ON "Gift"("paidAt");

-- CreateIndex
CREATE INDEX "Gift_redeemedAt_idx" ON "Gift"("redeemedAt");

