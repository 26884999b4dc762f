"use server";
// Staff actions of campaigns: managers (campaigns.manage) run campaigns, unit staff (campaigns.unit) do their
// units' part. The data layer narrows every call to rows in the actor's scope.
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { addVisitedHouseholds, addWalkIn, checkInParticipant, createActivity, listRegistrable, listVisitableHouseholds, recordResults, registerParticipants, updateActivity } from "@/lib/campaigns/activities/activities";
import { activityIdSchema, createActivitySchema, householdsSchema, participantIdSchema, recordResultsSchema, registerSchema, updateActivitySchema, walkInSchema } from "@/lib/campaigns/activities/schemas";
import { createCampaign, saveCampaignAsTemplate, setCampaignStatus, updateCampaign } from "@/lib/campaigns/campaigns";
import { archiveQuestion, createQuestion, importStarterBank, updateQuestion } from "@/lib/campaigns/contests/questions";
import { createQuiz } from "@/lib/campaigns/contests/quizzes";
import { archiveQuestionSchema, createQuestionSchema, createQuizSchema, updateQuestionSchema } from "@/lib/campaigns/contests/schemas";
import { confirmReceipt, publishLetter, saveLetter } from "@/lib/campaigns/letters/letters";
import { confirmReceiptSchema, saveLetterSchema } from "@/lib/campaigns/letters/schemas";
import { listUnsigned, recordPaperSignatures, savePledgeText } from "@/lib/campaigns/pledges/pledges";
import { paperSignaturesSchema, savePledgeSchema } from "@/lib/campaigns/pledges/schemas";
import { campaignIdSchema, campaignStatusSchema, createCampaignSchema, id, saveTemplateSchema, updateCampaignSchema } from "@/lib/campaigns/schemas";
import { createSelection, nominate, publishResults, reviewNomination } from "@/lib/campaigns/selections/selections";
import { createSelectionSchema, nominateSchema, reviewNominationSchema, selectionIdSchema } from "@/lib/campaigns/selections/schemas";
import { answerSuggestion, hideSuggestion, restoreSuggestion } from "@/lib/campaigns/suggestions/suggestions";
import { answerSuggestionSchema, hideSuggestionSchema, suggestionIdSchema } from "@/lib/campaigns/suggestions/schemas";
import { listHouseholds } from "@/lib/households/read-households";
import { searchNodes } from "@/lib/org/read-nodes";
import { listPeople } from "@/lib/people/read-people";
import { assignTask, createTask, deleteTask, passDownTask, reportProgress, updateTask } from "@/lib/campaigns/tasks/tasks";
import { assignTaskSchema, createTaskSchema, passDownSchema, reportProgressSchema, taskIdSchema, updateTaskSchema } from "@/lib/campaigns/tasks/schemas";

const manage = "campaigns.manage" as const;
const unit = "campaigns.unit" as const;
const q = z.string().trim().max(50).default("");

// Campaigns
export const createCampaignAction = defineAction({ permission: manage, input: createCampaignSchema }, ({ actor, input }) => createCampaign({ actor, data: input }));
export const updateCampaignAction = defineAction({ permission: manage, input: updateCampaignSchema }, ({ actor, input }) => updateCampaign({ actor, data: input }));
export const setCampaignStatusAction = defineAction({ permission: manage, input: campaignStatusSchema }, ({ actor, input }) => setCampaignStatus({ actor, data: input }));
export const saveTemplateAction = defineAction({ permission: manage, input: saveTemplateSchema }, ({ actor, input }) => saveCampaignAsTemplate({ actor, data: input }));

// Task list
export const createTaskAction = defineAction({ permission: manage, input: createTaskSchema }, ({ actor, input }) => createTask({ actor, data: input }));
export const updateTaskAction = defineAction({ permission: manage, input: updateTaskSchema }, ({ actor, input }) => updateTask({ actor, data: input }));
export const deleteTaskAction = defineAction({ permission: manage, input: taskIdSchema }, ({ actor, input }) => deleteTask({ actor, data: input }));
export const assignTaskAction = defineAction({ permission: manage, input: assignTaskSchema }, ({ actor, input }) => assignTask({ actor, data: input }));
export const passDownTaskAction = defineAction({ permission: unit, input: passDownSchema }, ({ actor, input }) => passDownTask({ actor, data: input }));
export const reportProgressAction = defineAction({ permission: unit, input: reportProgressSchema }, ({ actor, input }) => reportProgress({ actor, data: input }));

// Initiative letter
export const saveLetterAction = defineAction({ permission: manage, input: saveLetterSchema }, ({ actor, input }) => saveLetter({ actor, data: input }));
export const publishLetterAction = defineAction({ permission: manage, input: campaignIdSchema }, ({ actor, input }) => publishLetter({ actor, data: input }));
export const confirmReceiptAction = defineAction({ permission: unit, input: confirmReceiptSchema }, ({ actor, input }) => confirmReceipt({ actor, data: input }));

