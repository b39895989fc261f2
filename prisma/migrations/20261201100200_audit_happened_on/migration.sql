-- When the change happened in the world, as its source states it (null: not stated).
-- "at" stays the moment it was recorded here.
ALTER TABLE "AuditEntry" ADD COLUMN "happenedOn" DATE;
