import "server-only";
// The task list (任务清单): tasks with a deadline and a person responsible, assigned to the campaign's units and
// passed down the tree; each unit reports progress with evidence; the owner sees completion per unit.
import type { Actor } from "../../access/actor";
import { AppError, conflict, notFound } from "../../access/errors";
import { tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import type { Tx } from "../../db";
import { inOrder } from "../../db/in-order";
import { newId } from "../../ids";
import { inPaths } from "../area";
import { assertUnitPath, sortByTree } from "../campaigns";
import { assertRunning, findCampaign, findManagedCampaign } from "../scope";
import { deadlineOn, isOverdue } from "../time";

type TaskData = { title: string; description: string | null; dueDate: string; responsibleName: string | null; sectionKey: string | null };

function taskFields(d: TaskData) {
  return { title: d.title, description: d.description, dueAt: deadlineOn(d.dueDate), responsibleName: d.responsibleName, sectionKey: d.sectionKey };
}

export async function createTask({ actor, data }: { actor: Actor; data: TaskData & { campaignId: string } }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    if (c.status === "CLOSED") throw conflict("campaignErrors.closed");
    const tenantId = tenantOf(actor);
    const last = await tx.campaignTask.aggregate({ where: { tenantId, campaignId: c.id }, _max: { sortOrder: true } });
    const row = await tx.campaignTask.create({
      data: { tenantId, campaignId: c.id, ...taskFields(data), sortOrder: (last._max.sortOrder ?? 0) + 1, createdById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, { action: "campaignTask.create", entityType: "CampaignTask", entityId: row.id, nodeId: c.nodeId, after: data });
    return row;
  });
}

async function findManagedTask(tx: Tx, actor: Actor, taskId: string) {
  const task = await tx.campaignTask.findFirst({ where: { id: taskId, tenantId: tenantOf(actor) }, select: { id: true, campaignId: true, title: true, description: true, dueAt: true, responsibleName: true, sectionKey: true } });
  if (!task) throw notFound();
  const c = await findManagedCampaign(tx, actor, task.campaignId);
  return { task, c };
}

export async function updateTask({ actor, data }: { actor: Actor; data: TaskData & { taskId: string } }) {
  return inTenant(actor, async (tx) => {
    const { task, c } = await findManagedTask(tx, actor, data.taskId);
    if (c.status === "CLOSED") throw conflict("campaignErrors.closed");
    await tx.campaignTask.update({ where: { id: task.id, tenantId: tenantOf(actor) }, data: taskFields(data) });
    await audit(tx, actor, { action: "campaignTask.update", entityType: "CampaignTask", entityId: task.id, nodeId: c.nodeId, before: task, after: data });
    return { id: task.id };
  });
}

/** Only a task nobody reported on yet may go (reports are never lost), and not once the campaign closed. */
export async function deleteTask({ actor, data }: { actor: Actor; data: { taskId: string } }) {
  return inTenant(actor, async (tx) => {
    const { task, c } = await findManagedTask(tx, actor, data.taskId);
    if (c.status === "CLOSED") throw conflict("campaignErrors.closed");
    const reports = await tx.taskReport.count({ where: { tenantId: tenantOf(actor), assignment: { taskId: task.id } } });
    if (reports) throw conflict("campaignErrors.taskHasReports");
    await tx.campaignTask.delete({ where: { id: task.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "campaignTask.delete", entityType: "CampaignTask", entityId: task.id, nodeId: c.nodeId, before: task });
    return { deleted: true };
  });
}

/** Campaign units by node id (within the campaign), with their paths. */
async function campaignUnitNodes(tx: Tx, tenantId: string, campaignId: string) {
  const rows = await tx.campaignUnit.findMany({ where: { tenantId, campaignId }, select: { nodeId: true, node: { select: { path: true } } } });
  return rows.map((r) => ({ id: r.nodeId, path: r.node.path }));
}

/** Create assignments for `targets` (skipping units that have the task already); link each to the nearest assigned unit above it. */
async function createAssignments(tx: Tx, actor: Actor, taskId: string, targets: { id: string; path: string }[]) {
  const tenantId = tenantOf(actor);
  const { count } = await tx.taskAssignment.createMany({
    data: targets.map((n) => ({ id: newId(), tenantId, taskId, nodeId: n.id, assignedById: actor.userId })),
    skipDuplicates: true,
  });
  const all = await tx.taskAssignment.findMany({ where: { tenantId, taskId }, select: { id: true, parentId: true, nodeId: true, node: { select: { path: true } } } });
  for (const a of all) {
    if (a.parentId) continue;
    const parent = all.filter((p) => p.id !== a.id && a.node.path.startsWith(p.node.path)).sort((x, y) => y.node.path.length - x.node.path.length)[0];
    if (parent) await tx.taskAssignment.update({ where: { id: a.id, tenantId }, data: { parentId: parent.id } });
  }
  return count;
}

/** The owner hands a task to units of the campaign (and, with cascade, every campaign unit below them). */
export async function assignTask({ actor, data }: { actor: Actor; data: { taskId: string; nodeIds: string[]; cascade: boolean } }) {
  return inTenant(actor, async (tx) => {
    const { task, c } = await findManagedTask(tx, actor, data.taskId);
    if (c.status === "CLOSED") throw conflict("campaignErrors.closed");
    const units = await campaignUnitNodes(tx, tenantOf(actor), c.id);
    const chosen = units.filter((u) => data.nodeIds.includes(u.id));
    if (chosen.length !== data.nodeIds.length) throw notFound();
    const targets = data.cascade ? units.filter((u) => chosen.some((ch) => u.path.startsWith(ch.path))) : chosen;
    const created = await createAssignments(tx, actor, task.id, targets);
    await audit(tx, actor, { action: "campaignTask.assign", entityType: "CampaignTask", entityId: task.id, nodeId: c.nodeId, after: { nodeIds: targets.map((t) => t.id), cascade: data.cascade } });
    return { created };
  });
}

async function findAssignment(tx: Tx, actor: Actor, assignmentId: string) {
  const a = await tx.taskAssignment.findFirst({
    where: { id: assignmentId, tenantId: tenantOf(actor) },
    select: { id: true, status: true, progress: true, doneAt: true, nodeId: true, node: { select: { path: true, name: true } }, task: { select: { id: true, campaignId: true, dueAt: true, title: true } } },
  });
  if (!a) throw notFound();
  const c = await findCampaign(tx, actor, a.task.campaignId);
  if (!inPaths(a.node.path, c.view)) throw notFound();
  return { a, c };
}

/** A unit passes its task on to campaign units below it. */
export async function passDownTask({ actor, data }: { actor: Actor; data: { assignmentId: string; nodeIds: string[] } }) {
  return inTenant(actor, async (tx) => {
    const { a, c } = await findAssignment(tx, actor, data.assignmentId);
    assertUnitPath(c.unitPaths, a.node.path);
    assertRunning(c);
    const units = await campaignUnitNodes(tx, tenantOf(actor), c.id);
    const targets = units.filter((u) => data.nodeIds.includes(u.id) && u.path.startsWith(a.node.path) && u.path !== a.node.path);
    if (targets.length !== data.nodeIds.length) throw notFound();
    const created = await createAssignments(tx, actor, a.task.id, targets);
    await audit(tx, actor, { action: "campaignTask.passDown", entityType: "TaskAssignment", entityId: a.id, nodeId: a.nodeId, after: { nodeIds: data.nodeIds } });
    return { created };
  });
}

type ReportData = { assignmentId: string; text: string; progress: number; done: boolean; responsibleName: string | null; photoIds: string[]; fileIds: string[] };

/** A unit reports progress with evidence; the report is kept as written, the assignment shows the latest state. */
export async function reportProgress({ actor, data }: { actor: Actor; data: ReportData }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const { a, c } = await findAssignment(tx, actor, data.assignmentId);
    assertUnitPath(c.unitPaths, a.node.path);
    assertRunning(c);
    const ids = [...data.photoIds, ...data.fileIds];
    if (ids.length) {
      // Evidence must be the actor's own uploads (no attaching somebody else's file by id).
      const files = await tx.fileObject.findMany({ where: { tenantId, id: { in: ids }, uploadedById: actor.userId }, select: { id: true, mime: true } });
      const mimes = new Map(files.map((f) => [f.id, f.mime]));
      if (ids.some((id) => !mimes.has(id)) || data.photoIds.some((id) => !mimes.get(id)!.startsWith("image/"))) throw new AppError("VALIDATION", "campaignErrors.badAttachment");
    }
    const now = new Date();
    const progress = data.done ? 100 : Math.min(data.progress, 99);
    const report = await tx.taskReport.create({
      data: { tenantId, assignmentId: a.id, text: data.text, progress, done: data.done, photoIds: data.photoIds, fileIds: data.fileIds, reportedById: actor.userId },
      select: { id: true },
    });
    await tx.taskAssignment.update({
      where: { id: a.id, tenantId },
      data: {
        status: data.done ? "DONE" : "IN_PROGRESS",
        progress,
        lastReportAt: now,
        doneAt: data.done ? (a.doneAt ?? now) : null,
        ...(data.responsibleName ? { responsibleName: data.responsibleName } : {}),
      },
    });
    await audit(tx, actor, { action: "taskReport.create", entityType: "TaskReport", entityId: report.id, nodeId: a.nodeId, before: { status: a.status, progress: a.progress }, after: { progress, done: data.done, photos: data.photoIds.length, files: data.fileIds.length } });
    return { id: report.id };
  });
}

