// Inspections (lib/inspections): the tenant's checklists (read by every reader of inspections, changed by the tenant's
// administrators), the checks of a unit (recorded by inspectors and unit staff in their inspections.record reach,
// read in the inspections.read reach) and the rectification items they raise (reported done by the responsible
// unit's staff, rectify.update; confirmed by a follow-up spot check of a unit above or at it, inspections.record).
import { CHECKLIST_ITEMS, FULL_SCORES, freshChecklists, freshInspections, freshRectifications, worldChecklists } from "../fixtures-dashboards";
import type { World } from "../world";
import { atPositions, everywhere, lazy, nodeTarget, once, type Prepared, type Resource } from "./kit";

const mChecklists = () => import("@/lib/inspections/checklists");
const listChecklists = lazy(mChecklists, "listChecklists");
const getChecklist = lazy(mChecklists, "getChecklist");
const updateChecklist = lazy(mChecklists, "updateChecklist");
const mInspections = () => import("@/lib/inspections/inspections");
const recordInspection = lazy(mInspections, "recordInspection");
const recordFollowUp = lazy(mInspections, "recordFollowUp");
const listInspections = lazy(mInspections, "listInspections");
const getInspection = lazy(mInspections, "getInspection");
const mRect = () => import("@/lib/inspections/rectifications");
const listRectifications = lazy(mRect, "listRectifications");
const listOpenRectifications = lazy(mRect, "listOpenRectifications");
const markRectified = lazy(mRect, "markRectified");
const getRectification = lazy(mRect, "getRectification");
const listFollowUpCandidates = lazy(mRect, "listFollowUpCandidates");

const hasId = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
const inRows = (r: unknown, p: Prepared) => hasId((r as { rows: { id: string }[] }).rows, p.target.id);

export const checklistInput = (name: string) => ({ name, description: null, items: CHECKLIST_ITEMS, active: true });

const checklistTargets = once("checklist", async (w) =>
  [...(await worldChecklists(w)).entries()].map(([tenantId, id]) => ({ target: { id, tenantId, path: (tenantId === w.own.tenantId ? w.own : w.other).nodes.root.path }, data: {} }) as Prepared),
);
const checklistSnapshot = (w: World, p: Prepared) => w.db.checklist.findUnique({ where: { id: p.target.id } });

// Shared checks and items are dated far ahead: newest-first and most-urgent-first lists always hold them.
const FAR = new Date("2098-06-01T02:00:00Z");
const inspectionTargets = once("inspection", (w) => freshInspections(w, FAR));
const inspectionSnapshot = (w: World, p: Prepared) => w.db.inspection.findUnique({ where: { id: p.target.id }, include: { rectifications: { orderBy: { id: "asc" } } } });
const rectificationTargets = once("rectification", (w) => freshRectifications(w, "OPEN", FAR));
const rectificationSnapshot = (w: World, p: Prepared) => w.db.rectification.findUnique({ where: { id: p.target.id } });
/** Units to check; every actor is of the own tenant and scores against its checklist (a foreign unit answers 404 first). */
const nodeTargets = once("node-inspections", async (w) => {
  const checklistId = (await worldChecklists(w)).get(w.own.tenantId)!;
  return (await atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node))(w)).map((p) => ({ ...p, data: { ...p.data, checklistId } }));
});

/** The unit a follow-up spot check is made of: the actor's own (the item must lie below it and in their reach). */
const ownUnit = (w: World, actor: { grants: { nodeId: string }[] }) => actor.grants[0]?.nodeId ?? w.own.nodes.root.id;

