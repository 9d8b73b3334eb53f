-- /admin counts the trials that ended in the last 30 days (lib/admin/growth-metrics.ts).
CREATE INDEX "Subscription_trialEnd_idx" ON "Subscription"("trialEnd");
