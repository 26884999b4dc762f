// Campaigns and the rows of campaigns for the matrix's targets, written with the owner connection in a few batched
// statements, as the data layer would have left them (a unit row for every chosen unit and every unit rows hang
// on, a letter published only while running, tokens unguessable).
import crypto from "node:crypto";
import { newId } from "@/lib/ids";
import type { TestTenant } from "../factories/tenant";
import type { CampaignFacts, Target } from "./relations";
import type { Prepared } from "./resources/kit";
import type { Position, World } from "./world";

type Status = CampaignFacts["status"];
type Shape = { key: string; other?: boolean; owner: Position; chosen?: Position[]; status: Status; rows: Position[] };

/**
 * The matrix's campaigns: the district's, both streets', a community's, one reaching chosen units of both streets, a
 * street's draft, a community's closed one, and one of the other tenant. `rows`: where the rows of each hang
 * (activities, signatures, suggestions, nominations; units and task assignments where that is not the owner), all
 * inside its area, chosen so that every actor meets rows of their own subtree, above, below and beside it.
 */
const SHAPES: Shape[] = [
  { key: "district", owner: "root", status: "RUNNING", rows: ["root", "a1", "a1b", "b1c"] },
  { key: "streetA", owner: "a", status: "RUNNING", rows: ["a", "a1c"] },
  { key: "communityA1", owner: "a1", status: "RUNNING", rows: ["a1b"] },
  { key: "streetB", owner: "b", status: "RUNNING", rows: ["b1"] },
  { key: "units", owner: "root", chosen: ["a1c", "b1"], status: "RUNNING", rows: ["a1c", "b1c"] },
  { key: "draft", owner: "a", status: "DRAFT", rows: ["a1"] },
  { key: "closed", owner: "a1", status: "CLOSED", rows: ["a1c"] },
  { key: "other", other: true, owner: "a", status: "RUNNING", rows: ["a1c"] },
];

type NodeRef = TestTenant["nodes"]["root"];

export type MadeCampaign = {
  id: string;
  key: string;
  t: TestTenant;
  owner: NodeRef;
  facts: CampaignFacts;
  /** Campaign unit ids by node id. */
  units: Map<string, string>;
};

/** One place in a campaign where a row hangs. */
export type Spot = { c: MadeCampaign; node: NodeRef; isOwner: boolean };

const hex = (n = 3) => crypto.randomBytes(n).toString("hex");
export const token = () => crypto.randomBytes(18).toString("base64url");
const DAY = 86_400_000;

function minimal(paths: string[]) {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((k) => p.startsWith(k)));
}

/**
 * A fresh set of the matrix's campaigns, each with its pledge text and (unless asked otherwise) a letter, published
 * when the campaign has run. A few statements whatever the number of campaigns.
 */
export async function freshCampaigns(w: World, opts: { letterPublished?: boolean; startsOn?: string } = {}): Promise<MadeCampaign[]> {
  const published = opts.letterPublished ?? true;
  const now = new Date();
  const made: MadeCampaign[] = SHAPES.map((s) => {
    const t = s.other ? w.other : w.own;
    const owner = t.nodes[s.owner];
    const chosen = (s.chosen ?? []).map((p) => t.nodes[p]);
    const area = s.chosen ? minimal(chosen.map((n) => n.path)) : [owner.path];
    return { id: newId(), key: s.key, t, owner, facts: { owner: owner.path, area, status: s.status }, units: new Map() };
  });
  await w.db.campaign.createMany({
    data: made.map((c) => ({
      id: c.id,
      tenantId: c.t.tenantId,
      nodeId: c.owner.id,
      title: `矩阵动员${hex()}`,
      startsOn: new Date(`${opts.startsOn ?? "2026-01-01"}T00:00:00Z`),
      endsOn: new Date("2099-12-31T00:00:00Z"),
      status: c.facts.status,
      scopeKind: SHAPES.find((s) => s.key === c.key)!.chosen ? "UNITS" : "SUBTREE",
      letterTitle: "倡议书",
      letterHtml: "<p>让我们一起做好垃圾分类。</p>",
      letterPublishedAt: published && c.facts.status !== "DRAFT" ? now : null,
      pledgeTitle: "承诺书",
      pledgeText: "我分类、我承诺。",
      startedAt: c.facts.status === "DRAFT" ? null : now,
      closedAt: c.facts.status === "CLOSED" ? now : null,
      createdById: newId(),
    })),
  });
  const units: { id: string; tenantId: string; campaignId: string; nodeId: string; chosen: boolean; pledgeToken: string }[] = [];
  for (const c of made) {
    const shape = SHAPES.find((s) => s.key === c.key)!;
    const chosen = new Set(shape.chosen ?? []);
    for (const p of new Set([...(shape.chosen ?? []), ...shape.rows])) {
      if (p === shape.owner) continue;
      const node = c.t.nodes[p];
      const id = newId();
      c.units.set(node.id, id);
      units.push({ id, tenantId: c.t.tenantId, campaignId: c.id, nodeId: node.id, chosen: chosen.has(p), pledgeToken: token() });
    }
  }
  await w.db.campaignUnit.createMany({ data: units });
  return made;
}