// Pledge
export const savePledgeAction = defineAction({ permission: manage, input: savePledgeSchema }, ({ actor, input }) => savePledgeText({ actor, data: input }));
export const recordPaperAction = defineAction({ permission: unit, input: paperSignaturesSchema }, ({ actor, input }) => recordPaperSignatures({ actor, data: input }));
export const searchUnsignedAction = defineAction({ permission: unit, input: z.object({ campaignId: id, q }) }, ({ actor, input }) => listUnsigned({ actor, campaignId: input.campaignId, q: input.q }));

// Activities
export const createActivityAction = defineAction({ permission: unit, input: createActivitySchema }, ({ actor, input }) => createActivity({ actor, data: input }));
export const updateActivityAction = defineAction({ permission: unit, input: updateActivitySchema }, ({ actor, input }) => updateActivity({ actor, data: input }));
export const recordResultsAction = defineAction({ permission: unit, input: recordResultsSchema }, ({ actor, input }) => recordResults({ actor, data: input }));
export const registerParticipantsAction = defineAction({ permission: unit, input: registerSchema }, ({ actor, input }) => registerParticipants({ actor, data: input }));
export const addWalkInAction = defineAction({ permission: unit, input: walkInSchema }, ({ actor, input }) => addWalkIn({ actor, data: input }));
export const checkInParticipantAction = defineAction({ permission: unit, input: participantIdSchema }, ({ actor, input }) => checkInParticipant({ actor, data: input }));
export const addHouseholdsAction = defineAction({ permission: unit, input: householdsSchema }, ({ actor, input }) => addVisitedHouseholds({ actor, data: input }));
export const searchRegistrableAction = defineAction({ permission: unit, input: activityIdSchema.extend({ q }) }, ({ actor, input }) => listRegistrable({ actor, activityId: input.activityId, q: input.q }));
export const searchHouseholdsAction = defineAction({ permission: unit, input: activityIdSchema.extend({ q }) }, ({ actor, input }) => listVisitableHouseholds({ actor, activityId: input.activityId, q: input.q }));

// Knowledge contest
export const createQuizAction = defineAction({ permission: manage, input: createQuizSchema }, ({ actor, input }) => createQuiz({ actor, data: input }));
export const importStarterBankAction = defineAction({ permission: manage, input: z.object({}) }, ({ actor }) => importStarterBank({ actor }));
export const createQuestionAction = defineAction({ permission: manage, input: createQuestionSchema }, ({ actor, input }) => createQuestion({ actor, data: input }));
export const updateQuestionAction = defineAction({ permission: manage, input: updateQuestionSchema }, ({ actor, input }) => updateQuestion({ actor, data: input }));
export const archiveQuestionAction = defineAction({ permission: manage, input: archiveQuestionSchema }, ({ actor, input }) => archiveQuestion({ actor, data: input }));

// Suggestions
export const answerSuggestionAction = defineAction({ permission: manage, input: answerSuggestionSchema }, ({ actor, input }) => answerSuggestion({ actor, data: input }));
export const hideSuggestionAction = defineAction({ permission: manage, input: hideSuggestionSchema }, ({ actor, input }) => hideSuggestion({ actor, data: input }));
export const restoreSuggestionAction = defineAction({ permission: manage, input: suggestionIdSchema }, ({ actor, input }) => restoreSuggestion({ actor, data: input }));

// Selections
export const createSelectionAction = defineAction({ permission: manage, input: createSelectionSchema }, ({ actor, input }) => createSelection({ actor, data: input }));
export const nominateAction = defineAction({ permission: unit, input: nominateSchema }, ({ actor, input }) => nominate({ actor, data: input }));
export const reviewNominationAction = defineAction({ permission: manage, input: reviewNominationSchema }, ({ actor, input }) => reviewNomination({ actor, data: input }));
export const publishResultsAction = defineAction({ permission: manage, input: selectionIdSchema }, ({ actor, input }) => publishResults({ actor, data: input }));

/** Nominee pickers: people, households or units under the nominating unit, in the actor's scope. */
export const searchNomineesAction = defineAction(
  { permission: unit, input: z.object({ type: z.enum(["person", "household", "node"]), nodeId: id, q }) },
  async ({ actor, input }) => {
    if (input.type === "person") {
      const res = await listPeople({ actor, nodeId: input.nodeId, q: input.q, pageSize: 20 });
      return res.rows.map((p) => ({ id: p.id, label: p.name, sub: p.node.name }));
    }
    if (input.type === "household") {
      const res = await listHouseholds({ actor, nodeId: input.nodeId, q: input.q, pageSize: 20 });
      return res.rows.map((h) => ({ id: h.id, label: `${h.headName} ${[h.building, h.unit, h.room].filter(Boolean).join(" ")}`, sub: h.node.name }));
    }
    const rows = await searchNodes({ actor, q: input.q, limit: 20 });
    return rows.map((n) => ({ id: n.id, label: n.name, sub: n.kind.name }));
  },
);
