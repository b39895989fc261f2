-- CreateEnum
CREATE TYPE "ProvisionStatus" AS ENUM ('UNDER_CONSIDERATION', 'NOT_STARTED', 'MINIMAL', 'INTERMEDIATE', 'FULL');

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "provisionId" TEXT;

-- CreateTable
CREATE TABLE "Framework" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" TEXT NOT NULL,
    "frameworkSlug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ProvisionStatus" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "internalNote" TEXT,

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisionCondition" (
    "provisionId" TEXT NOT NULL,
    "conditionSlug" TEXT NOT NULL,

    CONSTRAINT "ProvisionCondition_pkey" PRIMARY KEY ("provisionId","conditionSlug")
);

-- CreateTable
CREATE TABLE "ProvisionPledge" (
    "provisionId" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,

    CONSTRAINT "ProvisionPledge_pkey" PRIMARY KEY ("provisionId","pledgeId")
);

-- CreateIndex
CREATE INDEX "Provision_frameworkSlug_sortOrder_idx" ON "Provision"("frameworkSlug", "sortOrder");

-- CreateIndex
CREATE INDEX "ProvisionCondition_conditionSlug_idx" ON "ProvisionCondition"("conditionSlug");

-- CreateIndex
CREATE INDEX "ProvisionPledge_pledgeId_idx" ON "ProvisionPledge"("pledgeId");

-- CreateIndex
CREATE INDEX "Citation_provisionId_idx" ON "Citation"("provisionId");

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_frameworkSlug_fkey" FOREIGN KEY ("frameworkSlug") REFERENCES "Framework"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionCondition" ADD CONSTRAINT "ProvisionCondition_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionCondition" ADD CONSTRAINT "ProvisionCondition_conditionSlug_fkey" FOREIGN KEY ("conditionSlug") REFERENCES "Condition"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionPledge" ADD CONSTRAINT "ProvisionPledge_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionPledge" ADD CONSTRAINT "ProvisionPledge_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A citation backs exactly one fact: provisions are facts too.
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_exactly_one_fact";
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_fact" CHECK (
  num_nonnulls("coalitionSlug", "figureId", "membershipId", "pledgeId", "conditionSlug", "eventId", "requirementId", "provisionId") = 1
);

-- A published provision cites a source, as every other fact does (checked at commit).
CREATE CONSTRAINT TRIGGER "Provision_needs_citation" AFTER INSERT OR UPDATE OF published ON "Provision"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.published)
  EXECUTE FUNCTION guarantor_require_citation('id', 'provisionId');

-- Taking a provision's last citation off it is refused like any other fact's.
CREATE OR REPLACE FUNCTION guarantor_citation_leaves_fact_cited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key text;
  fact_table text;
  id_column text;
  fact_id text;
  live boolean;
  cited boolean;
BEGIN
  FOREACH key IN ARRAY ARRAY['pledgeId', 'membershipId', 'conditionSlug', 'eventId', 'requirementId', 'figureId', 'coalitionSlug', 'provisionId'] LOOP
    fact_id := to_jsonb(OLD) ->> key;
    CONTINUE WHEN fact_id IS NULL;
    CONTINUE WHEN TG_OP = 'UPDATE' AND fact_id IS NOT DISTINCT FROM (to_jsonb(NEW) ->> key);
    fact_table := CASE key WHEN 'pledgeId' THEN 'Pledge' WHEN 'membershipId' THEN 'Membership'
      WHEN 'conditionSlug' THEN 'Condition' WHEN 'eventId' THEN 'Event' WHEN 'requirementId' THEN 'Requirement'
      WHEN 'figureId' THEN 'HeadlineFigure' WHEN 'provisionId' THEN 'Provision' ELSE 'Coalition' END;
    id_column := CASE WHEN key IN ('conditionSlug', 'coalitionSlug') THEN 'slug' ELSE 'id' END;
    IF fact_table IN ('HeadlineFigure', 'Coalition') THEN
      EXECUTE format('SELECT true FROM %I WHERE %I = $1', fact_table, id_column) INTO live USING fact_id;
    ELSE
      EXECUTE format('SELECT published FROM %I WHERE %I = $1', fact_table, id_column) INTO live USING fact_id;
    END IF;
    CONTINUE WHEN live IS NOT TRUE;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM "Citation" WHERE %I = $1)', key) INTO cited USING fact_id;
    IF NOT cited THEN
      RAISE EXCEPTION 'Every published fact cites a source: removing this citation leaves % "%" with none.', fact_table, fact_id
        USING ERRCODE = 'check_violation';
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;


-- Writes to the new tables move the data version, so cached views see them.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Framework', 'Provision', 'ProvisionCondition', 'ProvisionPledge']
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION guarantor_bump_data_version()',
      t || '_bumps_data_version', t);
  END LOOP;
END;
$$;
