// The same matrix through the server actions (session → permission → zod → data layer → error mapping): for each
// model op that a server action performs, which action and with what input. Coverage of every exported action is
// checked in tests/db/matrix-coverage.test.ts.
import { addDays, dayKeyOf } from "@/lib/duty/time";
import type { Op, Prepared } from "./resources/index";
import { CHECKLIST_ITEMS, FULL_SCORES, SCHEME_WEIGHTS } from "./fixtures-dashboards";
import { SAVED_TARGET } from "./resources/dashboards";
import { NOTICE_SECTIONS } from "./resources/notices";
import { MINIMAL, REPORT_TYPE, typeData } from "./resources/reports";

type ActionResult = { ok: true; data: unknown } | { ok: false; code: string; error: string };
type AnyAction = (input: never) => Promise<ActionResult>;

export type ActionCase = {
  model: string;
  op: Op;
  module: string;
  action: string;
  input: (p: Prepared) => Record<string, unknown>;
  reached?: (data: unknown, p: Prepared) => boolean;
};

export const ACTION_CASES: ActionCase[] = [
  { model: "OrgNode", op: "list", module: "pickers", action: "searchNodesAction", input: (p) => ({ q: p.data.name, limit: 100 }), reached: (d, p) => (d as { id: string }[]).some((n) => n.id === p.target.id) },
  { model: "Person", op: "list", module: "pickers", action: "searchPeopleAction", input: (p) => ({ q: p.data.name }), reached: (d, p) => (d as { id: string }[]).some((n) => n.id === p.target.id) },
  { model: "OrgNode", op: "update", module: "org", action: "updateNodeAction", input: (p) => ({ nodeId: p.target.id, name: "动作改名" }) },
  { model: "OrgNode", op: "delete", module: "org", action: "deleteNodeAction", input: (p) => ({ nodeId: p.target.id }) },
  { model: "Person", op: "update", module: "people", action: "updatePersonAction", input: (p) => ({ personId: p.target.id, name: "动作改名" }) },
  { model: "Person", op: "delete", module: "people", action: "deletePersonAction", input: (p) => ({ personId: p.target.id }) },
  { model: "Household", op: "update", module: "households", action: "updateHouseholdAction", input: (p) => ({ householdId: p.target.id, headName: "动作改名" }) },
  { model: "Household", op: "delete", module: "households", action: "deleteHouseholdAction", input: (p) => ({ householdId: p.target.id }) },
  { model: "HouseholdLink", op: "update", module: "households", action: "linkMemberAction", input: (p) => ({ personId: p.data.personId, householdId: p.target.id }) },
  { model: "HouseholdLink", op: "delete", module: "households", action: "unlinkMemberAction", input: (p) => ({ personId: p.data.personId, householdId: p.target.id }), reached: (d) => (d as { removed: number }).removed === 1 },
  { model: "User", op: "update", module: "users", action: "updateUserAction", input: (p) => ({ userId: p.target.id, displayName: "动作改名", disabled: true }) },
  { model: "User", op: "delete", module: "users", action: "deleteUserAction", input: (p) => ({ userId: p.target.id }) },
  { model: "RoleAssignment", op: "update", module: "users", action: "assignRoleAction", input: (p) => ({ userId: p.target.id, nodeId: p.data.nodeId, role: "UNIT_ADMIN" }) },
  { model: "RoleAssignment", op: "delete", module: "users", action: "removeRoleAction", input: (p) => ({ userId: p.target.id, assignmentId: p.data.assignmentId }) },
  { model: "RepresentativeFollow", op: "update", module: "users", action: "setFollowedUnitsAction", input: (p) => ({ userId: p.target.id, nodeIds: [p.data.nodeId] }) },
  { model: "Notification", op: "update", module: "notifications", action: "markNotificationsReadAction", input: (p) => ({ id: p.target.id }), reached: (d) => (d as { marked: number }).marked === 1 },
  ...PARTICIPATION_CASES(),
  ...CAMPAIGN_CASES(),
  ...REPORT_CASES(),
  ...DASHBOARD_CASES(),
];

