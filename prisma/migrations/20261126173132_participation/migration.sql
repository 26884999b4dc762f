-- CreateEnum
CREATE TYPE "OrgLinkKind" AS ENUM ('BRANCH_AREA', 'GROUP_BUILDING');

-- CreateEnum
CREATE TYPE "DoubleKind" AS ENUM ('UNIT', 'MEMBER');

-- CreateEnum
CREATE TYPE "DoubleStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'ENDED');

-- CreateEnum
CREATE TYPE "DoubleGrade" AS ENUM ('EXCELLENT', 'GOOD', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "MemberRoleKind" AS ENUM ('PIONEER', 'PUBLICIST', 'DEMONSTRATOR', 'SUPERVISOR');

-- CreateEnum
CREATE TYPE "DutySource" AS ENUM ('CHECKIN', 'RECORDED');

-- CreateEnum
CREATE TYPE "DutyStatus" AS ENUM ('OPEN', 'PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PointsCategory" AS ENUM ('SORTING', 'ENVIRONMENT', 'FRONTAGE', 'SAFETY', 'VOLUNTEERING', 'MUTUAL_HELP', 'MEMBER_DUTY', 'OTHER');

-- CreateEnum
CREATE TYPE "PointsAudience" AS ENUM ('RESIDENT', 'MEMBER', 'ANY');

-- CreateEnum
CREATE TYPE "CapPeriod" AS ENUM ('DAY', 'WEEK', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('POINTS', 'MINUTES');

-- CreateEnum
CREATE TYPE "LedgerKind" AS ENUM ('CLAIM', 'AWARD', 'DEPOSIT', 'EXCHANGE', 'REVERSAL', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "ClaimOrigin" AS ENUM ('CLAIM', 'AWARD');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('SUBMITTED', 'VERIFIED', 'CONFIRMED', 'REJECTED');

-- CreateEnum
CREATE TYPE "GoodsKind" AS ENUM ('GOODS', 'GIFT', 'VOUCHER', 'TRAINING');

-- CreateEnum
CREATE TYPE "RedListStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RedListSide" AS ENUM ('RED', 'BLACK');

-- AlterEnum
ALTER TYPE "ImportKind" ADD VALUE 'HOUSEHOLD_LINKS';

-- CreateTable
CREATE TABLE "OrgLink" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "OrgLinkKind" NOT NULL,
    "orgNodeId" TEXT NOT NULL,
    "areaNodeId" TEXT NOT NULL,
    "building" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdVisit" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "visitorId" TEXT,
    "visitedOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL DEFAULT 0,
    "explained" TEXT NOT NULL,
    "problems" TEXT,
    "photoIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HouseholdVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoubleRegistration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "DoubleKind" NOT NULL,
    "unitNodeId" TEXT NOT NULL,
    "personId" TEXT,
    "communityNodeId" TEXT NOT NULL,
    "status" "DoubleStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "registeredById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoubleRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoubleRating" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "grade" "DoubleGrade" NOT NULL,
    "comment" TEXT,
    "ratedById" TEXT NOT NULL,
    "ratedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoubleRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberRole" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "MemberRoleKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyPost" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyPostHolder" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyPostHolder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BinPoint" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT,
    "bins" JSONB NOT NULL DEFAULT '[]',
    "chiefId" TEXT,
    "chiefArea" TEXT,
    "responsibleMemberId" TEXT,
    "qrToken" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BinPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutySlot" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "binPointId" TEXT NOT NULL,
    "weekdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5, 6, 7]::INTEGER[],
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutySlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutySignup" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutySignup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyRecord" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "binPointId" TEXT NOT NULL,
    "slotId" TEXT,
    "startAt" TIMESTAMPTZ(3) NOT NULL,
    "endAt" TIMESTAMPTZ(3),
    "minutes" INTEGER,
    "source" "DutySource" NOT NULL,
    "status" "DutyStatus" NOT NULL,
    "note" TEXT,
    "rejectReason" TEXT,
    "recordedById" TEXT NOT NULL,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionLedger" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "binPointId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "supervisorId" TEXT NOT NULL,
    "observed" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "corrected" INTEGER NOT NULL,
    "remarks" TEXT,
    "photosBefore" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "photosAfter" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "score" INTEGER,
    "ratingComment" TEXT,
    "ratedById" TEXT,
    "ratedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SupervisionLedger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "category" "PointsCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "points" INTEGER NOT NULL,
    "audience" "PointsAudience" NOT NULL DEFAULT 'ANY',
    "cap" INTEGER,
    "capPeriod" "CapPeriod",
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PointsRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsCard" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "qrToken" TEXT NOT NULL,
    "status" "CardStatus" NOT NULL DEFAULT 'ACTIVE',
    "issuedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsAccount" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "personId" TEXT,
    "cardId" TEXT,
    "points" INTEGER NOT NULL DEFAULT 0,
    "minutes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "currency" "Currency" NOT NULL,
    "amount" INTEGER NOT NULL,
    "kind" "LedgerKind" NOT NULL,
    "sourceType" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "ruleId" TEXT,
    "reversesEntryId" TEXT,
    "memo" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsClaim" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "origin" "ClaimOrigin" NOT NULL,
    "points" INTEGER NOT NULL,
    "occurredOn" DATE NOT NULL,
    "note" TEXT,
    "photoIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "ClaimStatus" NOT NULL DEFAULT 'SUBMITTED',
    "rejectReason" TEXT,
    "submittedById" TEXT NOT NULL,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMPTZ(3),
    "rejectedById" TEXT,
    "rejectedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeStation" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "openDays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "openingNote" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeStation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeGoods" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "stationId" TEXT,
    "nodeId" TEXT NOT NULL,
    "kind" "GoodsKind" NOT NULL DEFAULT 'GOODS',
    "currency" "Currency" NOT NULL DEFAULT 'POINTS',
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "price" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExchangeGoods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exchange" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "stationId" TEXT,
    "nodeId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "currency" "Currency" NOT NULL,
    "total" INTEGER NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "operatorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Exchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeLine" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "goodsId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "price" INTEGER NOT NULL,

    CONSTRAINT "ExchangeLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RedBlackList" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "status" "RedListStatus" NOT NULL DEFAULT 'DRAFT',
    "rule" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RedBlackList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RedBlackEntry" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "side" "RedListSide" NOT NULL,
    "binPointId" TEXT,
    "householdId" TEXT,
    "label" TEXT NOT NULL,
    "rate" INTEGER,
    "observed" INTEGER,
    "reason" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RedBlackEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelHousehold" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "note" TEXT,
    "markedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelHousehold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrgLink_tenantId_areaNodeId_idx" ON "OrgLink"("tenantId", "areaNodeId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgLink_tenantId_id_key" ON "OrgLink"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OrgLink_tenantId_kind_orgNodeId_areaNodeId_building_key" ON "OrgLink"("tenantId", "kind", "orgNodeId", "areaNodeId", "building");

-- CreateIndex
CREATE INDEX "HouseholdVisit_tenantId_householdId_visitedOn_idx" ON "HouseholdVisit"("tenantId", "householdId", "visitedOn");

-- CreateIndex
CREATE INDEX "HouseholdVisit_tenantId_visitorId_visitedOn_idx" ON "HouseholdVisit"("tenantId", "visitorId", "visitedOn");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdVisit_tenantId_id_key" ON "HouseholdVisit"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DoubleRegistration_tenantId_communityNodeId_status_idx" ON "DoubleRegistration"("tenantId", "communityNodeId", "status");

-- CreateIndex
CREATE INDEX "DoubleRegistration_tenantId_unitNodeId_idx" ON "DoubleRegistration"("tenantId", "unitNodeId");

-- CreateIndex
CREATE INDEX "DoubleRegistration_tenantId_personId_idx" ON "DoubleRegistration"("tenantId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "DoubleRegistration_tenantId_id_key" ON "DoubleRegistration"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DoubleRating_tenantId_id_key" ON "DoubleRating"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DoubleRating_registrationId_quarter_key" ON "DoubleRating"("registrationId", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "MemberRole_tenantId_id_key" ON "MemberRole"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "MemberRole_personId_role_key" ON "MemberRole"("personId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "DutyPost_tenantId_id_key" ON "DutyPost"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DutyPost_tenantId_name_key" ON "DutyPost"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "DutyPostHolder_tenantId_id_key" ON "DutyPostHolder"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DutyPostHolder_postId_personId_key" ON "DutyPostHolder"("postId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "BinPoint_qrToken_key" ON "BinPoint"("qrToken");

-- CreateIndex
CREATE INDEX "BinPoint_tenantId_nodeId_idx" ON "BinPoint"("tenantId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "BinPoint_tenantId_id_key" ON "BinPoint"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DutySlot_tenantId_binPointId_idx" ON "DutySlot"("tenantId", "binPointId");

-- CreateIndex
CREATE UNIQUE INDEX "DutySlot_tenantId_id_key" ON "DutySlot"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DutySignup_tenantId_personId_date_idx" ON "DutySignup"("tenantId", "personId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "DutySignup_tenantId_id_key" ON "DutySignup"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DutySignup_slotId_personId_date_key" ON "DutySignup"("slotId", "personId", "date");

-- CreateIndex
CREATE INDEX "DutyRecord_tenantId_personId_startAt_idx" ON "DutyRecord"("tenantId", "personId", "startAt");

-- CreateIndex
CREATE INDEX "DutyRecord_tenantId_binPointId_startAt_idx" ON "DutyRecord"("tenantId", "binPointId", "startAt");

-- CreateIndex
CREATE INDEX "DutyRecord_tenantId_status_idx" ON "DutyRecord"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DutyRecord_tenantId_id_key" ON "DutyRecord"("tenantId", "id");

-- CreateIndex
CREATE INDEX "SupervisionLedger_tenantId_date_idx" ON "SupervisionLedger"("tenantId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionLedger_tenantId_id_key" ON "SupervisionLedger"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionLedger_binPointId_slotId_date_key" ON "SupervisionLedger"("binPointId", "slotId", "date");

-- CreateIndex
CREATE INDEX "PointsRule_tenantId_category_idx" ON "PointsRule"("tenantId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "PointsRule_tenantId_id_key" ON "PointsRule"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PointsCard_qrToken_key" ON "PointsCard"("qrToken");

-- CreateIndex
CREATE INDEX "PointsCard_tenantId_householdId_idx" ON "PointsCard"("tenantId", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "PointsCard_tenantId_id_key" ON "PointsCard"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PointsCard_tenantId_number_key" ON "PointsCard"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PointsAccount_tenantId_id_key" ON "PointsAccount"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PointsAccount_tenantId_personId_key" ON "PointsAccount"("tenantId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "PointsAccount_tenantId_cardId_key" ON "PointsAccount"("tenantId", "cardId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_reversesEntryId_key" ON "LedgerEntry"("reversesEntryId");

-- CreateIndex
CREATE INDEX "LedgerEntry_tenantId_accountId_createdAt_idx" ON "LedgerEntry"("tenantId", "accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_tenantId_id_key" ON "LedgerEntry"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_tenantId_sourceType_sourceId_kind_key" ON "LedgerEntry"("tenantId", "sourceType", "sourceId", "kind");

-- CreateIndex
CREATE INDEX "PointsClaim_tenantId_status_createdAt_idx" ON "PointsClaim"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "PointsClaim_tenantId_accountId_ruleId_occurredOn_idx" ON "PointsClaim"("tenantId", "accountId", "ruleId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "PointsClaim_tenantId_id_key" ON "PointsClaim"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ExchangeStation_tenantId_nodeId_idx" ON "ExchangeStation"("tenantId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeStation_tenantId_id_key" ON "ExchangeStation"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ExchangeGoods_tenantId_stationId_idx" ON "ExchangeGoods"("tenantId", "stationId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeGoods_tenantId_id_key" ON "ExchangeGoods"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Exchange_tenantId_stationId_createdAt_idx" ON "Exchange"("tenantId", "stationId", "createdAt");

-- CreateIndex
CREATE INDEX "Exchange_tenantId_accountId_idx" ON "Exchange"("tenantId", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_tenantId_id_key" ON "Exchange"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_tenantId_receiptNo_key" ON "Exchange"("tenantId", "receiptNo");

-- CreateIndex
CREATE INDEX "ExchangeLine_tenantId_goodsId_idx" ON "ExchangeLine"("tenantId", "goodsId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeLine_tenantId_id_key" ON "ExchangeLine"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RedBlackList_tenantId_id_key" ON "RedBlackList"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RedBlackList_tenantId_nodeId_month_key" ON "RedBlackList"("tenantId", "nodeId", "month");

-- CreateIndex
CREATE INDEX "RedBlackEntry_tenantId_listId_idx" ON "RedBlackEntry"("tenantId", "listId");

-- CreateIndex
CREATE UNIQUE INDEX "RedBlackEntry_tenantId_id_key" ON "RedBlackEntry"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ModelHousehold_tenantId_id_key" ON "ModelHousehold"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ModelHousehold_tenantId_householdId_key" ON "ModelHousehold"("tenantId", "householdId");

-- AddForeignKey
ALTER TABLE "OrgLink" ADD CONSTRAINT "OrgLink_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLink" ADD CONSTRAINT "OrgLink_tenantId_orgNodeId_fkey" FOREIGN KEY ("tenantId", "orgNodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLink" ADD CONSTRAINT "OrgLink_tenantId_areaNodeId_fkey" FOREIGN KEY ("tenantId", "areaNodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdVisit" ADD CONSTRAINT "HouseholdVisit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdVisit" ADD CONSTRAINT "HouseholdVisit_tenantId_householdId_fkey" FOREIGN KEY ("tenantId", "householdId") REFERENCES "Household"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdVisit" ADD CONSTRAINT "HouseholdVisit_tenantId_visitorId_fkey" FOREIGN KEY ("tenantId", "visitorId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleRegistration" ADD CONSTRAINT "DoubleRegistration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleRegistration" ADD CONSTRAINT "DoubleRegistration_tenantId_unitNodeId_fkey" FOREIGN KEY ("tenantId", "unitNodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleRegistration" ADD CONSTRAINT "DoubleRegistration_tenantId_communityNodeId_fkey" FOREIGN KEY ("tenantId", "communityNodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleRegistration" ADD CONSTRAINT "DoubleRegistration_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleRating" ADD CONSTRAINT "DoubleRating_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleRating" ADD CONSTRAINT "DoubleRating_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "DoubleRegistration"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRole" ADD CONSTRAINT "MemberRole_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRole" ADD CONSTRAINT "MemberRole_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPost" ADD CONSTRAINT "DutyPost_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPostHolder" ADD CONSTRAINT "DutyPostHolder_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPostHolder" ADD CONSTRAINT "DutyPostHolder_tenantId_postId_fkey" FOREIGN KEY ("tenantId", "postId") REFERENCES "DutyPost"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPostHolder" ADD CONSTRAINT "DutyPostHolder_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BinPoint" ADD CONSTRAINT "BinPoint_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BinPoint" ADD CONSTRAINT "BinPoint_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BinPoint" ADD CONSTRAINT "BinPoint_tenantId_chiefId_fkey" FOREIGN KEY ("tenantId", "chiefId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BinPoint" ADD CONSTRAINT "BinPoint_tenantId_responsibleMemberId_fkey" FOREIGN KEY ("tenantId", "responsibleMemberId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutySlot" ADD CONSTRAINT "DutySlot_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutySlot" ADD CONSTRAINT "DutySlot_tenantId_binPointId_fkey" FOREIGN KEY ("tenantId", "binPointId") REFERENCES "BinPoint"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutySignup" ADD CONSTRAINT "DutySignup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutySignup" ADD CONSTRAINT "DutySignup_tenantId_slotId_fkey" FOREIGN KEY ("tenantId", "slotId") REFERENCES "DutySlot"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutySignup" ADD CONSTRAINT "DutySignup_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRecord" ADD CONSTRAINT "DutyRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRecord" ADD CONSTRAINT "DutyRecord_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRecord" ADD CONSTRAINT "DutyRecord_tenantId_binPointId_fkey" FOREIGN KEY ("tenantId", "binPointId") REFERENCES "BinPoint"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRecord" ADD CONSTRAINT "DutyRecord_tenantId_slotId_fkey" FOREIGN KEY ("tenantId", "slotId") REFERENCES "DutySlot"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionLedger" ADD CONSTRAINT "SupervisionLedger_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionLedger" ADD CONSTRAINT "SupervisionLedger_tenantId_binPointId_fkey" FOREIGN KEY ("tenantId", "binPointId") REFERENCES "BinPoint"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionLedger" ADD CONSTRAINT "SupervisionLedger_tenantId_slotId_fkey" FOREIGN KEY ("tenantId", "slotId") REFERENCES "DutySlot"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsRule" ADD CONSTRAINT "PointsRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsCard" ADD CONSTRAINT "PointsCard_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsCard" ADD CONSTRAINT "PointsCard_tenantId_householdId_fkey" FOREIGN KEY ("tenantId", "householdId") REFERENCES "Household"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsCard" ADD CONSTRAINT "PointsCard_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsAccount" ADD CONSTRAINT "PointsAccount_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsAccount" ADD CONSTRAINT "PointsAccount_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsAccount" ADD CONSTRAINT "PointsAccount_tenantId_cardId_fkey" FOREIGN KEY ("tenantId", "cardId") REFERENCES "PointsCard"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "PointsAccount"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsClaim" ADD CONSTRAINT "PointsClaim_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsClaim" ADD CONSTRAINT "PointsClaim_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "PointsAccount"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsClaim" ADD CONSTRAINT "PointsClaim_tenantId_ruleId_fkey" FOREIGN KEY ("tenantId", "ruleId") REFERENCES "PointsRule"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeStation" ADD CONSTRAINT "ExchangeStation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeStation" ADD CONSTRAINT "ExchangeStation_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeGoods" ADD CONSTRAINT "ExchangeGoods_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeGoods" ADD CONSTRAINT "ExchangeGoods_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "ExchangeStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeGoods" ADD CONSTRAINT "ExchangeGoods_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "ExchangeStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "PointsAccount"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLine" ADD CONSTRAINT "ExchangeLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLine" ADD CONSTRAINT "ExchangeLine_tenantId_exchangeId_fkey" FOREIGN KEY ("tenantId", "exchangeId") REFERENCES "Exchange"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLine" ADD CONSTRAINT "ExchangeLine_tenantId_goodsId_fkey" FOREIGN KEY ("tenantId", "goodsId") REFERENCES "ExchangeGoods"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedBlackList" ADD CONSTRAINT "RedBlackList_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedBlackList" ADD CONSTRAINT "RedBlackList_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedBlackEntry" ADD CONSTRAINT "RedBlackEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedBlackEntry" ADD CONSTRAINT "RedBlackEntry_tenantId_listId_fkey" FOREIGN KEY ("tenantId", "listId") REFERENCES "RedBlackList"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedBlackEntry" ADD CONSTRAINT "RedBlackEntry_tenantId_householdId_fkey" FOREIGN KEY ("tenantId", "householdId") REFERENCES "Household"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelHousehold" ADD CONSTRAINT "ModelHousehold_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelHousehold" ADD CONSTRAINT "ModelHousehold_tenantId_householdId_fkey" FOREIGN KEY ("tenantId", "householdId") REFERENCES "Household"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
