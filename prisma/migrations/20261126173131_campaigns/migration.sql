-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'RUNNING', 'CLOSED');

-- CreateEnum
CREATE TYPE "CampaignScopeKind" AS ENUM ('SUBTREE', 'UNITS');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "PledgeChannel" AS ENUM ('APP', 'PAPER', 'PUBLIC');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('LAUNCH', 'TRAINING', 'DOOR_TO_DOOR', 'PARTY_DAY', 'LECTURE', 'CONTEST', 'INTO_AGENCY', 'INTO_ENTERPRISE', 'INTO_COMMUNITY', 'INTO_CLASSROOM', 'INTO_FAMILY', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantSource" AS ENUM ('ROSTER', 'SELF', 'WALK_IN');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SINGLE', 'MULTIPLE', 'TRUE_FALSE');

-- CreateEnum
CREATE TYPE "WasteCategory" AS ENUM ('KITCHEN', 'RECYCLABLE', 'HAZARDOUS', 'OTHER', 'GENERAL');

-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('SUGGESTION', 'TIP');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('OPEN', 'ANSWERED', 'ADOPTED', 'HIDDEN');

-- CreateEnum
CREATE TYPE "SelectionKind" AS ENUM ('MODEL_WORKER', 'VOLUNTEER', 'MODEL_HOUSEHOLD', 'MODEL_COMPOUND', 'OTHER');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "scopeKind" "CampaignScopeKind" NOT NULL DEFAULT 'SUBTREE',
    "templateKey" TEXT,
    "sections" JSONB NOT NULL DEFAULT '[]',
    "suggestedActivities" JSONB NOT NULL DEFAULT '[]',
    "letterTitle" TEXT,
    "letterHtml" TEXT,
    "letterPublishedAt" TIMESTAMPTZ(3),
    "letterPublishedById" TEXT,
    "pledgeTitle" TEXT,
    "pledgeText" TEXT,
    "createdById" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignTemplate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "structure" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignUnit" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "chosen" BOOLEAN NOT NULL DEFAULT false,
    "letterReceivedAt" TIMESTAMPTZ(3),
    "letterReceivedById" TEXT,
    "pledgeToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignTask" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "sectionKey" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "responsibleName" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CampaignTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskAssignment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "parentId" TEXT,
    "assignedById" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'PENDING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "responsibleName" TEXT,
    "lastReportAt" TIMESTAMPTZ(3),
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskReport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "progress" INTEGER NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "photoIds" TEXT[],
    "fileIds" TEXT[],
    "reportedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeSignature" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "personId" TEXT,
    "nodeId" TEXT NOT NULL,
    "signerName" TEXT,
    "phoneKey" TEXT,
    "channel" "PledgeChannel" NOT NULL,
    "campaignUnitId" TEXT,
    "recordedById" TEXT,
    "signedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT,
    "nodeId" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "description" TEXT,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "checkinToken" TEXT NOT NULL,
    "resultText" TEXT,
    "photoIds" TEXT[],
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityParticipant" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "personId" TEXT,
    "walkInName" TEXT,
    "phoneKey" TEXT,
    "source" "ParticipantSource" NOT NULL,
    "registeredById" TEXT,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedInAt" TIMESTAMPTZ(3),

    CONSTRAINT "ActivityParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityHousehold" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityHousehold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "category" "WasteCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[],
    "answer" INTEGER[],
    "explanation" TEXT,
    "starterKey" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quiz" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "timeLimitSec" INTEGER NOT NULL,
    "passPercent" INTEGER NOT NULL DEFAULT 80,
    "attemptsPerMember" INTEGER NOT NULL DEFAULT 1,
    "categories" "WasteCategory"[],
    "opensAt" TIMESTAMPTZ(3),
    "closesAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quiz_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "attemptNo" INTEGER NOT NULL,
    "questionIds" TEXT[],
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "answers" JSONB,
    "correct" INTEGER,
    "total" INTEGER NOT NULL,
    "percent" INTEGER,
    "late" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "QuizAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "authorPersonId" TEXT NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionSupport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionSupport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Selection" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "kind" "SelectionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "nominationEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "votingStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "votingEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "votesPerMember" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Selection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "selectionId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "nomineePersonId" TEXT,
    "nomineeHouseholdId" TEXT,
    "nomineeNodeId" TEXT,
    "nomineeName" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "photoIds" TEXT[],
    "status" "NominationStatus" NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "selectionId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "voterPersonId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_tenantId_nodeId_idx" ON "Campaign"("tenantId", "nodeId");

-- CreateIndex
CREATE INDEX "Campaign_tenantId_status_idx" ON "Campaign"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_tenantId_id_key" ON "Campaign"("tenantId", "id");

-- CreateIndex
CREATE INDEX "CampaignTemplate_tenantId_createdAt_idx" ON "CampaignTemplate"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignTemplate_tenantId_id_key" ON "CampaignTemplate"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignUnit_pledgeToken_key" ON "CampaignUnit"("pledgeToken");

-- CreateIndex
CREATE INDEX "CampaignUnit_tenantId_nodeId_idx" ON "CampaignUnit"("tenantId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignUnit_tenantId_id_key" ON "CampaignUnit"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignUnit_campaignId_nodeId_key" ON "CampaignUnit"("campaignId", "nodeId");

-- CreateIndex
CREATE INDEX "CampaignTask_tenantId_campaignId_sortOrder_idx" ON "CampaignTask"("tenantId", "campaignId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignTask_tenantId_id_key" ON "CampaignTask"("tenantId", "id");

-- CreateIndex
CREATE INDEX "TaskAssignment_tenantId_nodeId_idx" ON "TaskAssignment"("tenantId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskAssignment_tenantId_id_key" ON "TaskAssignment"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TaskAssignment_taskId_nodeId_key" ON "TaskAssignment"("taskId", "nodeId");

-- CreateIndex
CREATE INDEX "TaskReport_tenantId_assignmentId_createdAt_idx" ON "TaskReport"("tenantId", "assignmentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TaskReport_tenantId_id_key" ON "TaskReport"("tenantId", "id");

-- CreateIndex
CREATE INDEX "PledgeSignature_tenantId_campaignId_nodeId_idx" ON "PledgeSignature"("tenantId", "campaignId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeSignature_tenantId_id_key" ON "PledgeSignature"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeSignature_campaignId_personId_key" ON "PledgeSignature"("campaignId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeSignature_campaignId_nodeId_phoneKey_key" ON "PledgeSignature"("campaignId", "nodeId", "phoneKey");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_checkinToken_key" ON "Activity"("checkinToken");

-- CreateIndex
CREATE INDEX "Activity_tenantId_campaignId_startsAt_idx" ON "Activity"("tenantId", "campaignId", "startsAt");

-- CreateIndex
CREATE INDEX "Activity_tenantId_nodeId_startsAt_idx" ON "Activity"("tenantId", "nodeId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_tenantId_id_key" ON "Activity"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ActivityParticipant_tenantId_personId_idx" ON "ActivityParticipant"("tenantId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityParticipant_tenantId_id_key" ON "ActivityParticipant"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityParticipant_activityId_personId_key" ON "ActivityParticipant"("activityId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityParticipant_activityId_phoneKey_key" ON "ActivityParticipant"("activityId", "phoneKey");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityHousehold_tenantId_id_key" ON "ActivityHousehold"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityHousehold_activityId_householdId_key" ON "ActivityHousehold"("activityId", "householdId");

-- CreateIndex
CREATE INDEX "Question_tenantId_category_idx" ON "Question"("tenantId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "Question_tenantId_id_key" ON "Question"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Question_tenantId_starterKey_key" ON "Question"("tenantId", "starterKey");

-- CreateIndex
CREATE INDEX "Quiz_tenantId_campaignId_idx" ON "Quiz"("tenantId", "campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "Quiz_tenantId_id_key" ON "Quiz"("tenantId", "id");

-- CreateIndex
CREATE INDEX "QuizAttempt_tenantId_quizId_nodeId_idx" ON "QuizAttempt"("tenantId", "quizId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_tenantId_id_key" ON "QuizAttempt"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_quizId_personId_attemptNo_key" ON "QuizAttempt"("quizId", "personId", "attemptNo");

-- CreateIndex
CREATE INDEX "Suggestion_tenantId_campaignId_createdAt_idx" ON "Suggestion"("tenantId", "campaignId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_tenantId_id_key" ON "Suggestion"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionSupport_tenantId_id_key" ON "SuggestionSupport"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionSupport_suggestionId_personId_key" ON "SuggestionSupport"("suggestionId", "personId");

-- CreateIndex
CREATE INDEX "Selection_tenantId_campaignId_idx" ON "Selection"("tenantId", "campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "Selection_tenantId_id_key" ON "Selection"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Nomination_tenantId_selectionId_status_idx" ON "Nomination"("tenantId", "selectionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_tenantId_id_key" ON "Nomination"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Vote_tenantId_nominationId_idx" ON "Vote"("tenantId", "nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_tenantId_id_key" ON "Vote"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_selectionId_voterPersonId_nominationId_key" ON "Vote"("selectionId", "voterPersonId", "nominationId");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTemplate" ADD CONSTRAINT "CampaignTemplate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUnit" ADD CONSTRAINT "CampaignUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUnit" ADD CONSTRAINT "CampaignUnit_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "Campaign"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUnit" ADD CONSTRAINT "CampaignUnit_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTask" ADD CONSTRAINT "CampaignTask_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTask" ADD CONSTRAINT "CampaignTask_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "Campaign"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_tenantId_taskId_fkey" FOREIGN KEY ("tenantId", "taskId") REFERENCES "CampaignTask"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskReport" ADD CONSTRAINT "TaskReport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskReport" ADD CONSTRAINT "TaskReport_tenantId_assignmentId_fkey" FOREIGN KEY ("tenantId", "assignmentId") REFERENCES "TaskAssignment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "Campaign"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_tenantId_campaignUnitId_fkey" FOREIGN KEY ("tenantId", "campaignUnitId") REFERENCES "CampaignUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "Campaign"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "Activity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityHousehold" ADD CONSTRAINT "ActivityHousehold_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityHousehold" ADD CONSTRAINT "ActivityHousehold_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "Activity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityHousehold" ADD CONSTRAINT "ActivityHousehold_tenantId_householdId_fkey" FOREIGN KEY ("tenantId", "householdId") REFERENCES "Household"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "Campaign"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_tenantId_quizId_fkey" FOREIGN KEY ("tenantId", "quizId") REFERENCES "Quiz"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "Campaign"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_authorPersonId_fkey" FOREIGN KEY ("tenantId", "authorPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionSupport" ADD CONSTRAINT "SuggestionSupport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionSupport" ADD CONSTRAINT "SuggestionSupport_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionSupport" ADD CONSTRAINT "SuggestionSupport_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Selection" ADD CONSTRAINT "Selection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Selection" ADD CONSTRAINT "Selection_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "Campaign"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_tenantId_selectionId_fkey" FOREIGN KEY ("tenantId", "selectionId") REFERENCES "Selection"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_tenantId_nodeId_fkey" FOREIGN KEY ("tenantId", "nodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_tenantId_nomineePersonId_fkey" FOREIGN KEY ("tenantId", "nomineePersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_tenantId_nomineeHouseholdId_fkey" FOREIGN KEY ("tenantId", "nomineeHouseholdId") REFERENCES "Household"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_tenantId_nomineeNodeId_fkey" FOREIGN KEY ("tenantId", "nomineeNodeId") REFERENCES "OrgNode"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_tenantId_selectionId_fkey" FOREIGN KEY ("tenantId", "selectionId") REFERENCES "Selection"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_tenantId_nominationId_fkey" FOREIGN KEY ("tenantId", "nominationId") REFERENCES "Nomination"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_tenantId_voterPersonId_fkey" FOREIGN KEY ("tenantId", "voterPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