/**
 * The task list as the actor sees it: every task, its assignments to units in the actor's view with their state
 * (overdue when past the deadline and not done), completion per unit, and what the actor may do.
 */
export async function listTasks({ actor, campaignId, now = new Date() }: { actor: Actor; campaignId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    const tasks = await tx.campaignTask.findMany({
      where: { tenantId, campaignId: c.id },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        description: true,
        dueAt: true,
        responsibleName: true,
        sectionKey: true,
        assignments: {
          where: c.view.length ? { node: { OR: c.view.map((p) => ({ path: { startsWith: p } })) } } : { id: "-none-" },
          select: {
            id: true,
            status: true,
            progress: true,
            lastReportAt: true,
            doneAt: true,
            responsibleName: true,
            parentId: true,
            node: { select: { id: true, name: true, path: true, depth: true, sortOrder: true } },
            _count: { select: { reports: true } },
          },
        },
      },
    });
    const withState = tasks.map((t) => ({
      ...t,
      assignments: sortByTree(t.assignments, (a) => a.node).map((a) => ({
        ...a,
        overdue: isOverdue(t.dueAt, a.status === "DONE", now),
        mine: inPaths(a.node.path, c.unitPaths),
      })),
    }));
    // Completion per unit: assignments done ÷ assignments, and how many are overdue.
    const perUnit = new Map<string, { node: { id: string; name: string; path: string; depth: number; sortOrder: number }; assigned: number; done: number; overdue: number }>();
    for (const t of withState) {
      for (const a of t.assignments) {
        const row = perUnit.get(a.node.id) ?? { node: a.node, assigned: 0, done: 0, overdue: 0 };
        row.assigned++;
        if (a.status === "DONE") row.done++;
        if (a.overdue) row.overdue++;
        perUnit.set(a.node.id, row);
      }
    }
    const units = sortByTree([...perUnit.values()], (r) => r.node);
    const totals = units.reduce((s, u) => ({ assigned: s.assigned + u.assigned, done: s.done + u.done, overdue: s.overdue + u.overdue }), { assigned: 0, done: 0, overdue: 0 });
    return { campaign: c, tasks: withState, units, totals };
  });
}

