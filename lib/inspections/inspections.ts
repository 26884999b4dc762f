import "server-only";
// Inspections (seeds 002, 003): monthly checks and unannounced inspections (暗访) of a unit, scored against a
// checklist on the spot with photos and the time; problems found become rectification items (整改) with a
// responsible unit and a deadline. Follow-up spot checks (回访抽查) confirm or reopen them.
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { attachPhotos } from "../duty/attach-photos";
import { newId } from "../ids";
import { idsOnPath } from "../org/tree-rules";
import { sendNotifications } from "../notifications/notifications";
import { readItems, scoreCheck } from "./rules";
import type { FollowUpInput, RecordInspectionInput } from "./schemas";

const DAY = 86_400_000;
/** A check may be recorded a little after it happened (the inspector was offline), never in the future. */
const LATEST_LEAD_MS = 5 * 60_000;
const EARLIEST_LAG_MS = 31 * DAY;

async function unitInScope(tx: Tx, actor: Actor, nodeId: string, field = "nodeId") {
  const scope = requireScope(actor, "inspections.record");
  const node = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId: tenantOf(actor), archived: false, ...nodesIn(scope) }, select: { id: true, name: true, path: true } });
  if (!node) throw field === "nodeId" ? notFound() : invalid("errors.validation", { [field]: ["validation.inspections.unit"] });
  return node;
}

function checkTime(at: Date, now: Date, field = "occurredAt") {
  if (at.getTime() > now.getTime() + LATEST_LEAD_MS || at.getTime() < now.getTime() - EARLIEST_LAG_MS) {
    throw invalid("errors.validation", { [field]: ["validation.inspections.timeRange"] });
  }
}

/**
 * Whoever answers for each item's unit is told once per item: the admins and reporters of the unit itself, or of the
 * nearest unit above it that has any.
 */
async function notifyResponsible(tx: Tx, tenantId: string, items: { id: string; nodeId: string; description: string; deadline: Date }[], unitName: string) {
  if (!items.length) return;
  const nodes = await tx.orgNode.findMany({ where: { tenantId, id: { in: [...new Set(items.map((i) => i.nodeId))] } }, select: { id: true, path: true } });
  const pathOf = new Map(nodes.map((n) => [n.id, idsOnPath(n.path)]));
  const roles = await tx.roleAssignment.findMany({
    where: { tenantId, nodeId: { in: [...new Set([...pathOf.values()].flat())] }, role: { in: ["UNIT_ADMIN", "REPORTER"] }, user: { disabled: false } },
    select: { userId: true, nodeId: true },
  });
  const fmt = (d: Date) => new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric" }).format(d);
  await sendNotifications(
    tx,
    tenantId,
    items.flatMap((i) => {
      const up = [...(pathOf.get(i.nodeId) ?? [])].reverse().find((id) => roles.some((r) => r.nodeId === id));
      return roles
        .filter((r) => r.nodeId === up)
        .map((r) => ({
          userId: r.userId,
          kind: "rectification.new",
          title: `整改通知：${unitName}`,
          body: `${i.description}（请于${fmt(i.deadline)}前完成整改）`,
          link: `/rectifications/${i.id.split(":")[0]}`,
          dedupeKey: `rectification:${i.id}`,
        }));
    }),
  );
}

