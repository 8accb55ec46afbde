-- CreateIndex
CREATE INDEX "findings_org_id_created_at_idx" ON "findings"("org_id", "created_at");

-- CreateIndex
CREATE INDEX "alert_deliveries_status_created_at_idx" ON "alert_deliveries"("status", "created_at");
