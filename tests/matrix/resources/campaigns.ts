// Campaigns (动员活动): the campaign itself, its units, task list, letter and pledge. A campaign reaches the owner's
// subtree or its chosen units (its area); its managers (campaigns.manage over the owner) run it, drafts included;
// other staff see it once it runs and meets their reach, and only the part of the area in their reach; unit staff
// work in the area ∩ their campaigns.unit reach; members take part, as their own person, in the campaigns whose area
// holds them. The rules are in tests/matrix/relations.ts (Rule.campaign).
import { newId } from "@/lib/ids";
import type { Rule } from "../relations";
import {
  assignmentsAt,
  campaignTarget,
  freshCampaigns,
  peopleAt,
  rowTarget,
  spotsOf,
  tasksIn,
  token,
  worldBank,
  type MadeCampaign,
  type Spot,
} from "../fixtures-campaigns";
import { freshLeaf, type World } from "../world";
import { everywhere, atPositions, lazy, nodeTarget, noPerson, once, type Prepared, type Resource } from "./kit";

const mCampaigns = () => import("@/lib/campaigns/campaigns");
const getCampaign = lazy(mCampaigns, "getCampaign");
const listCampaigns = lazy(mCampaigns, "listCampaigns");
const listCampaignUnits = lazy(mCampaigns, "listCampaignUnits");
const listMyCampaigns = lazy(mCampaigns, "listMyCampaigns");
const listTemplates = lazy(mCampaigns, "listTemplates");
const updateCampaign = lazy(mCampaigns, "updateCampaign");
const setCampaignStatus = lazy(mCampaigns, "setCampaignStatus");
const saveCampaignAsTemplate = lazy(mCampaigns, "saveCampaignAsTemplate");
const mMember = () => import("@/lib/campaigns/member");
const getMemberCampaign = lazy(mMember, "getMemberCampaign");
const mOverview = () => import("@/lib/campaigns/overview");
const getCampaignOverview = lazy(mOverview, "getCampaignOverview");
const mLetters = () => import("@/lib/campaigns/letters/letters");
const getLetter = lazy(mLetters, "getLetter");
const getLetterForMember = lazy(mLetters, "getLetterForMember");
const saveLetter = lazy(mLetters, "saveLetter");
const publishLetter = lazy(mLetters, "publishLetter");
const confirmReceipt = lazy(mLetters, "confirmReceipt");
const mPledges = () => import("@/lib/campaigns/pledges/pledges");
const getPledgeOverview = lazy(mPledges, "getPledgeOverview");
const getPledgeForMember = lazy(mPledges, "getPledgeForMember");
const getPledgeToken = lazy(mPledges, "getPledgeToken");
const savePledgeText = lazy(mPledges, "savePledgeText");
const signPledge = lazy(mPledges, "signPledge");
const recordPaperSignatures = lazy(mPledges, "recordPaperSignatures");
const listUnsigned = lazy(mPledges, "listUnsigned");
const mTasks = () => import("@/lib/campaigns/tasks/tasks");
const listTasks = lazy(mTasks, "listTasks");
const getAssignment = lazy(mTasks, "getAssignment");
const createTask = lazy(mTasks, "createTask");
const updateTask = lazy(mTasks, "updateTask");
const deleteTask = lazy(mTasks, "deleteTask");
const assignTask = lazy(mTasks, "assignTask");
const passDownTask = lazy(mTasks, "passDownTask");
const reportProgress = lazy(mTasks, "reportProgress");
const mActivities = () => import("@/lib/campaigns/activities/activities");
const createActivity = lazy(mActivities, "createActivity");
const mQuizzes = () => import("@/lib/campaigns/contests/quizzes");
const createQuiz = lazy(mQuizzes, "createQuiz");
const mSelections = () => import("@/lib/campaigns/selections/selections");
const createSelection = lazy(mSelections, "createSelection");
const mSuggestions = () => import("@/lib/campaigns/suggestions/suggestions");
const submitSuggestion = lazy(mSuggestions, "submitSuggestion");

