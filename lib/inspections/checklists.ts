import "server-only";
// The tenant's checklists (检查表): items with their maximum score and whether a photo is required.
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { DEFAULT_CHECKLIST, readItems } from "./rules";
import type { ChecklistInput } from "./schemas";

const select = { id: true, name: true, description: true, items: true, active: true, updatedAt: true } as const;

/** The checklists inspectors choose from (active ones, unless all are asked for). */
export async function listChecklists({ actor, all = false }: { actor: Actor; all?: boolean }) {
  requireScope(actor, "inspections.read");
  return inTenant(actor, async (tx) => {
    const rows = await tx.checklist.findMany({ where: { tenantId: tenantOf(actor), ...(all ? {} : { active: true }) }, select, orderBy: [{ active: "desc" }, { createdAt: "asc" }] });
    return rows.map((r) => ({ ...r, items: readItems(r.items) }));
  });
}

export async function getChecklist({ actor, checklistId }: { actor: Actor; checklistId: string }) {
  requireScope(actor, "inspections.read");
  return inTenant(actor, async (tx) => {
    const r = await tx.checklist.findFirst({ where: { id: checklistId, tenantId: tenantOf(actor) }, select });
    if (!r) throw notFound();
    return { ...r, items: readItems(r.items) };
  });
}

export async function createChecklist({ actor, data }: { actor: Actor; data: ChecklistInput }) {
  requireScope(actor, "inspections.configure");
  return inTenant(actor, async (tx) => {
    const row = await tx.checklist.create({ data: { tenantId: tenantOf(actor), name: data.name, description: data.description, items: data.items, active: data.active, createdById: actor.userId }, select: { id: true } });
    await audit(tx, actor, { action: "checklist.create", entityType: "Checklist", entityId: row.id, after: data });
    return row;
  });
}

export async function updateChecklist({ actor, checklistId, data }: { actor: Actor; checklistId: string; data: ChecklistInput }) {
  requireScope(actor, "inspections.configure");
  return inTenant(actor, async (tx) => {
    const before = await tx.checklist.findFirst({ where: { id: checklistId, tenantId: tenantOf(actor) }, select });
    if (!before) throw notFound();
    await tx.checklist.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: { name: data.name, description: data.description, items: data.items, active: data.active } });
    await audit(tx, actor, { action: "checklist.update", entityType: "Checklist", entityId: before.id, before, after: data });
    return { id: before.id };
  });
}

/** The shipped checklist (seed 002's monthly check), for a tenant that has none yet. */
export async function installDefaultChecklist({ actor }: { actor: Actor }) {
  return createChecklist({ actor, data: { name: DEFAULT_CHECKLIST.name, description: null, items: DEFAULT_CHECKLIST.items, active: true } });
}