/** A monthly check or an unannounced inspection of a unit in the inspector's scope, with its problems. */
export async function recordInspection({ actor, data, now = new Date() }: { actor: Actor; data: RecordInspectionInput; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await unitInScope(tx, actor, data.nodeId);
    const checklist = await tx.checklist.findFirst({ where: { id: data.checklistId, tenantId, active: true }, select: { id: true, items: true } });
    if (!checklist) throw invalid("errors.validation", { checklistId: ["validation.inspections.checklist"] });
    const items = readItems(checklist.items);
    const { total, maxTotal, problems } = scoreCheck(items, data.scores);
    if (problems.length) {
      throw invalid("errors.validation", Object.fromEntries(problems.map((p) => [`scores.${p.key}`, [`validation.inspections.${p.problem}`]])));
    }
    const occurredAt = data.occurredAt ?? now;
    checkTime(occurredAt, now);
    const responsible = new Map<string, string>();
    for (const [i, p] of data.problems.entries()) {
      if (p.deadline.getTime() <= occurredAt.getTime()) throw invalid("errors.validation", { [`problems.${i}.deadline`]: ["validation.inspections.deadline"] });
      if (p.nodeId && p.nodeId !== node.id && !responsible.has(p.nodeId)) responsible.set(p.nodeId, (await unitInScope(tx, actor, p.nodeId, `problems.${i}.nodeId`)).id);
    }
    const known = new Set(items.map((i) => i.key));
    const scores = [];
    for (const s of data.scores.filter((x) => known.has(x.key))) {
      scores.push({ key: s.key, score: s.score, note: s.note ?? null, photoIds: await attachPhotos(tx, actor, s.photoIds, node.id, `scores.${s.key}`) });
    }
    const photoIds = await attachPhotos(tx, actor, data.photoIds, node.id);
    const inspection = await tx.inspection.create({
      data: {
        tenantId,
        kind: data.kind,
        checklistId: checklist.id,
        nodeId: node.id,
        inspectorId: actor.userId,
        occurredAt,
        scores: scores as Prisma.InputJsonValue,
        total,
        maxTotal,
        observed: data.observed ?? null,
        correct: data.correct ?? null,
        photoIds,
        notes: data.notes,
      },
      select: { id: true },
    });
    const rects = data.problems.map((p) => ({ id: newId(), tenantId, inspectionId: inspection.id, itemKey: p.itemKey ?? null, description: p.description, nodeId: p.nodeId ?? node.id, deadline: p.deadline }));
    if (rects.length) await tx.rectification.createMany({ data: rects });
    await audit(tx, actor, {
      action: "inspection.record",
      entityType: "Inspection",
      entityId: inspection.id,
      nodeId: node.id,
      after: { kind: data.kind, total, maxTotal, occurredAt, problems: rects.length, observed: data.observed ?? null, correct: data.correct ?? null },
    });
    await notifyResponsible(tx, tenantId, rects, node.name);
    return { id: inspection.id, total, maxTotal, rectifications: rects.length };
  });
}

/** 回访抽查 of a unit: each open or completed rectification of its subtree checked again (passed: closed; failed: reopened). */
export async function recordFollowUp({ actor, data, now = new Date() }: { actor: Actor; data: FollowUpInput; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await unitInScope(tx, actor, data.nodeId);
    const occurredAt = data.occurredAt ?? now;
    checkTime(occurredAt, now);
    const ids = [...new Set(data.checks.map((c) => c.rectificationId))];
    const found = await tx.rectification.findMany({
      where: { tenantId, id: { in: ids }, status: { in: ["OPEN", "DONE"] }, node: { path: { startsWith: node.path } } },
      select: { id: true, nodeId: true, deadline: true, status: true },
    });
    if (found.length !== ids.length) throw notFound();
    const byId = new Map(found.map((r) => [r.id, r]));
    const photoIds = await attachPhotos(tx, actor, data.photoIds, node.id);
    const inspection = await tx.inspection.create({
      data: { tenantId, kind: "FOLLOW_UP", checklistId: null, nodeId: node.id, inspectorId: actor.userId, occurredAt, scores: [], total: 0, maxTotal: 0, photoIds, notes: data.notes },
      select: { id: true },
    });
    const reopened: { id: string; nodeId: string; description: string; deadline: Date }[] = [];
    for (const c of data.checks) {
      const r = byId.get(c.rectificationId)!;
      if (c.passed) {
        await tx.rectification.update({
          where: { id: r.id, tenantId },
          data: { status: "VERIFIED", verifiedAt: occurredAt, verifiedById: actor.userId, verifiedByInspectionId: inspection.id, ...(r.status === "OPEN" ? { doneAt: occurredAt, doneNote: c.note } : {}) },
        });
      } else {
        const deadline = c.newDeadline && c.newDeadline > occurredAt ? c.newDeadline : new Date(Math.max(r.deadline.getTime(), occurredAt.getTime()) + 7 * DAY);
        await tx.rectification.update({ where: { id: r.id, tenantId }, data: { status: "OPEN", doneAt: null, deadline } });
        reopened.push({ id: `${r.id}:${inspection.id}`, nodeId: r.nodeId, description: c.note ?? "回访抽查未通过，请继续整改", deadline });
      }
    }
    await audit(tx, actor, { action: "inspection.followUp", entityType: "Inspection", entityId: inspection.id, nodeId: node.id, after: { checks: data.checks.map((c) => ({ id: c.rectificationId, passed: c.passed })) } });
    await notifyResponsible(tx, tenantId, reopened, node.name);
    return { id: inspection.id, passed: data.checks.filter((c) => c.passed).length, reopened: reopened.length };
  });
}

