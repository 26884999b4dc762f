// Recurring reports: the tenant's report types (read by every reader of reports, configured by the tenant's
// administrators), one unit's report of one period (read in the reports.read reach — a representative's followed
// units —, filed by the unit's reporters and admins and those above them, reviewed level by level by the levels of
// its chain, reopened by a level strictly above the unit), its append-only revisions, and the completeness, roll-up
// and export pages of a node. A sibling's reports are never readable or writable.
//
// The world's weekly report is filed by streets, communities, compounds and party branches and reviewed by the
// streets and communities above (those with somebody to review) and the tenant's root; it never locks, so any past
// week is open. Reports are filed through the filing statement itself (lib/reports/write-sql.ts) with the owner
// connection, so their review chains are the ones the app stores.
import { WEEKLY_PROGRESS } from "@/lib/reports/builtin-types";
import { fastId, WRITE_MANY_SQL, writeItem, writeManyValues, type WriteRow } from "@/lib/reports/write-sql";
import type { TestTenant } from "../../factories/tenant";
import type { Target } from "../relations";
import type { Position, World } from "../world";
import { atPositions, everywhere, lazy, nodeTarget, once, type Prepared, type Resource } from "./kit";

const mTypes = () => import("@/lib/reports/report-types");
const listReportTypes = lazy(mTypes, "listReportTypes");
const getReportType = lazy(mTypes, "getReportType");
const updateReportType = lazy(mTypes, "updateReportType");
const mRead = () => import("@/lib/reports/read-submissions");
const getReportView = lazy(mRead, "getReportView");
const getRevisionPair = lazy(mRead, "getRevisionPair");
const listReviewQueue = lazy(mRead, "listReviewQueue");
const mWrite = () => import("@/lib/reports/write-submissions");
const writeReport = lazy(mWrite, "writeReport");
const getReportState = lazy(mWrite, "getReportState");
const reviewReport = lazy(mWrite, "reviewReport");
const reopenReport = lazy(mWrite, "reopenReport");
const mCompleteness = () => import("@/lib/reports/read-completeness");
const getCompleteness = lazy(mCompleteness, "getCompleteness");
const mRollup = () => import("@/lib/reports/read-rollup");
const getRollup = lazy(mRollup, "getRollup");
const mExport = () => import("@/lib/reports/export");
const exportPeriod = lazy(mExport, "exportPeriod");
const exportAggregatedTable = lazy(mExport, "exportAggregatedTable");

export const REPORT_TYPE = "matrix_weekly";
/** The week the shared reports are of (far from anything filed per actor). */
export const READ_WEEK = "2000-W10";
const FILERS: Position[] = ["a", "a1", "a1c", "a1b", "b", "b1", "b1c"];
const OTHER_FILERS: Position[] = ["a", "a1c"];
export const MINIMAL = { progress: "本周开展垃圾分类宣传。", participation: 12 };

export function typeData(code: string, name = "矩阵周报") {
  return {
    code,
    name,
    nameEn: null,
    description: null,
    cadence: "WEEKLY" as const,
    weekday: 3,
    dayOfMonth: null,
    dueTime: "17:00",
    periodOffset: 0,
    lockAfterDays: null,
    reminders: [],
    fields: WEEKLY_PROGRESS.fields,
    filerKindCodes: ["street", "community", "compound", "party_branch"],
    filerRootId: null,
    reviewKindCodes: ["street", "community"],
    exportTitle: "矩阵汇总表",
    activeFrom: new Date("2000-01-01T00:00:00Z"),
    active: true,
  };
}

type TypeRow = { id: string; code: string; updatedAt: Date };
const types = new WeakMap<World, Promise<Map<string, TypeRow>>>();
/** The world's weekly report type, in both tenants under the same code. */
function worldTypes(w: World) {
  if (!types.has(w)) {
    types.set(
      w,
      (async () => {
        const out = new Map<string, TypeRow>();
        for (const t of [w.own, w.other]) {
          const row = await w.db.reportType.create({ data: { tenantId: t.tenantId, ...typeData(REPORT_TYPE) }, select: { id: true, code: true, updatedAt: true } });
          out.set(t.tenantId, row);
        }
        return out;
      })(),
    );
  }
  return types.get(w)!;
}

