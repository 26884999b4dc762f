import "server-only";
// Rectification items (整改): listed by state (overdue derived from the deadline), reported done by the responsible
// unit, closed by a follow-up spot check (inspections.ts).
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { can } from "../access/actor";
import { conflict, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { attachPhotos } from "../duty/attach-photos";
import { rectificationState, type RectificationState } from "./rules";
import { inOrder } from "../db/in-order";

const select = {
  id: true,
  description: true,
  itemKey: true,
  deadline: true,
  status: true,
  doneNote: true,
  donePhotoIds: true,
  doneAt: true,
  verifiedAt: true,
  createdAt: true,
  node: { select: { id: true, name: true, path: true } },
  inspection: { select: { id: true, kind: true, occurredAt: true, node: { select: { name: true } } } },
} satisfies Prisma.RectificationSelect;

function stateWhere(state: RectificationState | undefined, now: Date): Prisma.RectificationWhereInput {
  if (state === "OVERDUE") return { status: "OPEN", deadline: { lt: now } };
  if (state === "OPEN") return { status: "OPEN", deadline: { gte: now } };
  return state ? { status: state } : {};
}

/** Rectifications of units in the actor's scope (a unit's subtree when asked), the most urgent first. */
export async function listRectifications({ actor, nodeId, state, page = 1, pageSize = 30, now = new Date() }: { actor: Actor; nodeId?: string; state?: RectificationState; page?: number; pageSize?: number; now?: Date }) {
  const scope = requireScope(actor, "inspections.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    let under: Prisma.OrgNodeWhereInput = {};
    if (nodeId) {
      const n = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(scope) }, select: { path: true } });
      if (!n) throw notFound();
      under = { path: { startsWith: n.path } };
    }
    const where: Prisma.RectificationWhereInput = { tenantId, node: { AND: [nodesIn(scope), under] }, ...stateWhere(state, now) };
    const [rows, total, counts] = await inOrder([
      () => tx.rectification.findMany({ where, select, orderBy: [{ status: "asc" }, { deadline: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.rectification.count({ where }),
      () => tx.rectification.groupBy({ by: ["status"], where: { tenantId, node: { AND: [nodesIn(scope), under] } }, _count: { _all: true } }),
    ]);
    const overdue = await tx.rectification.count({ where: { tenantId, node: { AND: [nodesIn(scope), under] }, status: "OPEN", deadline: { lt: now } } });
    const rectify = requireScopeOrNull(actor);
    return {
      rows: rows.map((r) => ({ ...r, state: rectificationState(r, now), canRectify: r.status === "OPEN" && !!rectify && rectify.some((p) => r.node.path.startsWith(p)) })),
      total,
      page,
      pageSize,
      counts: { ...Object.fromEntries(counts.map((c) => [c.status, c._count._all])), OVERDUE: overdue } as Record<string, number>,
    };
  });
}

function requireScopeOrNull(actor: Actor): string[] | null {
  if (!can(actor, "rectify.update")) return null;
  return requireScope(actor, "rectify.update").paths;
}

/**
 * What a dashboard shows of the rectifications: the open items of a subtree, overdue ones first (they stand out), with
 * the counts of open and overdue items. Empty for those who do not read inspections.
 */
export async function listOpenRectifications({ actor, nodeId, now = new Date(), take = 8 }: { actor: Actor; nodeId?: string | null; now?: Date; take?: number }) {
  const empty = { rows: [] as { id: string; description: string; deadline: Date; overdue: boolean; daysOverdue: number; node: { id: string; name: string } }[], open: 0, overdue: 0 };
  if (!can(actor, "inspections.read")) return empty;
  const scope = requireScope(actor, "inspections.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    let under: Prisma.OrgNodeWhereInput = {};
    if (nodeId) {
      const n = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(scope) }, select: { path: true } });
      if (!n) return empty;
      under = { path: { startsWith: n.path } };
    }
    const where: Prisma.RectificationWhereInput = { tenantId, status: "OPEN", node: { AND: [nodesIn(scope), under] } };
    const [rows, open, overdue] = await inOrder([
      () => tx.rectification.findMany({ where, select: { id: true, description: true, deadline: true, node: { select: { id: true, name: true } } }, orderBy: [{ deadline: "asc" }, { id: "asc" }], take }),
      () => tx.rectification.count({ where }),
      () => tx.rectification.count({ where: { ...where, deadline: { lt: now } } }),
    ]);
    return {
      rows: rows.map((r) => ({ ...r, overdue: r.deadline < now, daysOverdue: Math.max(0, Math.floor((now.getTime() - r.deadline.getTime()) / 86_400_000)) })),
      open,
      overdue,
    };
  });
}

/** The responsible unit reports an item fixed (what it did, photos); a follow-up spot check will confirm it. */
export async function markRectified({ actor, data, now = new Date() }: { actor: Actor; data: { rectificationId: string; note: string; photoIds: string[] }; now?: Date }) {
  const scope = requireScope(actor, "rectify.update");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const r = await tx.rectification.findFirst({ where: { id: data.rectificationId, tenantId, node: nodesIn(scope) }, select: { id: true, status: true, nodeId: true } });
    if (!r) throw notFound();
    if (r.status !== "OPEN") throw conflict("inspections.errors.notOpen");
    const photoIds = await attachPhotos(tx, actor, data.photoIds, r.nodeId);
    // Only an open item changes (a concurrent report of the same item finds it done and is refused).
    const { count } = await tx.rectification.updateMany({ where: { id: r.id, tenantId, status: "OPEN" }, data: { status: "DONE", doneAt: now, doneById: actor.userId, doneNote: data.note, donePhotoIds: photoIds } });
    if (!count) throw conflict("inspections.errors.notOpen");
    await audit(tx, actor, { action: "rectification.done", entityType: "Rectification", entityId: r.id, nodeId: r.nodeId, before: { status: "OPEN" }, after: { status: "DONE", note: data.note, photos: photoIds.length } });
    return { id: r.id, status: "DONE" as const };
  });
}

/** One rectification (404 outside the actor's scope). */
export async function getRectification({ actor, rectificationId, now = new Date() }: { actor: Actor; rectificationId: string; now?: Date }) {
  const scope = requireScope(actor, "inspections.read");
  return inTenant(actor, async (tx) => {
    const r = await tx.rectification.findFirst({ where: { id: rectificationId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select });
    if (!r) throw notFound();
    return { ...r, state: rectificationState(r, now) };
  });
}

/** The open and completed items of a unit's subtree a follow-up spot check may confirm. */
export async function listFollowUpCandidates({ actor, nodeId, now = new Date() }: { actor: Actor; nodeId: string; now?: Date }) {
  const scope = requireScope(actor, "inspections.record");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(scope) }, select: { id: true, name: true, path: true } });
    if (!node) throw notFound();
    const rows = await tx.rectification.findMany({ where: { tenantId, status: { in: ["OPEN", "DONE"] }, node: { path: { startsWith: node.path } } }, select, orderBy: [{ status: "desc" }, { deadline: "asc" }], take: 100 });
    return { node, rows: rows.map((r) => ({ ...r, state: rectificationState(r, now) })) };
  });
}