/** Where the rows of the campaigns hang; `units`: only where the campaign has a unit (not at its owner). */
export function spotsOf(made: MadeCampaign[], opts: { units?: boolean } = {}): Spot[] {
  return made.flatMap((c) =>
    SHAPES.find((s) => s.key === c.key)!
      .rows.map((p) => ({ c, node: c.t.nodes[p], isOwner: c.t.nodes[p].id === c.owner.id }))
      .filter((s) => !opts.units || !s.isOwner),
  );
}

/** The target of a campaign itself (its owner's path). */
export function campaignTarget(c: MadeCampaign, data: Record<string, string> = {}): Prepared {
  return { target: { id: c.id, tenantId: c.t.tenantId, path: c.owner.path, campaign: c.facts }, data: { campaignId: c.id, ...data } };
}

/** The target of a row of a campaign hanging on a spot's node. */
export function rowTarget(s: Spot, id: string, data: Record<string, string> = {}, extra: Partial<Target> = {}): Prepared {
  return { target: { id, tenantId: s.c.t.tenantId, path: s.node.path, campaign: s.c.facts, ...extra }, data: { campaignId: s.c.id, nodeId: s.node.id, ...data } };
}

/** Fresh people, one on each spot's node (batched). */
export async function peopleAt(w: World, spots: Spot[]) {
  const rows = spots.map((s) => ({ id: newId(), tenantId: s.c.t.tenantId, nodeId: s.node.id, name: `人${hex()}`, phone: `1${crypto.randomInt(3e9, 9e9)}${crypto.randomInt(0, 9)}`, isPartyMember: true }));
  await w.db.person.createMany({ data: rows });
  return rows;
}

/** Fresh households, one on each spot's node (batched). */
export async function householdsAt(w: World, spots: Spot[]) {
  const rows = spots.map((s) => ({ id: newId(), tenantId: s.c.t.tenantId, nodeId: s.node.id, headName: `户${hex()}`, building: "7号楼", room: String(crypto.randomInt(100, 999)) }));
  await w.db.household.createMany({ data: rows });
  return rows;
}

/**
 * Activities, one on each spot (batched): planned for next week unless asked otherwise (a member may still join,
 * staff may still edit).
 */