let week = 0;
/** A week of its own for each report made per actor (the report of a unit and a week is one row). */
function nextWeek() {
  const n = week++;
  return `${2001 + Math.floor(n / 52)}-W${String((n % 52) + 1).padStart(2, "0")}`;
}

/** File (save or submit) one unit's report through the filing statement, as the tenant's administrator. */
async function file(w: World, t: TestTenant, nodeId: string, period: string, action: "save" | "submit") {
  const type = (await worldTypes(w)).get(t.tenantId)!;
  const def = typeData(REPORT_TYPE);
  const now = new Date();
  const rowsBack = await w.db.$queryRawUnsafe<WriteRow[]>(
    WRITE_MANY_SQL,
    ...writeManyValues(t.tenantId, [
      writeItem(
        {
          tenantId: t.tenantId,
          typeId: type.id,
          typeCode: type.code,
          typeUpdatedAt: type.updatedAt,
          nodeId,
          periodKey: period,
          data: action === "submit" ? MINIMAL : { progress: "草稿" },
          baseVersion: 0,
          now,
          userId: t.userIds.tenantAdmin,
          onTime: true,
          scopePatterns: [`${t.nodes.root.path}%`],
          filerKindCodes: def.filerKindCodes,
          filerRootPattern: "%",
          reviewKindCodes: def.reviewKindCodes,
          locked: false,
          submissionId: fastId(),
          revisionId: fastId(),
          idempotencyKey: null,
          ip: null,
          requestId: null,
        },
        action,
      ),
    ]),
  );
  if (!rowsBack.length) throw new Error(`could not file the matrix report of ${nodeId} for ${period}`);
  return rowsBack[0];
}

type Filer = { t: TestTenant; pos: Position; node: TestTenant["nodes"]["root"] };
const filers = (w: World): Filer[] => [
  ...FILERS.map((pos) => ({ t: w.own, pos, node: w.own.nodes[pos] })),
  ...OTHER_FILERS.map((pos) => ({ t: w.other, pos, node: w.other.nodes[pos] })),
];

/**
 * Every filing unit's review chain, as the filing statement stores it at submission: one report of each unit is
 * submitted through it once per world, and the chains of the reports made per actor are copied from those.
 */
const chains = new WeakMap<World, Promise<Map<string, { ids: string[]; paths: string[] }>>>();
function worldChains(w: World) {
  if (!chains.has(w)) {
    chains.set(
      w,
      (async () => {
        const out = new Map<string, { ids: string[]; paths: string[] }>();
        for (const f of filers(w)) {
          const row = await file(w, f.t, f.node.id, "2000-W01", "submit");
          const { reviewChain } = await w.db.reportSubmission.findUniqueOrThrow({ where: { id: row.id }, select: { reviewChain: true } });
          const nodes = await w.db.orgNode.findMany({ where: { id: { in: reviewChain } }, select: { id: true, path: true } });
          out.set(f.node.id, { ids: reviewChain, paths: reviewChain.map((id) => nodes.find((n) => n.id === id)!.path) });
        }
        return out;
      })(),
    );
  }
  return chains.get(w)!;
}

/**
 * Every filing unit's report of a fresh week (batched), as filing leaves it: a draft saved once, or submitted on
 * time (optionally with the first level of its chain approved; only reports with a level above it are made then).
 */
