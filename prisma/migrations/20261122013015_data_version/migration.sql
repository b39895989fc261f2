-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The single row, and a check that keeps it single.
ALTER TABLE "DataVersion" ADD CONSTRAINT "DataVersion_single_row" CHECK ("id" = 1);
INSERT INTO "DataVersion" ("id", "value") VALUES (1, 0);

-- Bumped once per statement that writes a fact or the history, in that statement's
-- transaction: a reader sees the new value exactly when it can see the new data.
CREATE FUNCTION guarantor_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "value" = "value" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Source', 'Coalition', 'HeadlineFigure', 'Country', 'Membership', 'Pledge',
    'Condition', 'PledgeCondition', 'Event', 'EventCountry', 'EventCondition', 'Requirement', 'Citation']
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION guarantor_bump_data_version()',
      t || '_bumps_data_version', t);
  END LOOP;
END;
$$;

-- The history is append-only: only inserts reach it.
CREATE TRIGGER "AuditEntry_bumps_data_version" AFTER INSERT ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION guarantor_bump_data_version();