// ── rules ──
const ALL = undefined;
/** Staff who see the campaign (campaigns.read); `view`: the row must also lie in what they see of it. */
export const see = (row?: "view"): Rule => ({ permission: "campaigns.read", campaign: { reach: "staff", row } });
/** Its managers; `statuses`: the campaign statuses that accept the change. */
export const manage = (statuses?: ("DRAFT" | "RUNNING" | "CLOSED")[]): Rule => ({ permission: "campaigns.manage", campaign: { reach: "manage", statuses } });
/** Unit work on a row of the campaign in the actor's units (area ∩ campaigns.unit reach). */
export const unitWork = (statuses?: ("DRAFT" | "RUNNING" | "CLOSED")[]): Rule => ({ permission: "campaigns.unit", campaign: { reach: "staff", row: "unit", statuses } });
/** Members of the campaign, as their own person. */
export const member = (row?: "mine", statuses?: ("DRAFT" | "RUNNING" | "CLOSED")[]): Rule => ({ permission: "campaigns.participate", campaign: { reach: "member", row, statuses } });
export const RUNNING = ["RUNNING" as const];
export const NOT_CLOSED = ["DRAFT" as const, "RUNNING" as const];

/** Conflicts that refuse a change for the campaign's status (not running, closed). */
export const statusRefusal = (...keys: string[]) => (code: string, key: string) => code === "CONFLICT" && keys.map((k) => `campaignErrors.${k}`).includes(key);
const notRunning = statusRefusal("notRunning");
/** A member call by someone without a person record, or a campaign that is not running. */
export const memberRefusal = (code: string, key: string) => noPerson(code, key) || notRunning(code, key);

export const hasId = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
const rows = (r: unknown) => (r as { rows: { id: string }[] }).rows;

// ── the world's campaigns ──
// The shared campaigns start later than those made per actor, so newest-first lists (200 for staff, 20 for a
// member) always hold them; their rows are read, never consumed.
const worldCampaigns = new WeakMap<World, Promise<MadeCampaign[]>>();
export function sharedCampaigns(w: World) {
  if (!worldCampaigns.has(w)) worldCampaigns.set(w, freshCampaigns(w, { startsOn: "2098-01-01" }));
  return worldCampaigns.get(w)!;
}
export const sharedSpots = (w: World, opts: { units?: boolean } = {}) => sharedCampaigns(w).then((m) => spotsOf(m, opts));

const campaignTargets = once("campaign", async (w) => (await sharedCampaigns(w)).map((c) => campaignTarget(c)));
const perActor = (opts: { letterPublished?: boolean } = {}) => async (w: World) => (await freshCampaigns(w, opts)).map((c) => campaignTarget(c));
const campaignSnapshot = (w: World, p: Prepared) => w.db.campaign.findUnique({ where: { id: p.target.id } });
const inRows = (r: unknown, p: Prepared) => hasId(rows(r), p.target.id);

const byCampaign = (model: "campaignTask" | "quiz" | "selection" | "suggestion" | "pledgeSignature") => (w: World, p: Prepared) =>
  (w.db[model] as unknown as { findMany: (a: unknown) => Promise<unknown> }).findMany({ where: { campaignId: p.data.campaignId }, orderBy: { id: "asc" } });

// ── targets of rows ──
const unitTargets = (spots: Spot[]) => spots.map((s) => rowTarget(s, s.c.units.get(s.node.id)!));

async function assignmentTargets(w: World, spots: Spot[], withReport = false): Promise<Prepared[]> {
  const made = await assignmentsAt(w, spots);
  if (withReport) await w.db.taskReport.createMany({ data: made.map((a) => ({ id: newId(), tenantId: a.tenantId, assignmentId: a.id, text: "已完成宣传", progress: 50, reportedById: newId() })) });
  return spots.map((s, i) => rowTarget(s, made[i].id, { taskId: made[i].taskId }));
}