function PARTICIPATION_CASES(): ActionCase[] {
  const inList = (d: unknown, p: Prepared) => (d as { id: string }[]).some((x) => x.id === p.target.id);
  const today = dayKeyOf(new Date());
  return [
    // double reporting
    { model: "DoubleRegistration", op: "update", module: "double", action: "decideRegistrationAction", input: (p) => ({ registrationId: p.target.id, accept: true }) },
    { model: "DoubleRegistration", op: "delete", module: "double", action: "endRegistrationAction", input: (p) => ({ registrationId: p.target.id }) },
    { model: "DoubleRating", op: "update", module: "double", action: "rateRegistrationAction", input: (p) => ({ registrationId: p.data.registrationId, quarter: "2026Q3", grade: "POOR" }) },
    // duty and supervision
    { model: "BinPoint", op: "update", module: "duty", action: "updateBinPointAction", input: (p) => ({ binPointId: p.target.id, name: "动作改名", kitchen: 1 }) },
    { model: "BinPoint", op: "update", module: "duty", action: "renewBinPointQrAction", input: (p) => ({ binPointId: p.target.id }) },
    { model: "BinPoint", op: "update", module: "duty", action: "addSlotAction", input: (p) => ({ binPointId: p.target.id, start: "12:00", end: "13:00" }) },
    { model: "BinPoint", op: "delete", module: "duty", action: "archiveBinPointAction", input: (p) => ({ binPointId: p.target.id, archived: true }) },
    { model: "DutySlot", op: "delete", module: "duty", action: "archiveSlotAction", input: (p) => ({ slotId: p.target.id }) },
    { model: "DutySlot", op: "update:signUp", module: "duty", action: "signUpAction", input: (p) => ({ slotId: p.target.id, date: addDays(today, 3) }) },
    { model: "DutySignup", op: "delete", module: "duty", action: "cancelSignupAction", input: (p) => ({ signupId: p.target.id }) },
    { model: "DutyRecord", op: "delete", module: "duty", action: "cancelCheckInAction", input: () => ({}), reached: (d, p) => (d as { id: string }).id === p.target.id },
    { model: "DutyRecord", op: "update", module: "duty", action: "verifyRecordAction", input: (p) => ({ recordId: p.target.id }) },
    { model: "DutyRecord", op: "update", module: "duty", action: "verifyRecordsAction", input: (p) => ({ recordIds: [p.target.id] }), reached: (d) => (d as { verified: number }).verified === 1 },
    { model: "DutyRecord", op: "update:reject", module: "duty", action: "rejectRecordAction", input: (p) => ({ recordId: p.target.id, reason: "动作驳回" }) },
    { model: "SupervisionLedger", op: "update", module: "duty", action: "rateLedgerAction", input: (p) => ({ ledgerId: p.target.id, score: 80 }) },
    {
      model: "SupervisionLedger",
      op: "update:save",
      module: "duty",
      action: "saveLedgerAction",
      input: (p) => ({ binPointId: p.target.id, slotId: p.data.slotId, date: today, observed: 10, correct: 8, corrected: 1 }),
    },
    { model: "MemberRole", op: "update", module: "duty", action: "setMemberRoleAction", input: (p) => ({ personId: p.data.personId, role: "PUBLICIST", on: true }) },
    { model: "MemberRole", op: "delete", module: "duty", action: "setMemberRoleAction", input: (p) => ({ personId: p.data.personId, role: "PIONEER", on: false }) },
    { model: "DutyPostHolder", op: "update", module: "duty", action: "setPostHolderAction", input: (p) => ({ postId: p.data.postId, personId: p.data.personId, on: true }) },
    { model: "DutyPostHolder", op: "delete", module: "duty", action: "setPostHolderAction", input: (p) => ({ postId: p.data.postId, personId: p.data.personId, on: false }) },
    // three links
    { model: "OrgLink", op: "delete", module: "links", action: "removeOrgLinkAction", input: (p) => ({ linkId: p.target.id }) },
    // points, cards, stations
    { model: "PointsRule", op: "update", module: "points", action: "updateRuleAction", input: (p) => ({ ruleId: p.target.id, category: "SORTING", name: "动作改名", points: 2 }) },
    { model: "PointsRule", op: "delete", module: "points", action: "archiveRuleAction", input: (p) => ({ ruleId: p.target.id, archived: true }) },
    { model: "PointsCard", op: "delete", module: "points", action: "revokeCardAction", input: (p) => ({ cardId: p.target.id }) },
    { model: "PointsCard", op: "read:number", module: "points", action: "lookupCardAction", input: (p) => ({ number: p.data.number }) },
    { model: "Household", op: "list", module: "points", action: "searchHouseholdsAction", input: (p) => ({ q: p.data.name }), reached: inList },
    { model: "Person", op: "list:holders", module: "points", action: "findHoldersAction", input: (p) => ({ q: p.data.name }), reached: inList },
    { model: "PointsClaim", op: "update", module: "points", action: "verifyClaimAction", input: (p) => ({ claimId: p.target.id }) },
    { model: "PointsClaim", op: "update:confirm", module: "points", action: "confirmClaimAction", input: (p) => ({ claimId: p.target.id }) },
    { model: "PointsClaim", op: "delete", module: "points", action: "rejectClaimAction", input: (p) => ({ claimId: p.target.id, reason: "动作驳回" }) },
    { model: "LedgerEntry", op: "update", module: "points", action: "reverseEntryAction", input: (p) => ({ entryId: p.target.id, memo: "动作冲正" }) },
    { model: "ExchangeStation", op: "update:addGoods", module: "points", action: "addGoodsAction", input: (p) => ({ stationId: p.target.id, name: "动作商品", price: 3, stock: 4 }) },
    {
      model: "ExchangeStation",
      op: "update:exchange",
      module: "points",
      action: "exchangeAction",
      input: (p) => ({ stationId: p.target.id, personId: p.data.personId, lines: [{ goodsId: p.data.goodsId, quantity: 1 }] }),
    },
    { model: "ExchangeGoods", op: "update", module: "points", action: "restockGoodsAction", input: (p) => ({ goodsId: p.target.id, add: 2 }) },
    { model: "ExchangeGoods", op: "delete", module: "points", action: "archiveGoodsAction", input: (p) => ({ goodsId: p.target.id, archived: true }) },
    // red/black list
    { model: "RedBlackList", op: "update", module: "redlist", action: "publishListAction", input: (p) => ({ listId: p.target.id }) },
    { model: "RedBlackList", op: "update:addEntry", module: "redlist", action: "addEntryAction", input: (p) => ({ listId: p.target.id, side: "BLACK", householdId: p.data.householdId }) },
    { model: "RedBlackEntry", op: "delete", module: "redlist", action: "removeEntryAction", input: (p) => ({ entryId: p.target.id }) },
    { model: "ModelHousehold", op: "update", module: "redlist", action: "setModelHouseholdAction", input: (p) => ({ householdId: p.data.householdId, on: true, note: "动作示范户" }) },
    { model: "ModelHousehold", op: "delete", module: "redlist", action: "setModelHouseholdAction", input: (p) => ({ householdId: p.data.householdId, on: false }) },
  ];
}

