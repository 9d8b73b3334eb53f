-- Deleting an account (cascades and SET NULLs) finds a reader's redemptions and gifts by these.
CREATE INDEX "OfferRedemption_userId_idx" ON "OfferRedemption"("userId");
CREATE INDEX "Gift_buyerId_idx" ON "Gift"("buyerId");
CREATE INDEX "Gift_recipientId_idx" ON "Gift"("recipientId");
