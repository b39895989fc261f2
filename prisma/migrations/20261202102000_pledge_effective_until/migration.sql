-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "effectiveUntil" DATE;