function CAMPAIGN_CASES(): ActionCase[] {
  const inList = (d: unknown, p: Prepared) => (d as { id: string }[]).some((x) => x.id === p.target.id);
  const has = (key: string) => (d: unknown, p: Prepared) => (d as { id: string }[]).some((x) => x.id === p.data[key]);
  const task = { title: "动作任务", dueDate: "2099-06-30" };
  const times = { kind: "TRAINING", title: "动作培训", date: "2099-05-03", startTime: "09:00", endTime: "11:00" };
  return [
    // campaigns, their letter and pledge: the campaign's managers
    { model: "Campaign", op: "update", module: "campaigns", action: "updateCampaignAction", input: (p) => ({ campaignId: p.target.id, title: "动作改名", startsOn: "2026-02-01", endsOn: "2099-11-30" }) },
    { model: "Campaign", op: "delete", module: "campaigns", action: "setCampaignStatusAction", input: (p) => ({ campaignId: p.target.id, status: "CLOSED" }) },
    { model: "Campaign", op: "update:template", module: "campaigns", action: "saveTemplateAction", input: (p) => ({ campaignId: p.target.id, name: "动作存的框架" }) },
    { model: "Campaign", op: "update:addTask", module: "campaigns", action: "createTaskAction", input: (p) => ({ campaignId: p.target.id, ...task }) },
    { model: "Campaign", op: "update:addQuiz", module: "campaigns", action: "createQuizAction", input: (p) => ({ campaignId: p.target.id, title: "动作答题", questionCount: 3, timeLimitMin: 5 }) },
    {
      model: "Campaign",
      op: "update:addSelection",
      module: "campaigns",
      action: "createSelectionAction",
      input: (p) => ({ campaignId: p.target.id, kind: "OTHER", title: "动作评选", nominationEnds: "2099-03-01", votingStarts: "2099-03-02", votingEnds: "2099-03-20" }),
    },
    { model: "Campaign", op: "update:addActivity", module: "campaigns", action: "createActivityAction", input: (p) => ({ campaignId: p.data.campaignId, nodeId: p.data.nodeId, ...times }) },
    { model: "Campaign", op: "update:letter", module: "campaigns", action: "saveLetterAction", input: (p) => ({ campaignId: p.target.id, title: "动作倡议书", html: "<p>动作倡议</p>" }) },
    { model: "Campaign", op: "update:publishLetter", module: "campaigns", action: "publishLetterAction", input: (p) => ({ campaignId: p.target.id }) },
    { model: "Campaign", op: "update:pledge", module: "campaigns", action: "savePledgeAction", input: (p) => ({ campaignId: p.target.id, title: "动作承诺书", text: "我承诺。" }) },
    // the task list
    { model: "CampaignTask", op: "update", module: "campaigns", action: "updateTaskAction", input: (p) => ({ taskId: p.target.id, ...task }) },
    { model: "CampaignTask", op: "delete", module: "campaigns", action: "deleteTaskAction", input: (p) => ({ taskId: p.target.id }) },
    { model: "CampaignTask", op: "update:assign", module: "campaigns", action: "assignTaskAction", input: (p) => ({ taskId: p.target.id, nodeIds: [p.data.unitNodeId] }) },
    { model: "TaskAssignment", op: "update:passDown", module: "campaigns", action: "passDownTaskAction", input: (p) => ({ assignmentId: p.target.id, nodeIds: [p.data.childId] }) },
    { model: "TaskAssignment", op: "update", module: "campaigns", action: "reportProgressAction", input: (p) => ({ assignmentId: p.target.id, text: "动作进展", progress: 30 }) },
    // units' work: receipts, paper signatures, activities
    { model: "CampaignUnit", op: "update", module: "campaigns", action: "confirmReceiptAction", input: (p) => ({ campaignId: p.data.campaignId, nodeId: p.data.nodeId }) },
    { model: "PledgeSignature", op: "update", module: "campaigns", action: "recordPaperAction", input: (p) => ({ campaignId: p.data.campaignId, personIds: [p.target.id] }) },
    { model: "Person", op: "list:unsigned", module: "campaigns", action: "searchUnsignedAction", input: (p) => ({ campaignId: p.data.campaignId, q: p.data.name }), reached: inList },
    { model: "Activity", op: "update", module: "campaigns", action: "updateActivityAction", input: (p) => ({ activityId: p.target.id, ...times }) },
    { model: "Activity", op: "update:results", module: "campaigns", action: "recordResultsAction", input: (p) => ({ activityId: p.target.id, resultText: "动作结果" }) },
    { model: "Activity", op: "update:register", module: "campaigns", action: "registerParticipantsAction", input: (p) => ({ activityId: p.target.id, personIds: [p.data.personId], notify: false }) },
    { model: "Activity", op: "update:walkIn", module: "campaigns", action: "addWalkInAction", input: (p) => ({ activityId: p.target.id, name: "动作居民", phone: `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}` }) },
    { model: "Activity", op: "update:households", module: "campaigns", action: "addHouseholdsAction", input: (p) => ({ activityId: p.target.id, householdIds: [p.data.householdId] }) },
    { model: "Activity", op: "read:registrable", module: "campaigns", action: "searchRegistrableAction", input: (p) => ({ activityId: p.target.id, q: p.data.personName }), reached: has("personId") },
    { model: "Activity", op: "read:visitable", module: "campaigns", action: "searchHouseholdsAction", input: (p) => ({ activityId: p.target.id, q: p.data.headName }), reached: has("householdId") },
    { model: "ActivityParticipant", op: "update", module: "campaigns", action: "checkInParticipantAction", input: (p) => ({ participantId: p.target.id }) },
    // the question bank, suggestions, selections
    {
      model: "Question",
      op: "update",
      module: "campaigns",
      action: "updateQuestionAction",
      input: (p) => ({ questionId: p.target.id, kind: "TRUE_FALSE", category: "KITCHEN", text: "果皮属于厨余垃圾。", options: ["正确", "错误"], answer: 0 }),
    },
    { model: "Question", op: "delete", module: "campaigns", action: "archiveQuestionAction", input: (p) => ({ questionId: p.target.id, archived: true }) },
    { model: "Suggestion", op: "update", module: "campaigns", action: "answerSuggestionAction", input: (p) => ({ suggestionId: p.target.id, answer: "动作答复", adopt: true }) },
    { model: "Suggestion", op: "delete", module: "campaigns", action: "hideSuggestionAction", input: (p) => ({ suggestionId: p.target.id, reason: "动作隐藏" }) },
    { model: "Suggestion", op: "update:restore", module: "campaigns", action: "restoreSuggestionAction", input: (p) => ({ suggestionId: p.target.id }) },
    {
      model: "Nomination",
      op: "update:nominate",
      module: "campaigns",
      action: "nominateAction",
      input: (p) => ({ selectionId: p.data.selectionId, nodeId: p.data.nodeId, nomineePersonId: p.target.id, reason: "动作提名：长期坚持桶前值守。" }),
    },
    { model: "Nomination", op: "update", module: "campaigns", action: "reviewNominationAction", input: (p) => ({ nominationId: p.target.id, status: "ACCEPTED" }) },
    { model: "Selection", op: "update", module: "campaigns", action: "publishResultsAction", input: (p) => ({ selectionId: p.target.id }) },
    // members, as their own person
    { model: "Campaign", op: "update:sign", module: "campaigns-member", action: "signPledgeAction", input: (p) => ({ campaignId: p.target.id }) },
    { model: "Campaign", op: "update:suggest", module: "campaigns-member", action: "submitSuggestionAction", input: (p) => ({ campaignId: p.target.id, kind: "TIP", text: "动作小妙招：纸盒压扁再投放" }) },
    { model: "Activity", op: "update:join", module: "campaigns-member", action: "joinActivityAction", input: (p) => ({ activityId: p.target.id }) },
    { model: "Quiz", op: "update:start", module: "campaigns-member", action: "startAttemptAction", input: (p) => ({ quizId: p.target.id }) },
    { model: "QuizAttempt", op: "update", module: "campaigns-member", action: "submitAttemptAction", input: (p) => ({ attemptId: p.target.id, answers: {} }) },
    { model: "Suggestion", op: "update:support", module: "campaigns-member", action: "supportSuggestionAction", input: (p) => ({ suggestionId: p.target.id }) },
    { model: "Nomination", op: "update:vote", module: "campaigns-member", action: "castVoteAction", input: (p) => ({ selectionId: p.data.selectionId, nominationId: p.target.id }) },
  ];
}

