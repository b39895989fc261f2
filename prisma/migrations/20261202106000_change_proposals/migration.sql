-- Hand-written (the schema engine's shadow run stumbles on the app-role migration here).
-- Review before publish: changes held for a second editor's approval, and the audit
-- actions that record proposing and deciding them.
ALTER TYPE "AuditAction" ADD VALUE 'PROPOSE';
ALTER TYPE "AuditAction" ADD VALUE 'APPROVE';
ALTER TYPE "AuditAction" ADD VALUE 'REJECT';

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "ChangeProposal" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "expectedVersion" INTEGER,
    "payload" JSONB NOT NULL,
    "justification" JSONB NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT NOT NULL,
    "proposedByName" TEXT NOT NULL,
    "proposedByEmail" TEXT,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedByName" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" TEXT,

    CONSTRAINT "ChangeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeProposal_status_proposedAt_idx" ON "ChangeProposal"("status", "proposedAt");

-- CreateIndex
CREATE INDEX "ChangeProposal_entityType_entityId_idx" ON "ChangeProposal"("entityType", "entityId");
