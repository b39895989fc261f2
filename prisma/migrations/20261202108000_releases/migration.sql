-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "releaseVersion" TEXT;

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "major" INTEGER NOT NULL,
    "minor" INTEGER NOT NULL,
    "patch" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshotAt" TIMESTAMPTZ(3) NOT NULL,
    "auditCutoff" BIGINT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdByName" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "schemaHash" CHAR(64) NOT NULL,
    "changelog" JSONB NOT NULL,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseFile" (
    "releaseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" INTEGER NOT NULL,

    CONSTRAINT "ReleaseFile_pkey" PRIMARY KEY ("releaseId","name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Release_version_key" ON "Release"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Release_major_minor_patch_key" ON "Release"("major", "minor", "patch");

-- AddForeignKey
ALTER TABLE "ReleaseFile" ADD CONSTRAINT "ReleaseFile_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a release, once published, never changes: its rows and files are
-- write-once, whoever writes (the app role, the owner, a script).
CREATE FUNCTION "release_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "Release_immutable" BEFORE UPDATE OR DELETE ON "Release"
  FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "Release_no_truncate" BEFORE TRUNCATE ON "Release"
  FOR EACH STATEMENT EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "ReleaseFile_immutable" BEFORE UPDATE OR DELETE ON "ReleaseFile"
  FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "ReleaseFile_no_truncate" BEFORE TRUNCATE ON "ReleaseFile"
  FOR EACH STATEMENT EXECUTE FUNCTION "release_is_immutable"();

-- The app role may add releases, never change them (default privileges gave it more).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'guarantor_app') THEN
    REVOKE UPDATE, DELETE ON "Release", "ReleaseFile" FROM guarantor_app;
  END IF;
END;
$$;