export const INSPECTIONS: Resource[] = [
  {
    model: "Checklist",
    ops: {
      list: {
        rule: { permission: "inspections.read", tenantWide: true },
        prepare: checklistTargets,
        run: (actor) => listChecklists({ actor, all: true }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: checklistSnapshot,
      },
      read: {
        rule: { permission: "inspections.read", tenantWide: true },
        prepare: checklistTargets,
        run: (actor, p) => getChecklist({ actor, checklistId: p.target.id }),
        snapshot: checklistSnapshot,
      },
      update: {
        rule: { permission: "inspections.configure", tenantWide: true },
        prepare: freshChecklists,
        run: (actor, p) => updateChecklist({ actor, checklistId: p.target.id, data: checklistInput("改过的检查表") }),
        snapshot: checklistSnapshot,
      },
      // Retiring a checklist is setting it inactive (checks made with it stay).
      delete: {
        rule: { permission: "inspections.configure", tenantWide: true },
        prepare: freshChecklists,
        run: (actor, p) => updateChecklist({ actor, checklistId: p.target.id, data: { ...checklistInput(p.data.name), active: false } }),
        snapshot: checklistSnapshot,
      },
    },
  },
  {
    model: "Inspection",
    ops: {
      list: {
        rule: { permission: "inspections.read" },
        prepare: inspectionTargets,
        run: (actor) => listInspections({ actor, pageSize: 2000 }),
        reached: inRows,
        snapshot: inspectionSnapshot,
      },
      // The inspections of one unit's subtree: the unit itself must be in reach (404, never an empty list).
      "list:unit": {
        rule: { permission: "inspections.read" },
        prepare: inspectionTargets,
        run: (actor, p) => listInspections({ actor, nodeId: p.data.nodeId, pageSize: 2000 }),
        reached: inRows,
        snapshot: inspectionSnapshot,
      },
      read: {
        rule: { permission: "inspections.read" },
        prepare: inspectionTargets,
        run: (actor, p) => getInspection({ actor, inspectionId: p.target.id }),
        snapshot: inspectionSnapshot,
      },
    },
  },
  {
    model: "Rectification",
    ops: {
      list: {
        rule: { permission: "inspections.read" },
        prepare: rectificationTargets,
        run: (actor) => listRectifications({ actor, pageSize: 2000 }),
        reached: inRows,
        snapshot: rectificationSnapshot,
      },
      // What a dashboard shows of a unit: its open items (nothing, never an error, for those who do not read inspections).
      "list:open": {
        rule: { permission: "inspections.read" },
        prepare: rectificationTargets,
        run: (actor, p) => listOpenRectifications({ actor, nodeId: p.data.nodeId, take: 2000 }),
        reached: inRows,
        snapshot: rectificationSnapshot,
      },
      // The items a follow-up spot check of a unit may confirm.
      "list:followUp": {
        rule: { permission: "inspections.record" },
        prepare: rectificationTargets,
        run: (actor, p) => listFollowUpCandidates({ actor, nodeId: p.data.nodeId }),
        reached: inRows,
        snapshot: rectificationSnapshot,
      },
      read: {
        rule: { permission: "inspections.read" },
        prepare: rectificationTargets,
        run: (actor, p) => getRectification({ actor, rectificationId: p.target.id }),
        snapshot: rectificationSnapshot,
      },
      // The responsible unit reports it fixed.
      update: {
        rule: { permission: "rectify.update" },
        prepare: (w) => freshRectifications(w),
        run: (actor, p) => markRectified({ actor, data: { rectificationId: p.target.id, note: "已清运并张贴告示", photoIds: [] } }),
        snapshot: rectificationSnapshot,
      },
      // A follow-up spot check of the actor's own unit names the item: confirmed only when it lies below that unit.
      "update:verify": {
        rule: { permission: "inspections.record" },
        prepare: async (w, actor) => (await freshRectifications(w)).map((p) => ({ ...p, data: { ...p.data, unitId: ownUnit(w, actor) } })),
        run: (actor, p) => recordFollowUp({ actor, data: { nodeId: p.data.unitId, checks: [{ rectificationId: p.target.id, passed: true, note: null, newDeadline: null }], photoIds: [], notes: null } }),
        snapshot: rectificationSnapshot,
      },
    },
  },
  {
    // Recording a check of a unit (with a problem, which becomes an item of the unit): its inspections.record reach.
    model: "OrgNode",
    ops: {
      "update:inspect": {
        rule: { permission: "inspections.record" },
        prepare: nodeTargets,
        run: (actor, p) =>
          recordInspection({
            actor,
            data: {
              kind: "UNANNOUNCED",
              checklistId: p.data.checklistId,
              nodeId: p.target.id,
              occurredAt: undefined,
              scores: FULL_SCORES.map((s) => ({ ...s, note: null, photoIds: [] })),
              photoIds: [],
              notes: "矩阵暗访",
              observed: null,
              correct: null,
              problems: [{ itemKey: "bins", description: "桶站满溢", deadline: new Date(Date.now() + 7 * 86_400_000), nodeId: null }],
            },
          }),
        snapshot: (w, p) => w.db.inspection.findMany({ where: { nodeId: p.target.id }, include: { rectifications: true }, orderBy: { id: "asc" } }),
      },
    },
  },
];