/** Assignments with a unit of the campaign right below each (what a unit passes its task down to). */
async function passDownTargets(w: World): Promise<Prepared[]> {
  const spots = await sharedSpots(w, { units: true });
  const targets = await assignmentTargets(w, spots);
  const leaves = await Promise.all(spots.map((s) => freshLeaf(w, s.c.t, s.node)));
  await w.db.campaignUnit.createMany({ data: spots.map((s, i) => ({ id: newId(), tenantId: s.c.t.tenantId, campaignId: s.c.id, nodeId: leaves[i].id, pledgeToken: token() })) });
  return targets.map((p, i) => ({ ...p, data: { ...p.data, childId: leaves[i].id } }));
}

async function signatureTargets(w: World): Promise<Prepared[]> {
  const spots = await sharedSpots(w);
  const people = await peopleAt(w, spots);
  const data = spots.map((s, i) => ({ id: newId(), tenantId: s.c.t.tenantId, campaignId: s.c.id, personId: people[i].id, nodeId: s.node.id, channel: "APP" as const }));
  await w.db.pledgeSignature.createMany({ data });
  return spots.map((s, i) => rowTarget(s, data[i].id));
}

/** People on each spot (the paper-signature picker, the people a unit records signatures for). */
const peopleTargets = async (w: World) => {
  const spots = await sharedSpots(w);
  const people = await peopleAt(w, spots);
  return spots.map((s, i) => rowTarget(s, people[i].id, { name: people[i].name }));
};

const templateTargets = once("campaignTemplate", async (w) =>
  Promise.all(
    [w.own, w.other].map(async (t) => {
      const row = await w.db.campaignTemplate.create({ data: { tenantId: t.tenantId, name: `矩阵框架${newId().slice(-5)}`, structure: { sections: [], tasks: [], letter: null, pledge: null, activities: [], selections: [] }, createdById: newId() } });
      return { target: { id: row.id, tenantId: t.tenantId, path: t.nodes.root.path }, data: {} } as Prepared;
    }),
  ),
);

const TASK = { title: "入户宣传", description: null, dueDate: "2099-06-30", responsibleName: null, sectionKey: null };
const taskTargets = (w: World, made: Promise<MadeCampaign[]>) =>
  made.then(async (m) => {
    const tasks = await tasksIn(w, m);
    return m.map((c) => ({ target: { ...campaignTarget(c).target, id: tasks.get(c.id)! }, data: { campaignId: c.id, unitNodeId: [...c.units.keys()][0] } }));
  });
const taskSnapshot = (w: World, p: Prepared) => w.db.campaignTask.findUnique({ where: { id: p.target.id }, include: { assignments: { orderBy: { id: "asc" } } } });
const assignmentSnapshot = (w: World, p: Prepared) =>
  w.db.taskAssignment.findMany({ where: { taskId: p.data.taskId }, orderBy: { id: "asc" }, include: { reports: { orderBy: { id: "asc" } } } });

