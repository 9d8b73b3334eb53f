-- /admin/gifts filtered by state lists the newest first (lib/gifts/admin-gift-list.ts).
CREATE INDEX "Gift_status_createdAt_idx" ON "Gift"("status", "createdAt");
