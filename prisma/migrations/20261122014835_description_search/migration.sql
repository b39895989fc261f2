-- The trigram operator class for the index below (a trusted extension: no superuser needed).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Pledge_description_trgm_idx" ON "Pledge" USING GIN ("description" gin_trgm_ops);
