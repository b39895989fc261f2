-- CreateEnum
CREATE TYPE "Posture" AS ENUM ('COMMITTED', 'CONSIDERING', 'CONDITIONAL', 'SUPPORT_ONLY', 'DECLINED', 'OPPOSED', 'UNDISCLOSED');

-- CreateEnum
CREATE TYPE "PledgeDomain" AS ENUM ('LAND_FORCES', 'AIR', 'MARITIME', 'DEMINING', 'TRAINING', 'LOGISTICS', 'MEDICAL', 'AIR_SURVEILLANCE', 'ENGINEERING', 'FUNDING_RECONSTRUCTION', 'CAPABILITY_BUILDING', 'FORCES_UNSPECIFIED');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('ANNOUNCED', 'CONDITIONAL', 'CONFIRMED', 'DEPLOYING', 'DEPLOYED', 'FULFILLED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Disclosure" AS ENUM ('OFFICIAL', 'REPORTED', 'UNDISCLOSED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "ConditionCategory" AS ENUM ('CEASEFIRE', 'SECURITY', 'POLITICAL', 'LEGAL', 'HUMANITARIAN', 'EXTERNAL_BACKING', 'ACCOUNTABILITY');

-- CreateEnum
CREATE TYPE "ConditionStatus" AS ENUM ('NOT_MET', 'IN_PROGRESS', 'MET', 'BREACHED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('SUMMIT', 'STATEMENT', 'INCIDENT', 'DECISION', 'DIPLOMACY');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATE,
    "url" TEXT,
    "fileName" TEXT,
    "sha256" CHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coalition" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "Coalition_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "HeadlineFigure" (
    "id" TEXT NOT NULL,
    "coalitionSlug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "qualifier" TEXT,
    "value" DECIMAL(16,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HeadlineFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "numeric" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "euMember" BOOLEAN NOT NULL,
    "natoMember" BOOLEAN NOT NULL,
    "region" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "coalitionSlug" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "isMember" BOOLEAN NOT NULL,
    "posture" "Posture" NOT NULL,
    "conditionsInOwnWords" TEXT,
    "summary" TEXT NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "coalitionSlug" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "pledgerNote" TEXT,
    "domain" "PledgeDomain" NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(16,2),
    "unit" TEXT,
    "amount" DECIMAL(18,2),
    "currency" CHAR(3),
    "status" "PledgeStatus" NOT NULL,
    "disclosure" "Disclosure" NOT NULL,
    "disputeNote" TEXT,
    "announcedOn" DATE,
    "effectiveOn" DATE,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Condition" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "ConditionCategory" NOT NULL,
    "status" "ConditionStatus" NOT NULL,
    "evidence" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Condition_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "PledgeCondition" (
    "pledgeId" TEXT NOT NULL,
    "conditionSlug" TEXT NOT NULL,

    CONSTRAINT "PledgeCondition_pkey" PRIMARY KEY ("pledgeId","conditionSlug")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "occurredOn" DATE,
    "sequence" INTEGER NOT NULL,
    "location" TEXT,
    "disputeNote" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCountry" (
    "eventId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "EventCountry_pkey" PRIMARY KEY ("eventId","countryCode")
);

-- CreateTable
CREATE TABLE "EventCondition" (
    "eventId" TEXT NOT NULL,
    "conditionSlug" TEXT NOT NULL,

    CONSTRAINT "EventCondition_pkey" PRIMARY KEY ("eventId","conditionSlug")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "coalitionSlug" TEXT NOT NULL,
    "domain" "PledgeDomain" NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(16,2),
    "unit" TEXT,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "field" TEXT,
    "coalitionSlug" TEXT,
    "figureId" TEXT,
    "membershipId" TEXT,
    "pledgeId" TEXT,
    "conditionSlug" TEXT,
    "eventId" TEXT,
    "requirementId" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HeadlineFigure_coalitionSlug_sortOrder_idx" ON "HeadlineFigure"("coalitionSlug", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE INDEX "Membership_posture_idx" ON "Membership"("posture");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_coalitionSlug_countryCode_key" ON "Membership"("coalitionSlug", "countryCode");

-- CreateIndex
CREATE INDEX "Pledge_countryCode_domain_idx" ON "Pledge"("countryCode", "domain");

-- CreateIndex
CREATE INDEX "Pledge_domain_status_idx" ON "Pledge"("domain", "status");

-- CreateIndex
CREATE INDEX "Pledge_status_idx" ON "Pledge"("status");

-- CreateIndex
CREATE INDEX "Condition_status_idx" ON "Condition"("status");

-- CreateIndex
CREATE INDEX "PledgeCondition_conditionSlug_idx" ON "PledgeCondition"("conditionSlug");

-- CreateIndex
CREATE INDEX "Event_occurredOn_sequence_idx" ON "Event"("occurredOn", "sequence");

-- CreateIndex
CREATE INDEX "EventCountry_countryCode_idx" ON "EventCountry"("countryCode");

-- CreateIndex
CREATE INDEX "EventCondition_conditionSlug_idx" ON "EventCondition"("conditionSlug");

-- CreateIndex
CREATE INDEX "Requirement_domain_idx" ON "Requirement"("domain");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_coalitionSlug_idx" ON "Citation"("coalitionSlug");

-- CreateIndex
CREATE INDEX "Citation_figureId_idx" ON "Citation"("figureId");

-- CreateIndex
CREATE INDEX "Citation_membershipId_idx" ON "Citation"("membershipId");

-- CreateIndex
CREATE INDEX "Citation_pledgeId_idx" ON "Citation"("pledgeId");

-- CreateIndex
CREATE INDEX "Citation_conditionSlug_idx" ON "Citation"("conditionSlug");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_requirementId_idx" ON "Citation"("requirementId");

-- AddForeignKey
ALTER TABLE "HeadlineFigure" ADD CONSTRAINT "HeadlineFigure_coalitionSlug_fkey" FOREIGN KEY ("coalitionSlug") REFERENCES "Coalition"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_coalitionSlug_fkey" FOREIGN KEY ("coalitionSlug") REFERENCES "Coalition"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_coalitionSlug_fkey" FOREIGN KEY ("coalitionSlug") REFERENCES "Coalition"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeCondition" ADD CONSTRAINT "PledgeCondition_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeCondition" ADD CONSTRAINT "PledgeCondition_conditionSlug_fkey" FOREIGN KEY ("conditionSlug") REFERENCES "Condition"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCondition" ADD CONSTRAINT "EventCondition_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCondition" ADD CONSTRAINT "EventCondition_conditionSlug_fkey" FOREIGN KEY ("conditionSlug") REFERENCES "Condition"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_coalitionSlug_fkey" FOREIGN KEY ("coalitionSlug") REFERENCES "Coalition"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_coalitionSlug_fkey" FOREIGN KEY ("coalitionSlug") REFERENCES "Coalition"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "HeadlineFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_conditionSlug_fkey" FOREIGN KEY ("conditionSlug") REFERENCES "Condition"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a citation backs exactly one fact.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_fact" CHECK (
  num_nonnulls("coalitionSlug", "figureId", "membershipId", "pledgeId", "conditionSlug", "eventId", "requirementId") = 1
);