function REPORT_CASES(): ActionCase[] {
  const ref = (p: Prepared) => ({ type: REPORT_TYPE, period: p.data.period, nodeId: p.data.nodeId });
  return [
    { model: "ReportSubmission", op: "update", module: "reports", action: "saveReportDraftAction", input: (p) => ({ ...ref(p), data: { progress: "动作草稿" }, baseVersion: p.data.version }) },
    { model: "ReportSubmission", op: "update:submit", module: "reports", action: "submitReportAction", input: (p) => ({ ...ref(p), data: MINIMAL, baseVersion: p.data.version }) },
    { model: "ReportSubmission", op: "read:state", module: "reports", action: "getReportStateAction", input: ref, reached: (d) => !!d },
    { model: "ReportRevision", op: "read", module: "reports", action: "getRevisionPairAction", input: (p) => ({ submissionId: p.target.id, revisionId: p.data.revisionId }) },
    { model: "ReportSubmission", op: "update:review", module: "reports", action: "reviewReportAction", input: (p) => ({ submissionId: p.target.id, decision: "approve", version: p.data.version }) },
    { model: "ReportSubmission", op: "update:return", module: "reports", action: "reviewReportAction", input: (p) => ({ submissionId: p.target.id, decision: "return", comment: "动作退回", version: p.data.version }) },
    { model: "ReportSubmission", op: "update:reopen", module: "reports", action: "reopenReportAction", input: (p) => ({ ...ref(p), days: 2, reason: "动作补报" }) },
    { model: "ReportType", op: "update", module: "reports", action: "saveReportTypeAction", input: (p) => ({ mode: "update", type: typeData(p.data.code, "动作改名") }) },
  ];
}

