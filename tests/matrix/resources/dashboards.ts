// Dashboards (lib/dashboards) and year-end evaluations (lib/evaluations): the subtree figures of a node (DashRollup,
// read through dash_read with the caller's dashboards.read scope in its WHERE clause: a node outside answers 404,
// never an empty dashboard), the tenant's refresh state and targets (every reader of dashboards; targets changed by
// the tenant's administrators), and the evaluations of a node's party branches and members (evaluations.read).
// Exports need export.run besides.
import { DASH_INDICATOR, DASH_MONTH, snapshotRollup, worldRollups } from "../fixtures-dashboards";
import type { World } from "../world";
import { lazy, once, type Prepared, type Resource } from "./kit";

const mRead = () => import("@/lib/dashboards/read");
const getDashboard = lazy(mRead, "getDashboard");
const getDrill = lazy(mRead, "getDrill");
const getChildrenFigures = lazy(mRead, "getChildrenFigures");
const mExport = () => import("@/lib/dashboards/export");
const exportDrill = lazy(mExport, "exportDrill");
const mHome = () => import("@/lib/dashboards/home");
const loadDashboardPage = lazy(mHome, "loadDashboardPage");
const mTargets = () => import("@/lib/dashboards/targets");
const listTargets = lazy(mTargets, "listTargets");
const saveTargets = lazy(mTargets, "saveTargets");
const mEval = () => import("@/lib/evaluations/evaluate");
const evaluateBranches = lazy(mEval, "evaluateBranches");
const evaluateMembers = lazy(mEval, "evaluateMembers");
const exportEvaluation = lazy(mEval, "exportEvaluation");

/** The indicator whose targets are listed (changing targets sets another one: the list's rows stay as made). */
export const LISTED_TARGET = "awareness_rate";
export const SAVED_TARGET = "participation_rate";

async function translator() {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/load-messages");
  const t = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") as never });
  return (k: string, p?: Record<string, string | number>) => (t as unknown as (k: string, p?: Record<string, string | number>) => string)(k, p);
}

type Card = { code: string; num: number };
/** The dashboard shows the target's own figure (each position's numerator is its own). */
const showsFigure = (r: unknown, p: Prepared) => (r as { cards: Card[] }).cards.some((c) => c.code === DASH_INDICATOR && c.num === Number(p.data.num));

const nodeSnapshot = (w: World, p: Prepared) => w.db.orgNode.findUnique({ where: { id: p.data.nodeId } });

const tenantTargets = once("indicator-target", async (w) =>
  Promise.all(
    [w.own, w.other].map(async (t, i) => {
      const value = 71 + i;
      const row = await w.db.indicatorTarget.create({ data: { tenantId: t.tenantId, indicator: LISTED_TARGET, target: value } });
      return { target: { id: row.id, tenantId: t.tenantId, path: t.nodes.root.path }, data: { value: String(value) } } as Prepared;
    }),
  ),
);

/** Each tenant's refresh state, with a moment of its own (a dashboard shows the freshness of its tenant's figures). */
const stateTargets = once("dash-state", async (w) =>
  Promise.all(
    [w.own, w.other].map(async (t, i) => {
      const at = new Date(Date.UTC(2001 + i, 0, 1));
      await w.db.dashState.upsert({ where: { tenantId: t.tenantId }, create: { tenantId: t.tenantId, clockAt: at, refreshedAt: at }, update: { clockAt: at, refreshedAt: at } });
      return { target: { id: t.tenantId, tenantId: t.tenantId, path: t.nodes.root.path }, data: { at: at.toISOString() } } as Prepared;
    }),
  ),
);