export const CAMPAIGNS: Resource[] = [
  {
    model: "Campaign",
    ops: {
      read: { rule: see(), prepare: campaignTargets, run: (actor, p) => getCampaign({ actor, campaignId: p.target.id }), snapshot: campaignSnapshot },
      list: { rule: see(), prepare: campaignTargets, run: (actor) => listCampaigns({ actor }), reached: (r, p) => hasId(r as { id: string }[], p.target.id), snapshot: campaignSnapshot },
      "read:overview": { rule: see(), prepare: campaignTargets, run: (actor, p) => getCampaignOverview({ actor, campaignId: p.target.id }), snapshot: campaignSnapshot },
      "read:letter": { rule: see(), prepare: campaignTargets, run: (actor, p) => getLetter({ actor, campaignId: p.target.id }), snapshot: campaignSnapshot },
      "read:pledge": { rule: see(), prepare: campaignTargets, run: (actor, p) => getPledgeOverview({ actor, campaignId: p.target.id }), snapshot: campaignSnapshot },
      // The member's pages: campaigns whose area holds their person (and only once they run).
      "read:member": { rule: member(), prepare: campaignTargets, run: (actor, p) => getMemberCampaign({ actor, campaignId: p.target.id }), snapshot: campaignSnapshot },
      "list:member": {
        rule: member(),
        prepare: campaignTargets,
        run: (actor) => listMyCampaigns({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: campaignSnapshot,
      },
      "read:memberLetter": { rule: member(), prepare: campaignTargets, run: (actor, p) => getLetterForMember({ actor, campaignId: p.target.id }), snapshot: campaignSnapshot },
      "read:memberPledge": { rule: member(), prepare: campaignTargets, run: (actor, p) => getPledgeForMember({ actor, campaignId: p.target.id }), snapshot: campaignSnapshot },
      update: {
        rule: manage(NOT_CLOSED),
        prepare: perActor(),
        run: (actor, p) => updateCampaign({ actor, data: { campaignId: p.target.id, title: "改过的动员", description: null, startsOn: "2026-02-01", endsOn: "2099-11-30" } }),
        refused: statusRefusal("closed"),
        snapshot: campaignSnapshot,
      },
      // Closing is the closest to deleting: a campaign and everything in it stay.
      delete: { rule: manage(ALL), prepare: perActor(), run: (actor, p) => setCampaignStatus({ actor, data: { campaignId: p.target.id, status: "CLOSED" } }), snapshot: campaignSnapshot },
      "update:letter": {
        rule: manage(ALL),
        prepare: perActor({ letterPublished: false }),
        run: (actor, p) => saveLetter({ actor, data: { campaignId: p.target.id, title: "新倡议书", html: "<p>新的倡议</p>" } }),
        snapshot: campaignSnapshot,
      },
      "update:publishLetter": {
        rule: manage(RUNNING),
        prepare: perActor({ letterPublished: false }),
        run: (actor, p) => publishLetter({ actor, data: { campaignId: p.target.id } }),
        refused: notRunning,
        snapshot: campaignSnapshot,
      },
      "update:pledge": {
        rule: manage(ALL),
        prepare: perActor(),
        run: (actor, p) => savePledgeText({ actor, data: { campaignId: p.target.id, title: "新承诺书", text: "我承诺分类投放。" } }),
        snapshot: campaignSnapshot,
      },
      "update:template": {
        rule: manage(ALL),
        prepare: campaignTargets,
        run: (actor, p) => saveCampaignAsTemplate({ actor, data: { campaignId: p.target.id, name: "矩阵存的框架", description: null } }),
        snapshot: (w, p) => w.db.campaignTemplate.count({ where: { tenantId: p.target.tenantId } }),
      },
      "update:addTask": {
        rule: manage(NOT_CLOSED),
        prepare: campaignTargets,
        run: (actor, p) => createTask({ actor, data: { campaignId: p.target.id, ...TASK } }),
        refused: statusRefusal("closed"),
        snapshot: byCampaign("campaignTask"),
      },
      "update:addQuiz": {
        rule: manage(NOT_CLOSED),
        // Quizzes draw from the tenant's bank: the world's questions are there first.
        prepare: async (w) => (await worldBank(w), campaignTargets(w)),
        run: (actor, p) => createQuiz({ actor, data: { campaignId: p.target.id, title: "矩阵答题", questionCount: 3, timeLimitMin: 5, passPercent: 80, attemptsPerMember: 1, categories: [] } }),
        refused: statusRefusal("closed"),
        snapshot: byCampaign("quiz"),
      },
      "update:addSelection": {
        rule: manage(NOT_CLOSED),
        prepare: campaignTargets,
        run: (actor, p) =>
          createSelection({
            actor,
            data: { campaignId: p.target.id, kind: "VOLUNTEER", title: "优秀志愿者", description: null, nominationEnds: "2099-03-01", votingStarts: "2099-03-02", votingEnds: "2099-03-20", votingEndTime: "17:00", votesPerMember: 1 },
          }),
        refused: statusRefusal("closed"),
        snapshot: byCampaign("selection"),
      },
      // An activity is held at a unit of the campaign where the actor works (the target is that place).
      "update:addActivity": {
        rule: unitWork(RUNNING),
        prepare: once("campaign-spot", async (w) => (await sharedSpots(w)).map((s) => rowTarget(s, s.node.id))),
        run: (actor, p) =>
          createActivity({ actor, data: { campaignId: p.data.campaignId, nodeId: p.data.nodeId, kind: "LECTURE", title: "矩阵讲座", date: "2099-05-01", startTime: "09:00", endTime: "10:00", place: null, description: null } }),
        refused: notRunning,
        snapshot: (w, p) => w.db.activity.findMany({ where: { campaignId: p.data.campaignId, nodeId: p.data.nodeId }, orderBy: { id: "asc" } }),
      },
      // Members sign the pledge and write suggestions as themselves (the campaign must be running).
      "update:sign": { rule: member(ALL, RUNNING), prepare: perActor(), run: (actor, p) => signPledge({ actor, data: { campaignId: p.target.id } }), refused: memberRefusal, snapshot: byCampaign("pledgeSignature") },
      "update:suggest": {
        rule: member(ALL, RUNNING),
        prepare: campaignTargets,
        run: (actor, p) => submitSuggestion({ actor, data: { campaignId: p.target.id, kind: "SUGGESTION", text: "在小区门口增设回收点" } }),
        refused: memberRefusal,
        snapshot: byCampaign("suggestion"),
      },
    },
  },
  {
    // The tenant's own saved frameworks: for those who make campaigns.
    model: "CampaignTemplate",
    ops: {
      list: {
        rule: { permission: "campaigns.manage", tenantWide: true },
        prepare: templateTargets,
        run: (actor) => listTemplates({ actor }),
        reached: (r, p) => (r as { key: string }[]).some((t) => t.key === p.target.id),
        snapshot: (w, p) => w.db.campaignTemplate.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "CampaignUnit",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("campaignUnit", async (w) => unitTargets(await sharedSpots(w, { units: true }))),
        run: (actor, p) => listCampaignUnits({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.campaignUnit.findUnique({ where: { id: p.target.id } }),
      },
      // The token of a unit's public pledge page (its QR code): the unit's staff and the campaign's managers.
      "read:qr": {
        rule: { permission: "campaigns.read", campaign: { reach: "staff", row: "unitOrManaged" } },
        prepare: once("campaignUnit", async (w) => unitTargets(await sharedSpots(w, { units: true }))),
        run: (actor, p) => getPledgeToken({ actor, campaignId: p.data.campaignId, unitId: p.target.id }),
        snapshot: (w, p) => w.db.campaignUnit.findUnique({ where: { id: p.target.id } }),
      },
      // A unit's staff confirm they received the letter (published on every running campaign).
      update: {
        rule: unitWork(RUNNING),
        prepare: async (w) => unitTargets(spotsOf(await freshCampaigns(w), { units: true })),
        run: (actor, p) => confirmReceipt({ actor, data: { campaignId: p.data.campaignId, nodeId: p.data.nodeId } }),
        refused: notRunning,
        snapshot: (w, p) => w.db.campaignUnit.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    // Tasks belong to the campaign (the target's path is its owner); their managers edit and assign them.
    model: "CampaignTask",
    ops: {
      list: {
        rule: see(),
        prepare: once("campaignTask", (w) => taskTargets(w, sharedCampaigns(w))),
        run: (actor, p) => listTasks({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId((r as { tasks: { id: string }[] }).tasks, p.target.id),
        snapshot: taskSnapshot,
      },
      update: {
        rule: manage(NOT_CLOSED),
        prepare: (w) => taskTargets(w, sharedCampaigns(w)),
        run: (actor, p) => updateTask({ actor, data: { taskId: p.target.id, ...TASK, title: "改过的任务" } }),
        refused: statusRefusal("closed"),
        snapshot: taskSnapshot,
      },
      // Only a task nobody reported on may go (these have none), and not once the campaign closed.
      delete: {
        rule: manage(NOT_CLOSED),
        prepare: (w) => taskTargets(w, sharedCampaigns(w)),
        run: (actor, p) => deleteTask({ actor, data: { taskId: p.target.id } }),
        refused: statusRefusal("closed"),
        snapshot: taskSnapshot,
      },
      "update:assign": {
        rule: manage(NOT_CLOSED),
        prepare: (w) => taskTargets(w, sharedCampaigns(w)),
        run: (actor, p) => assignTask({ actor, data: { taskId: p.target.id, nodeIds: [p.data.unitNodeId], cascade: false } }),
        refused: statusRefusal("closed"),
        snapshot: taskSnapshot,
      },
    },
  },
  {
    // A task handed to one unit: read by the unit and everyone above it who sees it; reported on by the unit.
    model: "TaskAssignment",
    ops: {
      read: {
        rule: see("view"),
        prepare: once("assignment", async (w) => assignmentTargets(w, await sharedSpots(w, { units: true }))),
        run: (actor, p) => getAssignment({ actor, assignmentId: p.target.id }),
        snapshot: assignmentSnapshot,
      },
      list: {
        rule: see("view"),
        prepare: once("assignment", async (w) => assignmentTargets(w, await sharedSpots(w, { units: true }))),
        run: (actor, p) => listTasks({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => (r as { tasks: { assignments: { id: string }[] }[] }).tasks.some((t) => hasId(t.assignments, p.target.id)),
        snapshot: assignmentSnapshot,
      },
      update: {
        rule: unitWork(RUNNING),
        prepare: async (w) => assignmentTargets(w, await sharedSpots(w, { units: true })),
        run: (actor, p) => reportProgress({ actor, data: { assignmentId: p.target.id, text: "已开展入户宣传", progress: 40, done: false, responsibleName: null, photoIds: [], fileIds: [] } }),
        refused: notRunning,
        snapshot: assignmentSnapshot,
      },
      "update:passDown": {
        rule: unitWork(RUNNING),
        prepare: passDownTargets,
        run: (actor, p) => passDownTask({ actor, data: { assignmentId: p.target.id, nodeIds: [p.data.childId] } }),
        refused: notRunning,
        snapshot: assignmentSnapshot,
      },
    },
  },
  {
    // Progress reports are append-only; they are read with their assignment.
    model: "TaskReport",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("taskReport", async (w) => assignmentTargets(w, await sharedSpots(w, { units: true }), true)),
        run: (actor, p) => getAssignment({ actor, assignmentId: p.target.id }),
        reached: (r) => (r as { reports: unknown[] }).reports.length === 1,
        snapshot: assignmentSnapshot,
      },
    },
  },
  {
    model: "PledgeSignature",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("signature", signatureTargets),
        run: (actor, p) => getPledgeOverview({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId((r as { signatures: { id: string }[] }).signatures, p.target.id),
        snapshot: (w, p) => w.db.pledgeSignature.findUnique({ where: { id: p.target.id } }),
      },
      // Paper signatures, recorded by unit staff for people of their units (the target is the person).
      update: {
        rule: unitWork(RUNNING),
        prepare: peopleTargets,
        run: (actor, p) => recordPaperSignatures({ actor, data: { campaignId: p.data.campaignId, personIds: [p.target.id] } }),
        refused: notRunning,
        snapshot: (w, p) => w.db.pledgeSignature.findMany({ where: { personId: p.target.id } }),
      },
    },
  },
  {
    model: "Person",
    ops: {
      // The paper-signature picker: people of the actor's units in the campaign who have not signed.
      "list:unsigned": {
        rule: unitWork(ALL),
        prepare: once("unsigned", peopleTargets),
        run: (actor, p) => listUnsigned({ actor, campaignId: p.data.campaignId, q: p.data.name }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.person.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    // The overview's drill-down into a unit of the district's campaign: only units the actor sees of it.
    model: "OrgNode",
    ops: {
      "read:campaignDrill": {
        rule: { permission: "campaigns.read" },
        prepare: once("node-drill", async (w) => {
          const district = (await sharedCampaigns(w)).find((c) => c.key === "district")!;
          return (await atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node))(w)).map((p) => ({ ...p, data: { ...p.data, campaignId: district.id } }));
        }),
        run: (actor, p) => getCampaignOverview({ actor, campaignId: p.data.campaignId, nodeId: p.target.id }),
        snapshot: (w, p) => w.db.orgNode.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
];
