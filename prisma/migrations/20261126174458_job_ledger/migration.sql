-- CreateTable
CREATE TABLE "JobLedger" (
    "queue" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "doneAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobLedger_pkey" PRIMARY KEY ("queue","key")
);