export const DASHBOARDS: Resource[] = [
  {
    model: "DashRollup",
    ops: {
      // A node's dashboard: every indicator of the node's subtree (GET /api/dashboards/summary).
      read: {
        rule: { permission: "dashboards.read" },
        prepare: worldRollups,
        run: (actor, p) => getDashboard({ actor, nodeId: p.data.nodeId, period: DASH_MONTH }),
        reached: showsFigure,
        snapshot: snapshotRollup,
      },
      // The dashboard page: the figures, the unit's open rectifications, the weakest units below.
      "read:page": {
        rule: { permission: "dashboards.read" },
        prepare: worldRollups,
        run: (actor, p) => loadDashboardPage({ actor, nodeId: p.data.nodeId, period: DASH_MONTH, now: new Date() }),
        reached: (r, p) => showsFigure((r as { d: unknown }).d, p),
        snapshot: snapshotRollup,
      },
      // The drill-down of one indicator of a node.
      "read:drill": {
        rule: { permission: "dashboards.read" },
        prepare: worldRollups,
        run: (actor, p) => getDrill({ actor, indicator: DASH_INDICATOR, nodeId: p.data.nodeId, period: DASH_MONTH }),
        reached: (r, p) => (r as { total: { num: number } }).total.num === Number(p.data.num),
        snapshot: snapshotRollup,
      },
      // The same as a workbook (GET /api/dashboards/drill/export).
      "read:drillExport": {
        rule: { permission: "dashboards.read", alsoHeld: ["export.run"] },
        prepare: worldRollups,
        run: async (actor, p) => exportDrill({ actor, t: await translator(), indicator: DASH_INDICATOR, nodeId: p.data.nodeId, period: DASH_MONTH }),
        snapshot: snapshotRollup,
      },
      // The big screen's table: the units right below a node, those in reach only (the node asked for may lie above).
      list: {
        rule: { permission: "dashboards.read" },
        prepare: once("dash-children", async (w) => (await worldRollups(w)).filter((p) => p.data.parentId)),
        run: (actor, p) => getChildrenFigures({ actor, nodeId: p.data.parentId, period: DASH_MONTH, indicators: [DASH_INDICATOR] }),
        reached: (r, p) => (r as { rows: { id: string }[] }).rows.some((x) => x.id === p.data.nodeId),
        snapshot: snapshotRollup,
      },
    },
  },
  {
    model: "DashState",
    ops: {
      // How fresh the figures are: the caller's own tenant's, whatever node they open.
      read: {
        rule: { permission: "dashboards.read", tenantWide: true },
        prepare: stateTargets,
        run: (actor) => getDashboard({ actor, period: DASH_MONTH }),
        reached: (r, p) => (r as { refreshedAt: Date | null }).refreshedAt?.toISOString() === p.data.at,
        snapshot: (w, p) => w.db.dashState.findUnique({ where: { tenantId: p.target.id } }),
      },
    },
  },
  {
    model: "IndicatorTarget",
    ops: {
      list: {
        rule: { permission: "dashboards.read", tenantWide: true },
        prepare: tenantTargets,
        run: (actor) => listTargets({ actor }),
        reached: (r, p) => (r as Record<string, number>)[LISTED_TARGET] === Number(p.data.value),
        snapshot: (w, p) => w.db.indicatorTarget.findUnique({ where: { id: p.target.id } }),
      },
      // The targets are always the caller's own tenant's: there is no id to point at another one.
      update: {
        rule: { permission: "dashboards.configure", tenantWide: true },
        prepare: async (w) => [{ target: { id: w.own.tenantId, tenantId: w.own.tenantId, path: w.own.nodes.root.path }, data: {} }],
        run: (actor) => saveTargets({ actor, data: { [SAVED_TARGET]: 65 } }),
        snapshot: (w, p) => w.db.indicatorTarget.findMany({ where: { tenantId: p.target.tenantId }, orderBy: { indicator: "asc" } }),
      },
    },
  },
  {
    // Year-end evaluations of a node (its party branches, its party members): the node in the evaluations.read reach.
    model: "OrgNode",
    ops: {
      "read:evaluateBranches": {
        rule: { permission: "evaluations.read" },
        prepare: worldRollups,
        run: (actor, p) => evaluateBranches({ actor, nodeId: p.data.nodeId, year: "2000" }),
        reached: (r, p) => (r as { root: { id: string } }).root.id === p.data.nodeId,
        snapshot: nodeSnapshot,
      },
      "read:evaluateMembers": {
        rule: { permission: "evaluations.read" },
        prepare: worldRollups,
        run: (actor, p) => evaluateMembers({ actor, nodeId: p.data.nodeId, year: "2000" }),
        reached: (r, p) => (r as { root: { id: string } }).root.id === p.data.nodeId,
        snapshot: nodeSnapshot,
      },
      // GET /api/evaluations/export
      "read:evaluationExport": {
        rule: { permission: "evaluations.read", alsoHeld: ["export.run"] },
        prepare: worldRollups,
        run: async (actor, p) => exportEvaluation({ actor, t: await translator(), kind: "branches", nodeId: p.data.nodeId, year: "2000" }),
        snapshot: nodeSnapshot,
      },
    },
  },
];
