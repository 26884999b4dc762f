import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { addWalkIn, createActivity, getActivity, recordResults, registerParticipants } from "@/lib/campaigns/activities/activities";
import { createCampaign, getCampaign, listCampaignUnits, saveCampaignAsTemplate, setCampaignStatus, updateCampaign } from "@/lib/campaigns/campaigns";
import { createQuiz, getContest, startAttempt } from "@/lib/campaigns/contests/quizzes";
import { confirmReceipt, getLetter, getLetterForMember, publishLetter, saveLetter } from "@/lib/campaigns/letters/letters";
import { getCampaignOverview } from "@/lib/campaigns/overview";
import { getPledgeForMember, getPledgeOverview, recordPaperSignatures, savePledgeText, signPledge } from "@/lib/campaigns/pledges/pledges";
import { castVote, createSelection, getSelection, nominate, publishResults } from "@/lib/campaigns/selections/selections";
import { answerSuggestion, listSuggestions, submitSuggestion, supportSuggestion } from "@/lib/campaigns/suggestions/suggestions";
import { assignTask, createTask, deleteTask, listTasks, reportProgress } from "@/lib/campaigns/tasks/tasks";
import { createTestTenant, owner } from "../factories/tenant";

// Every entry point of the campaign data layer, called by actors outside a campaign owned by street A: the sibling
// street's admin, another tenant's admin and member, and (for writes) the leader. Each answers 404 or 403, and the
// campaign's rows are exactly as they were.
describe("campaign scope, action by action", () => {
  it("refuses every read and write from outside the campaign and changes nothing", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const { id } = await createCampaign({
      actor: t.actors.unitAdminA,
      data: { title: "甲街道动员", description: null, startsOn: "2026-11-01", endsOn: "2027-01-31", nodeId: t.nodes.a.id, scopeKind: "SUBTREE", unitIds: [], template: "seed000" },
    });
    await setCampaignStatus({ actor: t.actors.unitAdminA, data: { campaignId: id, status: "RUNNING" } });
    const { id: taskId } = await createTask({ actor: t.actors.unitAdminA, data: { campaignId: id, title: "任务", description: null, dueDate: "2026-12-01", responsibleName: null, sectionKey: null } });
    await assignTask({ actor: t.actors.unitAdminA, data: { taskId, nodeIds: [t.nodes.a1.id], cascade: false } });
    const assignmentId = (await listTasks({ actor: t.actors.unitAdminA, campaignId: id })).tasks.find((x) => x.id === taskId)!.assignments[0].id;
    const { id: activityId } = await createActivity({ actor: t.actors.unitAdminA1, data: { campaignId: id, nodeId: t.nodes.a1.id, kind: "LECTURE", title: "讲座", date: "2026-12-05", startTime: "09:00", endTime: "10:00", place: null, description: null } });
    const { id: quizId } = await createQuiz({ actor: t.actors.unitAdminA, data: { campaignId: id, title: "答题", questionCount: 5, timeLimitMin: 5, passPercent: 80, attemptsPerMember: 1, categories: [] } });
    const { id: suggestionId } = await submitSuggestion({ actor: t.actors.member, data: { campaignId: id, kind: "TIP", text: "旧报纸折纸袋装厨余垃圾" } });
    const { id: selectionId } = await createSelection({
      actor: t.actors.unitAdminA,
      data: { campaignId: id, kind: "MODEL_WORKER", title: "最美职工", description: null, nominationEnds: "2099-12-01", votingStarts: "2099-12-02", votingEnds: "2099-12-20", votingEndTime: "17:00", votesPerMember: 1 },
    });
    const db = owner();
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all([
          db.campaign.findUnique({ where: { id } }),
          db.campaignTask.findMany({ where: { campaignId: id }, orderBy: { id: "asc" } }),
          db.taskAssignment.findMany({ where: { task: { campaignId: id } }, orderBy: { id: "asc" } }),
          db.taskReport.count({ where: { assignment: { task: { campaignId: id } } } }),
          db.campaignUnit.findMany({ where: { campaignId: id }, orderBy: { id: "asc" } }),
          db.pledgeSignature.count({ where: { campaignId: id } }),
          db.activity.findMany({ where: { campaignId: id }, orderBy: { id: "asc" } }),
          db.activityParticipant.count({ where: { activity: { campaignId: id } } }),
          db.quiz.count({ where: { campaignId: id } }),
          db.quizAttempt.count({ where: { quiz: { campaignId: id } } }),
          db.suggestion.findMany({ where: { campaignId: id }, orderBy: { id: "asc" } }),
          db.suggestionSupport.count({ where: { suggestion: { campaignId: id } } }),
          db.selection.findMany({ where: { campaignId: id }, orderBy: { id: "asc" } }),
          db.nomination.count({ where: { selection: { campaignId: id } } }),
          db.campaignTemplate.count({ where: { tenantId: t.tenantId } }),
        ]),
      );
    const before = await snapshot();

    const reads = (actor: Actor) => [
      () => getCampaign({ actor, campaignId: id }),
      () => listCampaignUnits({ actor, campaignId: id }),
      () => getCampaignOverview({ actor, campaignId: id }),
      () => listTasks({ actor, campaignId: id }),
      () => getLetter({ actor, campaignId: id }),
      () => getPledgeOverview({ actor, campaignId: id }),
      () => getActivity({ actor, activityId }),
      () => getContest({ actor, campaignId: id }),
      () => listSuggestions({ actor, campaignId: id }),
      () => getSelection({ actor, selectionId }),
    ];
    const writes = (actor: Actor) => [
      () => updateCampaign({ actor, data: { campaignId: id, title: "改", description: null, startsOn: "2026-11-01", endsOn: "2027-01-31" } }),
      () => setCampaignStatus({ actor, data: { campaignId: id, status: "CLOSED" } }),
      () => saveCampaignAsTemplate({ actor, data: { campaignId: id, name: "偷来的框架", description: null } }),
      () => createTask({ actor, data: { campaignId: id, title: "x", description: null, dueDate: "2026-12-01", responsibleName: null, sectionKey: null } }),
      () => assignTask({ actor, data: { taskId, nodeIds: [t.nodes.a1b.id], cascade: false } }),
      () => deleteTask({ actor, data: { taskId } }),
      () => reportProgress({ actor, data: { assignmentId, text: "x", progress: 10, done: false, responsibleName: null, photoIds: [], fileIds: [] } }),
      () => saveLetter({ actor, data: { campaignId: id, title: "x", html: "<p>x</p>" } }),
      () => publishLetter({ actor, data: { campaignId: id } }),
      () => confirmReceipt({ actor, data: { campaignId: id, nodeId: t.nodes.a1.id } }),
      () => savePledgeText({ actor, data: { campaignId: id, title: "x", text: "x" } }),
      () => recordPaperSignatures({ actor, data: { campaignId: id, personIds: [t.people.a1Person.id] } }),
      () => createActivity({ actor, data: { campaignId: id, nodeId: t.nodes.a1.id, kind: "LECTURE", title: "x", date: "2026-12-05", startTime: "09:00", endTime: "10:00", place: null, description: null } }),
      () => registerParticipants({ actor, data: { activityId, personIds: [t.people.a1Person.id], notify: false } }),
      () => addWalkIn({ actor, data: { activityId, name: "x", phone: "13912345678" } }),
      () => recordResults({ actor, data: { activityId, resultText: "x", photoIds: [] } }),
      () => createQuiz({ actor, data: { campaignId: id, title: "x", questionCount: 5, timeLimitMin: 5, passPercent: 80, attemptsPerMember: 1, categories: [] } }),
      () => answerSuggestion({ actor, data: { suggestionId, answer: "x", adopt: true } }),
      () => createSelection({ actor, data: { campaignId: id, kind: "OTHER", title: "x", description: null, nominationEnds: "2099-12-01", votingStarts: "2099-12-02", votingEnds: "2099-12-20", votingEndTime: "17:00", votesPerMember: 1 } }),
      () => nominate({ actor, data: { selectionId, nodeId: t.nodes.a1.id, nomineePersonId: t.people.a1Person.id, reason: "表现突出，坚持值守" } }),
      () => publishResults({ actor, data: { selectionId } }),
    ];
    const memberCalls = (actor: Actor) => [
      () => getPledgeForMember({ actor, campaignId: id }),
      () => signPledge({ actor, data: { campaignId: id } }),
      () => getLetterForMember({ actor, campaignId: id }),
      () => startAttempt({ actor, data: { quizId } }),
      () => submitSuggestion({ actor, data: { campaignId: id, kind: "TIP", text: "不属于这里的建议" } }),
      () => supportSuggestion({ actor, data: { suggestionId } }),
      () => castVote({ actor, data: { selectionId, nominationId: "nonexistent1" } }),
    ];

    const refused = async (calls: (() => Promise<unknown>)[], label: string) => {
      for (const [i, call] of calls.entries()) {
        await expect(call(), `${label} #${i}`).rejects.toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) });
      }
    };
    await refused([...reads(t.actors.unitAdminB), ...writes(t.actors.unitAdminB)], "sibling street");
    await refused([...reads(other.actors.tenantAdmin), ...writes(other.actors.tenantAdmin)], "other tenant");
    await refused(writes(t.actors.leader), "leader");
    await refused(memberCalls(other.actors.member), "other tenant's member");
    // A member of street B (the sibling): the campaign is not theirs.
    const bMember = await (async () => {
      const { loadActor } = await import("@/lib/auth/load-actor");
      const { newId } = await import("@/lib/ids");
      const userId = newId();
      await db.user.create({ data: { id: userId, tenantId: t.tenantId, username: `bm-${userId}`, displayName: "乙一居民", passwordHash: "x", personId: t.people.b1Person.id } });
      await db.roleAssignment.create({ data: { id: newId(), tenantId: t.tenantId, userId, nodeId: t.nodes.b1.id, role: "MEMBER" } });
      const load = await loadActor({ uid: userId, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" });
      return (load as { actor: Actor }).actor;
    })();
    await refused(memberCalls(bMember), "sibling's member");
    expect(await snapshot()).toBe(before);
    await db.$disconnect();
  });
});