async function reports(w: World, opts: { action: "save" | "submit"; approved?: 0 | 1 }): Promise<Prepared[]> {
  const period = nextWeek();
  const [byNode, types] = await Promise.all([worldChains(w), worldTypes(w)]);
  const now = new Date();
  const list = filers(w).filter((f) => opts.approved !== 1 || byNode.get(f.node.id)!.ids.length >= 2);
  const subs = list.map((f) => {
    const submitted = opts.action === "submit";
    const version = opts.approved === 1 ? 2 : 1;
    return {
      id: fastId(),
      tenantId: f.t.tenantId,
      reportTypeId: types.get(f.t.tenantId)!.id,
      nodeId: f.node.id,
      periodKey: period,
      status: submitted ? ("SUBMITTED" as const) : ("DRAFT" as const),
      data: submitted ? MINIMAL : { progress: "草稿" },
      version,
      ...(submitted ? { submittedAt: now, submittedById: f.t.userIds.tenantAdmin, firstSubmittedAt: now, onTime: true, reviewChain: byNode.get(f.node.id)!.ids, approvedLevel: opts.approved ?? 0 } : {}),
      updatedById: f.t.userIds.tenantAdmin,
      createdAt: now,
      updatedAt: now,
    };
  });
  await w.db.reportSubmission.createMany({ data: subs });
  const revisions = subs.flatMap((row) => [
    { id: fastId(), tenantId: row.tenantId, submissionId: row.id, version: 1, action: opts.action, status: row.status === "DRAFT" ? ("DRAFT" as const) : ("SUBMITTED" as const), data: row.data, actorUserId: row.updatedById, createdAt: now },
    ...(opts.approved === 1 ? [{ id: fastId(), tenantId: row.tenantId, submissionId: row.id, version: 2, action: "approve", status: "SUBMITTED" as const, data: undefined, level: 1, actorUserId: row.updatedById, createdAt: now }] : []),
  ]);
  await w.db.reportRevision.createMany({ data: revisions });
  return list.map((f, i) => {
    const target: Target = { id: subs[i].id, tenantId: f.t.tenantId, path: f.node.path };
    if (opts.action === "submit") target.review = { chain: byNode.get(f.node.id)!.paths, approvedLevel: opts.approved ?? 0 };
    return { target, data: { period, nodeId: f.node.id, version: String(subs[i].version), revisionId: revisions.find((r) => r.submissionId === subs[i].id)!.id } };
  });
}

/** The units that file, with no report yet (reopening a missing report creates it). */
const unfiled = (w: World): Prepared[] => {
  const period = nextWeek();
  return filers(w).map((f) => ({ target: { id: `${f.node.id}@${period}`, tenantId: f.t.tenantId, path: f.node.path }, data: { period, nodeId: f.node.id } }));
};

/** Drafts of the week the pages read (a week of its own, saved through the filing statement itself). */
const drafts = once("report-draft", async (w) => {
  const out: Prepared[] = [];
  for (const f of filers(w)) {
    const row = await file(w, f.t, f.node.id, READ_WEEK, "save");
    const rev = await w.db.reportRevision.findFirstOrThrow({ where: { submissionId: row.id }, select: { id: true } });
    out.push({ target: { id: row.id, tenantId: f.t.tenantId, path: f.node.path }, data: { period: READ_WEEK, nodeId: f.node.id, version: String(row.version), revisionId: rev.id } });
  }
  return out;
});
const waiting = once("report-waiting", async (w) => [...(await reports(w, { action: "submit" })), ...(await reports(w, { action: "submit", approved: 1 }))]);
const perActorWaiting = async (w: World) => [...(await reports(w, { action: "submit" })), ...(await reports(w, { action: "submit", approved: 1 }))];
const submissionSnapshot = (w: World, p: Prepared) => w.db.reportSubmission.findUnique({ where: { id: p.target.id }, include: { revisions: { orderBy: { version: "asc" } } } });
const ref = (p: Prepared) => ({ type: REPORT_TYPE, period: p.data.period, nodeId: p.data.nodeId });
const nodeTargets = once("node-report", async (w) => {
  await worldTypes(w);
  return atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node))(w);
});
const nodeSnapshot = (w: World, p: Prepared) => w.db.orgNode.findUnique({ where: { id: p.target.id } });

