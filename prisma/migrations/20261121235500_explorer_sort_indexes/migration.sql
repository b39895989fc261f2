-- CreateIndex
CREATE INDEX "Pledge_countryCode_id_idx" ON "Pledge"("countryCode", "id");

-- CreateIndex
CREATE INDEX "Pledge_status_id_idx" ON "Pledge"("status", "id");

-- CreateIndex
CREATE INDEX "Pledge_domain_id_idx" ON "Pledge"("domain", "id");

-- CreateIndex
CREATE INDEX "Pledge_disclosure_id_idx" ON "Pledge"("disclosure", "id");

-- CreateIndex
CREATE INDEX "Pledge_announcedOn_id_idx" ON "Pledge"("announcedOn", "id");
