-- Every web server keeps its cached public pages under the data version it read
-- (lib/page-cache/). The trigger that bumps the version now also notifies listeners, so
-- each server learns of a change as the writing transaction commits, whichever process
-- wrote it. The payload is empty: PostgreSQL folds identical notifications of one
-- transaction into one, and a listener reads the row itself.
CREATE OR REPLACE FUNCTION guarantor_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "value" = "value" + 1 WHERE "id" = 1;
  PERFORM pg_notify('guarantor_data_version', '');
  RETURN NULL;
END;
$$;

-- A share link's cached view must end when the link is revoked, re-dated or removed,
-- whoever does it (the app also writes an audit entry, which bumps the version anyway).
-- Openings (openCount, lastOpenedAt) are not a change to what the link shows.
CREATE TRIGGER "ShareLink_bumps_data_version"
  AFTER UPDATE OF "revokedAt", "expiresAt", "frozenAt", "params", "scope", "tokenHash" OR DELETE OR TRUNCATE ON "ShareLink"
  FOR EACH STATEMENT EXECUTE FUNCTION guarantor_bump_data_version();