function DASHBOARD_CASES(): ActionCase[] {
  const checklist = { description: "", items: CHECKLIST_ITEMS.map((i) => ({ ...i, maxScore: String(i.maxScore), photoRequired: "false" })), active: "true" };
  return [
    // dashboards: the tenant's targets
    { model: "IndicatorTarget", op: "update", module: "dashboards", action: "saveTargetsAction", input: () => ({ [SAVED_TARGET]: "66" }) },
    // inspections and rectifications
    {
      model: "OrgNode",
      op: "update:inspect",
      module: "inspections",
      action: "recordInspectionAction",
      input: (p) => ({ kind: "MONTHLY", checklistId: p.data.checklistId, nodeId: p.target.id, scores: FULL_SCORES, problems: [{ itemKey: "bins", description: "动作发现：桶站满溢", deadline: "2099-01-31" }] }),
    },
    {
      model: "Rectification",
      op: "update:verify",
      module: "inspections",
      action: "recordFollowUpAction",
      input: (p) => ({ nodeId: p.data.unitId, checks: [{ rectificationId: p.target.id, passed: "true" }] }),
    },
    { model: "Rectification", op: "update", module: "inspections", action: "markRectifiedAction", input: (p) => ({ rectificationId: p.target.id, note: "动作整改完成" }) },
    { model: "Checklist", op: "update", module: "inspections", action: "updateChecklistAction", input: (p) => ({ checklistId: p.target.id, name: "动作改名", ...checklist }) },
    { model: "Checklist", op: "delete", module: "inspections", action: "updateChecklistAction", input: (p) => ({ checklistId: p.target.id, name: p.data.name, ...checklist, active: "false" }) },
    // quarterly notices
    { model: "OrgNode", op: "update:notice", module: "notices", action: "createNoticeAction", input: (p) => ({ nodeId: p.target.id, quarter: p.data.quarter }) },
    { model: "QuarterlyNotice", op: "update", module: "notices", action: "updateNoticeAction", input: (p) => ({ noticeId: p.target.id, title: "动作改题", sections: NOTICE_SECTIONS }) },
    { model: "QuarterlyNotice", op: "update:submit", module: "notices", action: "submitNoticeAction", input: (p) => ({ noticeId: p.target.id }) },
    { model: "QuarterlyNotice", op: "update:approve", module: "notices", action: "approveNoticeAction", input: (p) => ({ noticeId: p.target.id }) },
    { model: "QuarterlyNotice", op: "update:return", module: "notices", action: "returnNoticeAction", input: (p) => ({ noticeId: p.target.id, comment: "动作退回" }) },
    { model: "QuarterlyNotice", op: "update:publish", module: "notices", action: "publishNoticeAction", input: (p) => ({ noticeId: p.target.id }) },
    // rankings
    { model: "OrgNode", op: "update:ranking", module: "rankings", action: "computeRankingAction", input: (p) => ({ schemeId: p.data.schemeId, nodeId: p.target.id, period: p.data.period }) },
    { model: "Ranking", op: "update", module: "rankings", action: "computeRankingAction", input: (p) => ({ schemeId: p.data.schemeId, nodeId: p.data.nodeId, period: p.data.period }) },
    { model: "Ranking", op: "update:approve", module: "rankings", action: "approveRankingAction", input: (p) => ({ rankingId: p.target.id }) },
    { model: "Ranking", op: "update:publish", module: "rankings", action: "publishRankingAction", input: (p) => ({ rankingId: p.target.id }) },
    {
      model: "RankingScheme",
      op: "update",
      module: "rankings",
      action: "updateSchemeAction",
      input: (p) => ({ schemeId: p.target.id, name: "动作改名", weights: SCHEME_WEIGHTS.map((w) => ({ ...w, weight: String(w.weight) })) }),
    },
  ];
}