export async function activitiesAt(w: World, spots: Spot[], opts: { kind?: "LECTURE" | "DOOR_TO_DOOR" } = {}) {
  const startsAt = new Date(Date.now() + 7 * DAY);
  const rows = spots.map((s) => ({
    id: newId(),
    tenantId: s.c.t.tenantId,
    campaignId: s.c.id,
    nodeId: s.node.id,
    kind: opts.kind ?? "LECTURE",
    title: `矩阵活动${hex()}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    checkinToken: token(),
    createdById: newId(),
  }));
  await w.db.activity.createMany({ data: rows });
  return rows;
}

/** One task in each campaign (batched). */
export async function tasksIn(w: World, made: MadeCampaign[]) {
  const rows = made.map((c) => ({ id: newId(), tenantId: c.t.tenantId, campaignId: c.id, title: `矩阵任务${hex()}`, dueAt: new Date("2099-06-30T09:00:00Z"), sortOrder: 1, createdById: newId() }));
  await w.db.campaignTask.createMany({ data: rows });
  return new Map(made.map((c, i) => [c.id, rows[i].id]));
}

/** A task of each spot's campaign assigned to the spot's unit (batched). */
export async function assignmentsAt(w: World, spots: Spot[]) {
  const tasks = await tasksIn(w, [...new Set(spots.map((s) => s.c))]);
  const rows = spots.map((s) => ({ id: newId(), tenantId: s.c.t.tenantId, taskId: tasks.get(s.c.id)!, nodeId: s.node.id, assignedById: newId() }));
  await w.db.taskAssignment.createMany({ data: rows });
  return rows;
}

/** Suggestions written on each spot by a fresh person of it (batched); `status` HIDDEN with a reason. */
export async function suggestionsAt(w: World, spots: Spot[], status: "OPEN" | "HIDDEN" = "OPEN") {
  const people = await peopleAt(w, spots);
  const rows = spots.map((s, i) => ({
    id: newId(),
    tenantId: s.c.t.tenantId,
    campaignId: s.c.id,
    nodeId: s.node.id,
    authorPersonId: people[i].id,
    kind: "TIP" as const,
    text: `旧报纸折纸袋${hex()}`,
    status,
    ...(status === "HIDDEN" ? { hiddenReason: "重复", hiddenById: newId() } : {}),
  }));
  await w.db.suggestion.createMany({ data: rows });
  return rows;
}

export type Phase = "NOMINATING" | "VOTING" | "PUBLISHED";

/** A selection in each campaign, in the phase asked for (batched). */
export async function selectionsIn(w: World, made: MadeCampaign[], phase: Phase) {
  const now = Date.now();
  const times =
    phase === "NOMINATING"
      ? { nominationEndsAt: new Date(now + 10 * DAY), votingStartsAt: new Date(now + 11 * DAY), votingEndsAt: new Date(now + 20 * DAY) }
      : phase === "VOTING"
        ? { nominationEndsAt: new Date(now - 10 * DAY), votingStartsAt: new Date(now - DAY), votingEndsAt: new Date(now + 10 * DAY) }
        : { nominationEndsAt: new Date(now - 20 * DAY), votingStartsAt: new Date(now - 15 * DAY), votingEndsAt: new Date(now - 10 * DAY), publishedAt: new Date(now - 9 * DAY) };
  const rows = made.map((c) => ({ id: newId(), tenantId: c.t.tenantId, campaignId: c.id, kind: "MODEL_WORKER" as const, title: `最美职工${hex()}`, votesPerMember: 1, createdById: newId(), ...times }));
  await w.db.selection.createMany({ data: rows });
  return new Map(made.map((c, i) => [c.id, rows[i].id]));
}

/**
 * A nomination by each spot's unit of a fresh person of it, in a selection of its campaign (one selection per
 * campaign, or one per spot with `own`), batched.
 */
export async function nominationsAt(w: World, spots: Spot[], opts: { phase: Phase; status: "PENDING" | "ACCEPTED"; own?: boolean }) {
  const people = await peopleAt(w, spots);
  const selections = opts.own
    ? await Promise.all(spots.map(async (s) => (await selectionsIn(w, [s.c], opts.phase)).get(s.c.id)!))
    : await selectionsIn(w, [...new Set(spots.map((s) => s.c))], opts.phase).then((m) => spots.map((s) => m.get(s.c.id)!));
  const rows = spots.map((s, i) => ({
    id: newId(),
    tenantId: s.c.t.tenantId,
    selectionId: selections[i],
    nodeId: s.node.id,
    nomineePersonId: people[i].id,
    nomineeName: people[i].name,
    reason: "坚持桶前值守，带动邻里分类。",
    status: opts.status,
    createdById: newId(),
  }));
  await w.db.nomination.createMany({ data: rows });
  return rows;
}

/** The tenants' question banks: a few questions each, made once per world (quizzes draw from them). */
const banks = new WeakMap<World, Promise<Map<string, string[]>>>();
export function worldBank(w: World) {
  if (!banks.has(w)) {
    banks.set(
      w,
      (async () => {
        const out = new Map<string, string[]>();
        for (const t of [w.own, w.other]) {
          const rows = [0, 1, 2, 3].map((i) => ({ id: newId(), tenantId: t.tenantId, kind: "TRUE_FALSE" as const, category: "GENERAL" as const, text: `矩阵题目${i}${hex()}`, options: ["正确", "错误"], answer: [0] }));
          await w.db.question.createMany({ data: rows });
          out.set(t.tenantId, rows.map((r) => r.id));
        }
        return out;
      })(),
    );
  }
  return banks.get(w)!;
}

/** A quiz in each campaign drawing 3 questions (batched). */
export async function quizzesIn(w: World, made: MadeCampaign[]) {
  await worldBank(w);
  const rows = made.map((c) => ({ id: newId(), tenantId: c.t.tenantId, campaignId: c.id, title: `知识竞赛${hex()}`, questionCount: 3, timeLimitSec: 600, createdById: newId() }));
  await w.db.quiz.createMany({ data: rows });
  return new Map(made.map((c, i) => [c.id, rows[i].id]));
}
