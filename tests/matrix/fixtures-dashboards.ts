// Fresh rows of the dashboards, inspections, notices and rankings for the matrix's targets, written with the owner
// connection in batches (one statement per kind of row for all positions), as the data layer would have left them.
import crypto from "node:crypto";
import type { NoticeStatus, RankingStatus, RectificationStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import type { Target } from "./relations";
import type { Prepared } from "./resources/kit";
import { freshLeaf, positions, type World } from "./world";

type Pos = ReturnType<typeof positions>[number];
const hex = (n = 3) => crypto.randomBytes(n).toString("hex");

export const CHECKLIST_ITEMS = [
  { key: "bins", text: "桶站整洁、标识清楚", maxScore: 40, photoRequired: false },
  { key: "sorting", text: "分类投放正确", maxScore: 60, photoRequired: false },
];
/** A full score of the world's checklist (what an inspector enters). */
export const FULL_SCORES = CHECKLIST_ITEMS.map((i) => ({ key: i.key, score: i.maxScore }));

const once = <V>(store: WeakMap<World, V>, w: World, make: () => V): V => {
  if (!store.has(w)) store.set(w, make());
  return store.get(w)!;
};

const checklists = new WeakMap<World, Promise<Map<string, string>>>();
/** Each tenant's checklist (tenant id → checklist id). */
export function worldChecklists(w: World) {
  return once(checklists, w, async () => {
    const out = new Map<string, string>();
    for (const t of [w.own, w.other]) {
      const row = await w.db.checklist.create({ data: { tenantId: t.tenantId, name: `月度检查表${hex()}`, items: CHECKLIST_ITEMS, createdById: newId() } });
      out.set(t.tenantId, row.id);
    }
    return out;
  });
}

export async function freshChecklists(w: World): Promise<Prepared[]> {
  return Promise.all(
    [w.own, w.other].map(async (t) => {
      const row = await w.db.checklist.create({ data: { tenantId: t.tenantId, name: `检查表${hex()}`, items: CHECKLIST_ITEMS, createdById: newId() } });
      return { target: { id: row.id, tenantId: t.tenantId, path: t.nodes.root.path }, data: { name: row.name } };
    }),
  );
}

const at = (pos: Pos, id: string, extra: Partial<Target> = {}, data: Record<string, string> = {}): Prepared => ({
  target: { id, tenantId: pos.t.tenantId, path: pos.node.path, ...extra },
  data: { nodeId: pos.node.id, ...data },
});

/** A monthly check of every position (by somebody who is none of the matrix's actors). */
export async function freshInspections(w: World, occurredAt = new Date()): Promise<Prepared[]> {
  const lists = await worldChecklists(w);
  const list = positions(w);
  const rows = list.map((p) => ({
    id: newId(),
    tenantId: p.t.tenantId,
    kind: "MONTHLY" as const,
    checklistId: lists.get(p.t.tenantId)!,
    nodeId: p.node.id,
    inspectorId: newId(),
    occurredAt,
    scores: FULL_SCORES.map((s) => ({ ...s, note: null, photoIds: [] })),
    total: 100,
    maxTotal: 100,
  }));
  await w.db.inspection.createMany({ data: rows });
  return list.map((p, i) => at(p, rows[i].id));
}

/** A rectification of every position (each from a check of its own unit), in a state. */
export async function freshRectifications(w: World, status: RectificationStatus = "OPEN", deadline = new Date(Date.now() + 30 * 86_400_000)): Promise<Prepared[]> {
  const inspections = await freshInspections(w);
  const list = positions(w);
  const rows = list.map((p, i) => ({
    id: newId(),
    tenantId: p.t.tenantId,
    inspectionId: inspections[i].target.id,
    itemKey: "bins",
    description: `桶站满溢${hex()}`,
    nodeId: p.node.id,
    deadline,
    status,
    ...(status !== "OPEN" ? { doneAt: new Date(), doneNote: "已清运" } : {}),
  }));
  await w.db.rectification.createMany({ data: rows });
  return list.map((p, i) => at(p, rows[i].id, {}, { inspectionId: inspections[i].target.id }));
}

const NOTICE_STAMPS: Record<NoticeStatus, object> = {
  DRAFT: {},
  SUBMITTED: { submittedAt: new Date() },
  APPROVED: { submittedAt: new Date(), approvedAt: new Date() },
  PUBLISHED: { submittedAt: new Date(), approvedAt: new Date(), publishedAt: new Date() },
};

/** A quarterly notice issued by every position, in a state (drafted, submitted and approved by non-actors). */
export async function freshNotices(w: World, status: NoticeStatus, quarter: string): Promise<Prepared[]> {
  const list = positions(w);
  const rows = list.map((p) => ({
    id: newId(),
    tenantId: p.t.tenantId,
    nodeId: p.node.id,
    quarter,
    title: `${p.node.name}${quarter}季通报`,
    status,
    sections: [{ key: "summary", title: "总体情况", html: "<p>本季度垃圾分类工作稳步推进。</p>" }],
    generatedFrom: {},
    createdById: newId(),
    ...(status !== "DRAFT" ? { submittedById: newId() } : {}),
    ...(status === "APPROVED" || status === "PUBLISHED" ? { approvedById: newId() } : {}),
    ...NOTICE_STAMPS[status],
  }));
  await w.db.quarterlyNotice.createMany({ data: rows });
  return list.map((p, i) => at(p, rows[i].id, { issued: { published: status === "PUBLISHED" } }, { quarter }));
}

let quarterSeq = 0;
/** A quarter of its own for each batch of notices made per actor (a node has one notice per quarter). */
export function nextQuarter() {
  const n = quarterSeq++;
  return `${2001 + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
}

let halfSeq = 0;
/** A half-year of its own for each batch of rankings made per actor (a node has one per scheme and half-year). */
export function nextHalf() {
  const n = halfSeq++;
  return `${2001 + Math.floor(n / 2)}-H${(n % 2) + 1}`;
}

export const SCHEME_WEIGHTS = [
  { indicator: "report_submission", weight: 60 },
  { indicator: "pledge_rate", weight: 40 },
];

const schemes = new WeakMap<World, Promise<Map<string, string>>>();
/** Each tenant's ranking scheme (tenant id → scheme id). */
export function worldSchemes(w: World) {
  return once(schemes, w, async () => {
    const out = new Map<string, string>();
    for (const t of [w.own, w.other]) {
      const row = await w.db.rankingScheme.create({ data: { tenantId: t.tenantId, name: `半年考核${hex()}`, weights: SCHEME_WEIGHTS, createdById: newId() } });
      out.set(t.tenantId, row.id);
    }
    return out;
  });
}

export async function freshSchemes(w: World): Promise<Prepared[]> {
  return Promise.all(
    [w.own, w.other].map(async (t) => {
      const row = await w.db.rankingScheme.create({ data: { tenantId: t.tenantId, name: `考核方案${hex()}`, weights: SCHEME_WEIGHTS, createdById: newId() } });
      return { target: { id: row.id, tenantId: t.tenantId, path: t.nodes.root.path }, data: { name: row.name } };
    }),
  );
}

const ranked = new WeakMap<World, Promise<void>>();
/** A ranking ranks the units right below a node, at least two: every position gets leaves until it has two. */
export function rankedUnits(w: World) {
  return once(ranked, w, async () => {
    for (const p of positions(w)) {
      const kids = await w.db.orgNode.count({ where: { tenantId: p.t.tenantId, parentId: p.node.id, archived: false } });
      for (let i = kids; i < 2; i++) await freshLeaf(w, p.t, p.node);
    }
  });
}

const RANKING_STAMPS: Record<RankingStatus, object> = {
  DRAFT: {},
  APPROVED: { approvedAt: new Date() },
  PUBLISHED: { approvedAt: new Date(), publishedAt: new Date() },
};

/** A ranking of the units below every position, in a state (computed and approved by non-actors). */
export async function freshRankings(w: World, status: RankingStatus, period: string): Promise<Prepared[]> {
  const [byTenant] = await Promise.all([worldSchemes(w), rankedUnits(w)]);
  const list = positions(w);
  const rows = list.map((p) => ({
    id: newId(),
    tenantId: p.t.tenantId,
    schemeId: byTenant.get(p.t.tenantId)!,
    nodeId: p.node.id,
    period,
    status,
    weights: SCHEME_WEIGHTS,
    rows: [],
    computedAt: new Date(),
    createdById: newId(),
    ...(status !== "DRAFT" ? { approvedById: newId() } : {}),
    ...RANKING_STAMPS[status],
  }));
  await w.db.ranking.createMany({ data: rows });
  return list.map((p, i) => at(p, rows[i].id, { issued: { published: status === "PUBLISHED" } }, { period, schemeId: rows[i].schemeId }));
}

/** The month the world's figures are of (far from anything the app computes). */
export const DASH_MONTH = "2000-01";
export const DASH_INDICATOR = "pledge_rate";

const rollups = new WeakMap<World, Promise<Prepared[]>>();
/**
 * Subtree figures of every position for the world's month (each its own numerator, so a read shows whose it is),
 * and each tenant's refresh state.
 */
export function worldRollups(w: World) {
  return once(rollups, w, async () => {
    const list = positions(w);
    const rows = list.map((p, i) => ({ tenantId: p.t.tenantId, nodeId: p.node.id, periodKey: DASH_MONTH, indicator: DASH_INDICATOR, num: 100 + i, den: 1000 }));
    await w.db.dashRollup.createMany({ data: rows });
    // The parent of each node, from its materialized path ("/root/…/parent/node/").
    const parentOf = (path: string) => path.split("/").filter(Boolean).at(-2) ?? "";
    return list.map((p, i) => at(p, p.node.id, {}, { name: p.node.name, num: String(rows[i].num), parentId: parentOf(p.node.path) }));
  });
}

export async function snapshotRollup(w: World, p: Prepared) {
  return w.db.dashRollup.findMany({ where: { tenantId: p.target.tenantId, nodeId: p.data.nodeId }, orderBy: [{ periodKey: "asc" }, { indicator: "asc" }] });
}