/**
 * Exported actions that the matrix does not run, each with the reason it needs no case of its own
 * (it acts only on the caller's own account, it is public, or it creates rather than reaches an existing row —
 * creation under a node is checked by the node's scope in the data-layer tests).
 */
export const ACTIONS_EXEMPT: Record<string, string> = {
  "account.changePasswordAction": "the caller's own account only",
  "account.signOutEverywhereAction": "the caller's own account only",
  "account.saveMyLocaleAction": "the caller's own account only",
  "account.saveMyEmailAction": "the caller's own account only (inOwnTx, no id in the input); tests/db/email-reminders.test.ts",
  "account.updateTenantSettingsAction": "the caller's own tenant only (Tenant.update in the data-layer matrix)",
  "locale.setLocaleAction": "public: sets a cookie",
  "two-factor.beginTotpAction": "the caller's own account only",
  "two-factor.confirmTotpAction": "the caller's own account only",
  "two-factor.disableTotpAction": "the caller's own account only",
  "two-factor.resetUserTotpAction": "same scope rule as users.updateUserAction (findUserInScope users.write); tested in tests/db/two-factor.test.ts",
  "org.createNodeAction": "creates under a parent: the parent's scope is tested in tests/db/org.test.ts and by fuzzing",
  "org.moveNodeAction": "scope of node and new parent tested in tests/db/org.test.ts",
  "org.archiveNodeAction": "same rule as deleteNodeAction (strictly inside org.write scope); tests/db/org.test.ts",
  "org.restoreNodeAction": "same rule as archive; tests/db/org.test.ts",
  "org.loadChildrenAction": "same read path as OrgNode.read (findNodeInScope)",
  "people.createPersonAction": "creates under a node: scope tested in tests/db/people.test.ts",
  "people.markPersonLeftAction": "same rule as updatePersonAction (people.write)",
  "people.revealPhoneAction": "people.reveal scope tested in tests/db/people.test.ts and in the browser",
  "people.anonymisePersonAction": "people.write scope tested in tests/db/people.test.ts",
  "households.createHouseholdAction": "creates under a node: scope tested in tests/db/people.test.ts",
  "platform.createTenantAction": "platform path only; tests/db/platform-tenants.test.ts",
  "platform.setTenantArchivedAction": "platform path only; tests/db/platform-tenants.test.ts",
  "users.createUserAction": "creates under a node: scope and grantable roles tested in tests/db/users.test.ts",
  "users.resetUserPasswordAction": "same rule as updateUserAction; tests/db/users.test.ts",
  "users.signOutUserAction": "same rule as updateUserAction; tests/db/users.test.ts",
  // participation: creations under a node or for a person, and what a member does for themselves
  "double.registerAction":
    "creates a registration: the unit (and its member) in double.manage scope, the community anywhere in the tenant; a foreign unit is refused in tests/db/participation-creations.test.ts, a member of another unit in tests/db/double-reporting.test.ts",
  "duty.createBinPointAction": "creates under an area node in duty.manage scope (findNodeInScope); a sibling unit is refused in tests/db/duty.test.ts",
  "duty.checkInAction": "the caller's own check-in at the bin point whose QR token they scanned (the token is the proof of presence); foreign and unknown tokens answer 404 in tests/db/duty.test.ts",
  "duty.checkOutAction": "the caller's own open check-in only, found by their person (no id to point elsewhere); tests/db/duty.test.ts",
  "duty.recordHoursAction":
    "creates a record for a person in duty.manage scope at a bin point in duty.read reach (the scopes of Person and BinPoint.read); a sibling unit is refused in tests/db/duty.test.ts",
  "duty.createDutyPostAction": "creates one of the caller's own tenant's posts (tenant.settings, no id to point elsewhere); a unit admin is refused in tests/db/participation-creations.test.ts",
  "duty.updateParticipationSettingsAction": "the caller's own tenant only (Tenant.update in the data-layer matrix)",
  "links.addOrgLinkAction": "creates a link whose two ends must both be in links.manage scope (the rule of OrgLink.delete); a sibling unit is refused in tests/db/links.test.ts",
  "links.recordVisitAction":
    "creates a visit: staff to households of their visits.record subtree, a member only to households linked to them; tests/db/links.test.ts (door-to-door visits) refuses a sibling's and an unlinked household",
  "points.createRuleAction":
    "creates a rule of the caller's own tenant, only for points.manage at the tenant root (the rule of PointsRule.update); a leader and a unit admin are refused in tests/db/points.test.ts and tests/db/participation-creations.test.ts",
  "points.issueCardAction": "creates a card for a household in points.cards scope; a sibling unit is refused in tests/db/points.test.ts",
  "points.submitClaimAction": "the caller's own claim on their own account (no id of anyone's); another tenant's rule is refused in tests/db/points.test.ts",
  "points.awardPointsAction":
    "creates an award for a person in points.award scope or a card found in scope by its token; foreign, unknown and sibling cards answer 404 in tests/db/points.test.ts",
  "points.createStationAction": "creates under a node in points.manage scope; a sibling unit is refused in tests/db/participation-creations.test.ts",
  "points.createOfferAction": "creates a time bank offer under a node in points.manage scope; a sibling unit is refused in tests/db/participation-creations.test.ts",
  "points.redeemOfferAction":
    "the caller's own hours spent on one of their tenant's offers (offers are tenant-wide: ExchangeGoods.list:offers); another tenant's offer is refused in tests/db/participation-creations.test.ts",
  "redlist.draftListAction": "creates (or redrafts) the list of a node in redlist.manage scope; a sibling unit and another tenant are refused in tests/db/participation-creations.test.ts",
  // campaigns and reports: creations under a node or in the caller's own tenant, lookups, own records, public pages
  "campaigns.createCampaignAction":
    "creates a campaign owned by a node in campaigns.manage scope, choosing units inside the owner; a parent, a sibling and another tenant's node are refused in tests/db/campaigns-reports-creations.test.ts, units outside the owner in tests/db/campaigns.test.ts",
  "campaigns.importStarterBankAction": "copies the starter bank into the caller's own tenant's bank, for the managers at its root only (the rule of Question.update); a street's admin is refused in tests/db/campaigns-contests.test.ts",
  "campaigns.createQuestionAction": "creates a question in the caller's own tenant's bank, for the managers at its root only (the rule of Question.update); a street's admin is refused in tests/db/campaigns-contests.test.ts",
  "campaigns.searchNomineesAction": "a lookup through the covered list paths of Person.list, Household.list and OrgNode.list (listPeople, listHouseholds, searchNodes), narrowed to the nominating unit",
  "campaigns-member.selfCheckInAction":
    "the caller checks their own person in at the activity whose QR token they scanned (no id to point elsewhere); another tenant's member is refused in tests/db/campaigns-pledges.test.ts, unknown tokens and a draft campaign's in tests/db/campaigns-reports-creations.test.ts",
  "campaigns-public.signPublicPledgeAction":
    "public (no sign-in): signs on a unit's page by its unguessable token; unknown and malformed tokens answer 404 and a closed campaign refuses in tests/db/campaigns-pledges.test.ts, a draft campaign's token answers 404 in tests/db/campaigns-reports-creations.test.ts",
  "campaigns-public.publicCheckInAction":
    "public (no sign-in): checks in at an activity by its unguessable token, only around its time; unknown, malformed and a draft campaign's tokens answer 404 and nothing is written in tests/db/campaigns-reports-creations.test.ts",
  "inspections.createChecklistAction":
    "creates a checklist of the caller's own tenant (no id to point elsewhere), for inspections.configure (the tenant's administrators, the rule of Checklist.update); unit admins, leaders and inspectors are refused and the other tenant is untouched in tests/db/dashboards-creations.test.ts",
  "inspections.installDefaultChecklistAction": "the same creation with the shipped checklist; refused and proved in tests/db/dashboards-creations.test.ts",
  "rankings.createSchemeAction":
    "creates a ranking scheme of the caller's own tenant (no id to point elsewhere), for dashboards.configure (the rule of RankingScheme.update); refused for unit admins and leaders in tests/db/dashboards-creations.test.ts",
  "reports.installBuiltinTypesAction": "adds the shipped report types to the caller's own tenant (reports.configure, the rule of ReportType.update); a unit admin is refused in tests/db/campaigns-reports-creations.test.ts",
};

export type { AnyAction, ActionResult };
