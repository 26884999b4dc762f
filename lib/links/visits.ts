import "server-only";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { AppError, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { attachPhotos } from "../duty/attach-photos";
import { binPointReach } from "../duty/reach";
import { dateColumn, dayKeyOf, dayKeyOfDateColumn, type DayKey } from "../duty/time";
import { depositMinutes } from "../points/ledger";
import { readTenantSettings } from "../tenants/settings";

/**
 * A household the actor may log a visit to: staff in their subtree; a member only the households linked to them.
 */
async function findVisitableHousehold(tx: Tx, actor: Actor, householdId: string) {
  const scope = scopeOf(actor, "visits.record");
  const tenantId = tenantOf(actor);
  const staff = scope.paths.length ? await tx.household.findFirst({ where: { id: householdId, tenantId, node: nodesIn(scope) }, select: { id: true, nodeId: true } }) : null;
  if (staff) return { ...staff, staff: true };
  if (scope.self && actor.personId) {
    const own = await tx.household.findFirst({ where: { id: householdId, tenantId, links: { some: { personId: actor.personId } } }, select: { id: true, nodeId: true } });
    if (own) return { ...own, staff: false };
  }
  throw notFound();
}

export type VisitInput = { householdId: string; visitedOn: DayKey; minutes: number | null; explained: string; problems: string | null; photoIds: string[]; visitorId: string | null };

/** 入户走访: logged against a household; the visit's time goes into the visitor's volunteer time bank. */
export async function recordVisit({ actor, data, today = dayKeyOf(new Date()) }: { actor: Actor; data: VisitInput; today?: DayKey }) {
  requireScope(actor, "visits.record");
  if (data.visitedOn > today) throw invalid("errors.validation", { visitedOn: ["links.validation.future"] });
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const household = await findVisitableHousehold(tx, actor, data.householdId);
    let visitorId = actor.personId;
    if (data.visitorId && data.visitorId !== actor.personId) {
      // Staff may log a visit a member made; the member must be someone they manage.
      if (!household.staff) throw notFound();
      const p = await tx.person.findFirst({ where: { id: data.visitorId, tenantId, leftAt: null, node: nodesIn(scopeOf(actor, "visits.record")) }, select: { id: true } });
      if (!p) throw notFound();
      visitorId = p.id;
    }
    if (!visitorId) throw new AppError("CONFLICT", "errors.noPerson");
    const t = await tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } });
    const minutes = data.minutes ?? readTenantSettings(t?.settings).visitMinutes;
    const photoIds = await attachPhotos(tx, actor, data.photoIds, household.nodeId);
    const row = await tx.householdVisit.create({
      data: { tenantId, householdId: household.id, visitorId, visitedOn: dateColumn(data.visitedOn), minutes, explained: data.explained, problems: data.problems, photoIds, createdById: actor.userId },
      select: { id: true },
    });
    await depositMinutes(tx, { tenantId, personId: visitorId, minutes, sourceType: "HouseholdVisit", sourceId: row.id, createdById: actor.userId, memo: null });
    await audit(tx, actor, {
      action: "visit.create",
      entityType: "HouseholdVisit",
      entityId: row.id,
      nodeId: household.nodeId,
      actingForPersonId: visitorId !== actor.personId ? visitorId : null,
      after: { ...data, minutes },
    });
    return row;
  });
}

/** A household's visit history: for staff who read its links, or for a member linked to it. */
export async function listVisits({ actor, householdId }: { actor: Actor; householdId: string }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const read = scopeOf(actor, "links.read");
    const reach = read.paths.length ? await binPointReach(tx, actor, "links.read") : read;
    const household = await tx.household.findFirst({
      where: {
        id: householdId,
        tenantId,
        OR: [{ node: nodesIn(reach) }, ...(actor.personId ? [{ links: { some: { personId: actor.personId } } }] : [])],
      },
      select: { id: true, building: true, unit: true, room: true, headName: true, node: { select: { id: true, name: true } }, links: { select: { person: { select: { id: true, name: true } } } } },
    });
    if (!household) throw notFound();
    const visits = await tx.householdVisit.findMany({
      where: { tenantId, householdId: household.id },
      select: { id: true, visitedOn: true, minutes: true, explained: true, problems: true, photoIds: true, createdAt: true, visitor: { select: { id: true, name: true } } },
      orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
      take: 200,
    });
    return { household, visits: visits.map((v) => ({ ...v, visitedOn: dayKeyOfDateColumn(v.visitedOn) })) };
  });
}

/** The member's households (党员联户) with each one's last visit. */
export async function listMyHouseholds({ actor }: { actor: Actor }) {
  if (!actor.personId || !actor.tenantId) return [];
  return inTenant(actor, async (tx) => {
    const rows = await tx.household.findMany({
      where: { tenantId: tenantOf(actor), links: { some: { personId: actor.personId! } } },
      select: {
        id: true,
        building: true,
        unit: true,
        room: true,
        headName: true,
        node: { select: { name: true } },
        visits: { select: { visitedOn: true }, orderBy: { visitedOn: "desc" }, take: 1 },
        _count: { select: { visits: true } },
      },
      orderBy: [{ building: "asc" }, { unit: "asc" }, { room: "asc" }],
    });
    return rows.map((r) => ({ ...r, lastVisit: r.visits[0] ? dayKeyOfDateColumn(r.visits[0].visitedOn) : null, visitCount: r._count.visits }));
  });
}

/** Visits logged in a subtree over a range (staff overview). */
export async function listRecentVisits({ actor, nodeId, take = 100 }: { actor: Actor; nodeId?: string; take?: number }) {
  requireScope(actor, "links.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const reach = await binPointReach(tx, actor, "links.read");
    // The filter node itself must be in reach: an id from elsewhere answers 404, never an empty page.
    const node = nodeId ? await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(reach) }, select: { path: true } }) : null;
    if (nodeId && !node) throw notFound();
    return tx.householdVisit.findMany({
      where: { tenantId, household: { AND: [{ node: nodesIn(reach) }, ...(node ? [{ node: { path: { startsWith: node.path } } }] : [])] } },
      select: { id: true, visitedOn: true, minutes: true, explained: true, problems: true, visitor: { select: { name: true } }, household: { select: { id: true, building: true, unit: true, room: true, headName: true } } },
      orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
      take,
    });
  });
}
