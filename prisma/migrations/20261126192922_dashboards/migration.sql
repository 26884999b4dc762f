-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('MONTHLY', 'UNANNOUNCED', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "RectificationStatus" AS ENUM ('OPEN', 'DONE', 'VERIFIED');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RankingStatus" AS ENUM ('DRAFT', 'APPROVED', 'PUBLISHED');

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashFact" (
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "num" DOUBLE PRECISION NOT NULL,
    "den" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "DashFact_pkey" PRIMARY KEY ("tenantId","nodeId","periodKey","indicator")
);

-- CreateTable
CREATE TABLE "DashRollup" (
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "num" DOUBLE PRECISION NOT NULL,
    "den" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "DashRollup_pkey" PRIMARY KEY ("tenantId","nodeId","periodKey","indicator")
);

-- CreateTable
CREATE TABLE "DashDirty" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "indicator" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DashDirty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashState" (
    "tenantId" TEXT NOT NULL,
    "clockAt" TIMESTAMPTZ(3) NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,
    "rebuiltAt" TIMESTAMPTZ(3),

    CONSTRAINT "DashState_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "Checklist" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "items" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Checklist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "checklistId" TEXT,
    "nodeId" TEXT NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "scores" JSONB NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "maxTotal" DOUBLE PRECISION NOT NULL,
    "observed" INTEGER,
    "correct" INTEGER,
    "photoIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "itemKey" TEXT,
    "description" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "status" "RectificationStatus" NOT NULL DEFAULT 'OPEN',
    "doneNote" TEXT,
    "donePhotoIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "doneAt" TIMESTAMPTZ(3),
    "doneById" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedById" TEXT,
    "verifiedByInspectionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuarterlyNotice" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'DRAFT',
    "sections" JSONB NOT NULL,
    "generatedFrom" JSONB NOT NULL,
    "returnComment" TEXT,
    "createdById" TEXT NOT NULL,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "publishedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QuarterlyNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RankingScheme" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RankingScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ranking" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" "RankingStatus" NOT NULL DEFAULT 'DRAFT',
    "weights" JSONB NOT NULL,
    "rows" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "publishedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ranking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_tenantId_id_key" ON "IndicatorTarget"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_tenantId_indicator_key" ON "IndicatorTarget"("tenantId", "indicator");

-- CreateIndex
CREATE INDEX "DashDirty_tenantId_id_idx" ON "DashDirty"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Checklist_tenantId_id_key" ON "Checklist"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Inspection_tenantId_nodeId_occurredAt_idx" ON "Inspection"("tenantId", "nodeId", "occurredAt");

-- CreateIndex
CREATE INDEX "Inspection_tenantId_occurredAt_idx" ON "Inspection"("tenantId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_tenantId_id_key" ON "Inspection"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Rectification_tenantId_nodeId_status_idx" ON "Rectification"("tenantId", "nodeId", "status");

-- CreateIndex
CREATE INDEX "Rectification_tenantId_status_deadline_idx" ON "Rectification"("tenantId", "status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "Rectification_tenantId_id_key" ON "Rectification"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "QuarterlyNotice_tenantId_id_key" ON "QuarterlyNotice"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "QuarterlyNotice_tenantId_nodeId_quarter_key" ON "QuarterlyNotice"("tenantId", "nodeId", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "RankingScheme_tenantId_id_key" ON "RankingScheme"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Ranking_tenantId_id_key" ON "Ranking"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Ranking_tenantId_schemeId_nodeId_period_key" ON "Ranking"("tenantId", "schemeId", "nodeId", "period");

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checklist" ADD CONSTRAINT "Checklist_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_tenantId_checklistId_fkey" FOREIGN KEY ("tenantId", "checklistId") REFERENCES "Checklist"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_inspectionId_fkey" FOREIGN KEY ("tenantId", "inspectionId") REFERENCES "Inspection"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterlyNotice" ADD CONSTRAINT "QuarterlyNotice_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterlyNotice" ADD CONSTRAINT "QuarterlyNotice_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingScheme" ADD CONSTRAINT "RankingScheme_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_tenantId_schemeId_fkey" FOREIGN KEY ("tenantId", "schemeId") REFERENCES "RankingScheme"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