/** One assignment with its reports (evidence ids for the file route), for the unit and everyone above it. */
export async function getAssignment({ actor, assignmentId, now = new Date() }: { actor: Actor; assignmentId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const { a, c } = await findAssignment(tx, actor, assignmentId);
    const tenantId = tenantOf(actor);
    const [row, below] = await inOrder([
      () => tx.taskAssignment.findFirst({
        where: { id: a.id, tenantId },
        select: {
          id: true,
          status: true,
          progress: true,
          responsibleName: true,
          lastReportAt: true,
          doneAt: true,
          node: { select: { id: true, name: true, path: true } },
          task: { select: { id: true, title: true, description: true, dueAt: true, responsibleName: true } },
          reports: { orderBy: { createdAt: "desc" }, select: { id: true, text: true, progress: true, done: true, photoIds: true, fileIds: true, reportedById: true, createdAt: true } },
        },
      }),
      () => tx.campaignUnit.findMany({
        where: { tenantId, campaignId: c.id, node: { path: { startsWith: a.node.path }, NOT: { id: a.nodeId } } },
        select: { node: { select: { id: true, name: true, path: true, sortOrder: true } } },
      }),
    ]);
    if (!row) throw notFound();
    const assignedBelow = await tx.taskAssignment.findMany({ where: { tenantId, taskId: a.task.id, nodeId: { in: below.map((b) => b.node.id) } }, select: { nodeId: true } });
    const taken = new Set(assignedBelow.map((x) => x.nodeId));
    const reporters = await tx.user.findMany({ where: { tenantId, id: { in: [...new Set(row.reports.map((r) => r.reportedById))] } }, select: { id: true, displayName: true } });
    const names = new Map(reporters.map((u) => [u.id, u.displayName]));
    return {
      campaign: c,
      assignment: { ...row, overdue: isOverdue(row.task.dueAt, row.status === "DONE", now) },
      reports: row.reports.map((r) => ({ ...r, reportedBy: names.get(r.reportedById) ?? "—" })),
      passDownTo: sortByTree(below.map((b) => b.node), (n) => n).filter((n) => !taken.has(n.id)),
      can: { report: c.can.unit && inPaths(row.node.path, c.unitPaths) },
    };
  });
}

