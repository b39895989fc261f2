-- CreateTable
CREATE TABLE "SignInAttempt" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMPTZ(3),

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInAttempt_expire_idx" ON "SignInAttempt"("expire");
