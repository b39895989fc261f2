-- A country page lists the first few pledges of each domain (issue 12): with id in the
-- index, each domain's first rows are read straight from it, in order.
DROP INDEX "Pledge_countryCode_domain_idx";

CREATE INDEX "Pledge_countryCode_domain_id_idx" ON "Pledge"("countryCode", "domain", "id");