const listSelect = {
  id: true,
  kind: true,
  occurredAt: true,
  total: true,
  maxTotal: true,
  observed: true,
  correct: true,
  inspectorId: true,
  node: { select: { id: true, name: true } },
  checklist: { select: { name: true } },
  _count: { select: { rectifications: true } },
} satisfies Prisma.InspectionSelect;

/** Inspections of units in the actor's scope (of one unit's subtree when asked), newest first. */
export async function listInspections({ actor, nodeId, kind, from, to, page = 1, pageSize = 30 }: { actor: Actor; nodeId?: string; kind?: "MONTHLY" | "UNANNOUNCED" | "FOLLOW_UP"; from?: Date; to?: Date; page?: number; pageSize?: number }) {
  const scope = requireScope(actor, "inspections.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    let under: Prisma.OrgNodeWhereInput = {};
    if (nodeId) {
      const n = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(scope) }, select: { path: true } });
      if (!n) throw notFound();
      under = { path: { startsWith: n.path } };
    }
    const where: Prisma.InspectionWhereInput = {
      tenantId,
      node: { AND: [nodesIn(scope), under] },
      ...(kind ? { kind } : {}),
      ...(from || to ? { occurredAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    };
    const [rows, total] = await inOrder([
      () => tx.inspection.findMany({ where, select: listSelect, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.inspection.count({ where }),
    ]);
    const inspectors = await tx.user.findMany({ where: { tenantId, id: { in: [...new Set(rows.map((r) => r.inspectorId))] } }, select: { id: true, displayName: true } });
    const name = new Map(inspectors.map((u) => [u.id, u.displayName]));
    return { rows: rows.map((r) => ({ ...r, inspectorName: name.get(r.inspectorId) ?? "—" })), total, page, pageSize };
  });
}

/** One inspection with its scores, photos and rectifications (404 outside the actor's scope). */
export async function getInspection({ actor, inspectionId }: { actor: Actor; inspectionId: string }) {
  const scope = requireScope(actor, "inspections.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const row = await tx.inspection.findFirst({
      where: { id: inspectionId, tenantId, node: nodesIn(scope) },
      select: {
        ...listSelect,
        scores: true,
        photoIds: true,
        notes: true,
        checklist: { select: { name: true, items: true } },
        rectifications: { select: { id: true, description: true, deadline: true, status: true, itemKey: true, node: { select: { id: true, name: true } } }, orderBy: { deadline: "asc" } },
      },
    });
    if (!row) throw notFound();
    const inspector = await tx.user.findFirst({ where: { tenantId, id: row.inspectorId }, select: { displayName: true } });
    const verified = await tx.rectification.findMany({ where: { tenantId, verifiedByInspectionId: row.id }, select: { id: true, description: true, node: { select: { name: true } } } });
    return {
      ...row,
      inspectorName: inspector?.displayName ?? "—",
      items: readItems(row.checklist?.items),
      scores: (Array.isArray(row.scores) ? row.scores : []) as { key: string; score: number; note: string | null; photoIds: string[] }[],
      verified,
    };
  });
}
