-- CreateEnum
CREATE TYPE "ReportCadence" AS ENUM ('WEEKLY', 'MONTHLY', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateTable
CREATE TABLE "ReportType" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "description" TEXT,
    "cadence" "ReportCadence" NOT NULL,
    "weekday" INTEGER,
    "dayOfMonth" INTEGER,
    "dueTime" TEXT NOT NULL DEFAULT '17:00',
    "periodOffset" INTEGER NOT NULL DEFAULT 0,
    "lockAfterDays" INTEGER DEFAULT 7,
    "reminders" JSONB NOT NULL DEFAULT '[]',
    "fields" JSONB NOT NULL,
    "filerKindCodes" TEXT[],
    "filerRootId" TEXT,
    "reviewKindCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "exportTitle" TEXT,
    "activeFrom" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "reportTypeId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "data" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "firstSubmittedAt" TIMESTAMPTZ(3),
    "onTime" BOOLEAN,
    "reviewChain" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "approvedLevel" INTEGER NOT NULL DEFAULT 0,
    "returnComment" TEXT,
    "reopenedUntil" TIMESTAMPTZ(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRevision" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL,
    "data" JSONB,
    "comment" TEXT,
    "level" INTEGER,
    "actorUserId" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportType_tenantId_code_key" ON "ReportType"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ReportType_tenantId_id_key" ON "ReportType"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ReportSubmission_tenantId_reportTypeId_periodKey_status_idx" ON "ReportSubmission"("tenantId", "reportTypeId", "periodKey", "status");

-- CreateIndex
CREATE INDEX "ReportSubmission_tenantId_nodeId_idx" ON "ReportSubmission"("tenantId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSubmission_tenantId_id_key" ON "ReportSubmission"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSubmission_tenantId_reportTypeId_nodeId_periodKey_key" ON "ReportSubmission"("tenantId", "reportTypeId", "nodeId", "periodKey");

-- CreateIndex
CREATE INDEX "ReportRevision_tenantId_submissionId_version_idx" ON "ReportRevision"("tenantId", "submissionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRevision_tenantId_id_key" ON "ReportRevision"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRevision_tenantId_idempotencyKey_key" ON "ReportRevision"("tenantId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "ReportType" ADD CONSTRAINT "ReportType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_tenantId_reportTypeId_fkey" FOREIGN KEY ("tenantId", "reportTypeId") REFERENCES "ReportType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRevision" ADD CONSTRAINT "ReportRevision_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRevision" ADD CONSTRAINT "ReportRevision_tenantId_submissionId_fkey" FOREIGN KEY ("tenantId", "submissionId") REFERENCES "ReportSubmission"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