async function translator() {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/load-messages");
  const t = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") as never });
  return (k: string, p?: Record<string, string | number>) => (t as unknown as (k: string, p?: Record<string, string | number>) => string)(k, p);
}

/** Report types to change, one per tenant, each under a code of its own (a code names a type inside one tenant). */
let typeSeq = 0;
const freshTypes = (w: World) =>
  Promise.all(
    [w.own, w.other].map(async (t) => {
      const row = await w.db.reportType.create({ data: { tenantId: t.tenantId, ...typeData(`mx_type_${++typeSeq}_${t.tag}`) }, select: { id: true, code: true } });
      return { target: { id: row.id, tenantId: t.tenantId, path: t.nodes.root.path }, data: { code: row.code } } as Prepared;
    }),
  );

export const REPORTS: Resource[] = [
  {
    model: "ReportType",
    ops: {
      // Every reader of reports sees the tenant's types; a code names a type of the caller's own tenant only.
      list: {
        rule: { permission: "reports.read", tenantWide: true },
        prepare: once("report-type", async (w) => [...(await worldTypes(w)).entries()].map(([tenantId, r]) => ({ target: { id: r.id, tenantId, path: (tenantId === w.own.tenantId ? w.own : w.other).nodes.root.path }, data: { code: r.code } }))),
        run: (actor) => listReportTypes({ actor }),
        reached: (r, p) => (r as { id: string }[]).some((d) => d.id === p.target.id),
        snapshot: (w, p) => w.db.reportType.findUnique({ where: { id: p.target.id } }),
      },
      read: {
        rule: { permission: "reports.read", tenantWide: true },
        prepare: once("report-type", async (w) => [...(await worldTypes(w)).entries()].map(([tenantId, r]) => ({ target: { id: r.id, tenantId, path: (tenantId === w.own.tenantId ? w.own : w.other).nodes.root.path }, data: { code: r.code } }))),
        run: (actor, p) => getReportType({ actor, code: p.data.code }),
        reached: (r, p) => (r as { id: string }).id === p.target.id,
        snapshot: (w, p) => w.db.reportType.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "reports.configure", tenantWide: true },
        prepare: freshTypes,
        run: (actor, p) => {
          const { code: _c, ...data } = typeData(p.data.code, "改过的周报");
          return updateReportType({ actor, code: p.data.code, data });
        },
        snapshot: (w, p) => w.db.reportType.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "ReportSubmission",
    ops: {
      read: {
        rule: { permission: "reports.read" },
        prepare: drafts,
        run: (actor, p) => getReportView({ actor, ...ref(p), now: new Date() }),
        reached: (r, p) => (r as { submission: { id: string } | null }).submission?.id === p.target.id,
        snapshot: submissionSnapshot,
      },
      // The newest content after a refused save.
      "read:state": {
        rule: { permission: "reports.read" },
        prepare: drafts,
        run: (actor, p) => getReportState({ actor, ...ref(p) }),
        reached: (r) => !!r,
        snapshot: submissionSnapshot,
      },
      // The review queue: submitted reports whose next level is the actor's.
      list: {
        rule: { permission: "reports.review", reviewTurn: true },
        prepare: waiting,
        run: (actor) => listReviewQueue({ actor, take: 1000 }),
        reached: (r, p) => (r as { id: string }[]).some((x) => x.id === p.target.id),
        snapshot: submissionSnapshot,
      },
      update: {
        rule: { permission: "reports.submit" },
        prepare: (w) => reports(w, { action: "save" }),
        run: (actor, p) => writeReport({ actor, action: "save", input: { ...ref(p), data: { progress: "改过的草稿" }, baseVersion: Number(p.data.version) }, now: new Date() }),
        snapshot: submissionSnapshot,
      },
      "update:submit": {
        rule: { permission: "reports.submit" },
        prepare: (w) => reports(w, { action: "save" }),
        run: (actor, p) => writeReport({ actor, action: "submit", input: { ...ref(p), data: MINIMAL, baseVersion: Number(p.data.version) }, now: new Date() }),
        snapshot: submissionSnapshot,
      },
      "update:review": {
        rule: { permission: "reports.review", reviewTurn: true },
        prepare: perActorWaiting,
        run: (actor, p) => reviewReport({ actor, input: { submissionId: p.target.id, decision: "approve", comment: null, version: Number(p.data.version) }, now: new Date() }),
        // Not the actor's turn: a level below has not approved yet, or theirs is approved already.
        refused: (code, key) => code === "CONFLICT" && key === "errors.report.wrongLevel",
        snapshot: submissionSnapshot,
      },
      "update:return": {
        rule: { permission: "reports.review", reviewTurn: true },
        prepare: perActorWaiting,
        run: (actor, p) => reviewReport({ actor, input: { submissionId: p.target.id, decision: "return", comment: "请补充参与人数", version: Number(p.data.version) }, now: new Date() }),
        refused: (code, key) => code === "CONFLICT" && key === "errors.report.wrongLevel",
        snapshot: submissionSnapshot,
      },
      // Lifting the lock of one unit's period: a level strictly above the unit (never the unit itself).
      "update:reopen": {
        rule: { permission: "reports.review", strictlyInside: true },
        prepare: async (w) => {
          await worldTypes(w);
          return unfiled(w);
        },
        run: (actor, p) => reopenReport({ actor, input: { ...ref(p), days: 3, reason: "系统故障补报" }, now: new Date() }),
        reached: (r) => !!(r as { id: string }).id,
        snapshot: (w, p) => w.db.reportSubmission.findMany({ where: { nodeId: p.data.nodeId, periodKey: p.data.period } }),
      },
    },
  },
  {
    // Revisions are append-only; read with their report.
    model: "ReportRevision",
    ops: {
      read: {
        rule: { permission: "reports.read" },
        prepare: drafts,
        run: (actor, p) => getRevisionPair({ actor, submissionId: p.target.id, revisionId: p.data.revisionId }),
        snapshot: (w, p) => w.db.reportRevision.findUnique({ where: { id: p.data.revisionId } }),
      },
      list: {
        rule: { permission: "reports.read" },
        prepare: drafts,
        run: (actor, p) => getReportView({ actor, ...ref(p), now: new Date() }),
        reached: (r, p) => (r as { revisions: { id: string }[] }).revisions.some((x) => x.id === p.data.revisionId),
        snapshot: (w, p) => w.db.reportRevision.findUnique({ where: { id: p.data.revisionId } }),
      },
    },
  },
  {
    // The pages of a node: the node itself must be in the actor's reports.read reach (404 otherwise, never an empty
    // page); exports need export.run besides.
    model: "OrgNode",
    ops: {
      "read:completeness": {
        rule: { permission: "reports.read" },
        prepare: nodeTargets,
        run: (actor, p) => getCompleteness({ actor, type: REPORT_TYPE, nodeId: p.target.id, now: new Date() }),
        snapshot: nodeSnapshot,
      },
      "read:rollup": {
        rule: { permission: "reports.read" },
        prepare: nodeTargets,
        run: (actor, p) => getRollup({ actor, type: REPORT_TYPE, period: READ_WEEK, nodeId: p.target.id }),
        snapshot: nodeSnapshot,
      },
      "read:reportExport": {
        rule: { permission: "reports.read", alsoHeld: ["export.run"] },
        prepare: nodeTargets,
        run: async (actor, p) => exportPeriod({ actor, t: await translator(), type: REPORT_TYPE, period: READ_WEEK, nodeId: p.target.id, now: new Date() }),
        snapshot: nodeSnapshot,
      },
      "read:reportTable": {
        rule: { permission: "reports.read", alsoHeld: ["export.run"] },
        prepare: nodeTargets,
        run: async (actor, p) => exportAggregatedTable({ actor, t: await translator(), type: REPORT_TYPE, period: READ_WEEK, nodeId: p.target.id }),
        snapshot: nodeSnapshot,
      },
    },
  },
];
