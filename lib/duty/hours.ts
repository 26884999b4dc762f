import "server-only";
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { readTenantSettings } from "../tenants/settings";
import { summarizeDutyForUnits, verifiedMinutesByPerson } from "./monthly-summary";
import type { MonthKey } from "./time";
import { inOrder } from "../db/in-order";

/** The norm (minutes a month) of the actor's tenant. */
export async function getDutyNorm({ actor }: { actor: Actor }) {
  return inTenant(actor, async (tx) => {
    const t = await tx.tenant.findFirst({ where: { id: tenantOf(actor) }, select: { settings: true } });
    return readTenantSettings(t?.settings).dutyNormMinutes;
  });
}

/**
 * Party members of a unit (the node and its subtree) with their verified minutes this month, those below the norm
 * first: who a branch should ask to take a slot.
 */
export async function listMembersAgainstNorm({ actor, nodeId, month }: { actor: Actor; nodeId: string; month: MonthKey }) {
  const scope = requireScope(actor, "duty.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(scope) }, select: { id: true, name: true, path: true } });
    if (!node) throw notFound();
    const [t, members, minutes] = await inOrder([
      () => tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } }),
      () => tx.person.findMany({
        where: { tenantId, isPartyMember: true, leftAt: null, node: { path: { startsWith: node.path } } },
        select: { id: true, name: true, node: { select: { name: true } } },
        orderBy: { name: "asc" },
        take: 2000,
      }),
      () => verifiedMinutesByPerson(tx, tenantId, month),
    ]);
    const norm = readTenantSettings(t?.settings).dutyNormMinutes;
    const byPerson = new Map(minutes.map((m) => [m.personId, m.minutes]));
    const rows = members
      .map((m) => ({ personId: m.id, name: m.name, unit: m.node.name, minutes: byPerson.get(m.id) ?? 0 }))
      .map((m) => ({ ...m, below: m.minutes < norm }))
      .sort((a, b) => a.minutes - b.minutes || a.name.localeCompare(b.name, "zh-CN"));
    return { node, norm, rows, below: rows.filter((r) => r.below).length };
  });
}

/** The bin-duty table's figures for units in the actor's scope (staff view of summarizeDutyForUnits). */
export async function getDutySummary({ actor, nodeIds, month }: { actor: Actor; nodeIds: string[]; month: MonthKey }) {
  const scope = requireScope(actor, "duty.read");
  return inTenant(actor, async (tx) => {
    const visible = await tx.orgNode.findMany({ where: { tenantId: tenantOf(actor), id: { in: nodeIds }, ...nodesIn(scope) }, select: { id: true } });
    if (visible.length !== new Set(nodeIds).size) throw notFound();
    return summarizeDutyForUnits({ tx, tenantId: tenantOf(actor), nodeIds, monthKey: month });
  });
}
