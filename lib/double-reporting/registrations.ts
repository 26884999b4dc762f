import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { DoubleGrade, DoubleKind } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { conflict, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { dateColumn, dayKeyOf, quarterRange, type QuarterKey } from "../duty/time";

// 双报到: a unit's party organisation and its members register with the community where they live or serve; the
// community accepts them, counts what they did there from the records, and rates each per quarter. The unit reads
// the ratings of its own members; nobody else but the community (and those above both) does.

const COMMUNITY_KINDS = ["community", "village"];

export const registrationSelect = {
  id: true,
  kind: true,
  status: true,
  note: true,
  createdAt: true,
  decidedAt: true,
  unitNodeId: true,
  communityNodeId: true,
  personId: true,
  unitNode: { select: { id: true, name: true, path: true } },
  communityNode: { select: { id: true, name: true, path: true } },
  person: { select: { id: true, name: true, isPartyMember: true } },
} satisfies Prisma.DoubleRegistrationSelect;

/** Registrations an actor reads: of units in their scope, or with communities in their scope. */
export function registrationsIn(actor: Actor): Prisma.DoubleRegistrationWhereInput {
  const scope = scopeOf(actor, "double.read");
  return { OR: [{ unitNode: nodesIn(scope) }, { communityNode: nodesIn(scope) }] };
}

/** The unit registers itself or one of its members with a community (anywhere in the tenant). */
export async function registerWithCommunity({ actor, data }: { actor: Actor; data: { kind: DoubleKind; unitNodeId: string; personId: string | null; communityNodeId: string; note: string | null } }) {
  const scope = requireScope(actor, "double.manage");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const unit = await tx.orgNode.findFirst({ where: { id: data.unitNodeId, tenantId, archived: false, ...nodesIn(scope) }, select: { id: true, path: true } });
    if (!unit) throw notFound();
    const community = await tx.orgNode.findFirst({ where: { id: data.communityNodeId, tenantId, archived: false }, select: { id: true, kind: { select: { code: true } } } });
    if (!community) throw notFound();
    if (!COMMUNITY_KINDS.includes(community.kind.code)) throw invalid("errors.validation", { communityNodeId: ["double.validation.notCommunity"] });
    let personId: string | null = null;
    if (data.kind === "MEMBER") {
      const p = await tx.person.findFirst({ where: { id: data.personId!, tenantId, leftAt: null, node: { path: { startsWith: unit.path } } }, select: { id: true } });
      if (!p) throw notFound();
      personId = p.id;
    }
    const active = await tx.doubleRegistration.findFirst({
      where: { tenantId, kind: data.kind, unitNodeId: unit.id, personId, communityNodeId: community.id, status: { in: ["PENDING", "ACCEPTED"] } },
      select: { id: true },
    });
    if (active) throw conflict("double.errors.alreadyRegistered");
    const row = await tx.doubleRegistration.create({
      data: { tenantId, kind: data.kind, unitNodeId: unit.id, personId, communityNodeId: community.id, note: data.note, registeredById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, { action: "double.register", entityType: "DoubleRegistration", entityId: row.id, nodeId: unit.id, after: data });
    return row;
  });
}

async function findForCommunity(tx: Tx, actor: Actor, registrationId: string) {
  const scope = requireScope(actor, "double.manage");
  const row = await tx.doubleRegistration.findFirst({ where: { id: registrationId, tenantId: tenantOf(actor), communityNode: nodesIn(scope) }, select: registrationSelect });
  if (!row) throw notFound();
  return row;
}

/** The community accepts (or declines) a registration. */
export async function decideRegistration({ actor, registrationId, accept }: { actor: Actor; registrationId: string; accept: boolean }) {
  return inTenant(actor, async (tx) => {
    const row = await findForCommunity(tx, actor, registrationId);
    if (row.status !== "PENDING") throw conflict("double.errors.notPending");
    const status = accept ? "ACCEPTED" : "DECLINED";
    await tx.doubleRegistration.update({ where: { id: row.id, tenantId: tenantOf(actor) }, data: { status, decidedById: actor.userId, decidedAt: new Date() } });
    await audit(tx, actor, { action: accept ? "double.accept" : "double.decline", entityType: "DoubleRegistration", entityId: row.id, nodeId: row.communityNodeId, before: { status: row.status }, after: { status } });
    return { id: row.id, status };
  });
}

/** Either side ends a registration (moved away, left the unit); its ratings stay. */
export async function endRegistration({ actor, registrationId }: { actor: Actor; registrationId: string }) {
  const scope = requireScope(actor, "double.manage");
  return inTenant(actor, async (tx) => {
    const row = await tx.doubleRegistration.findFirst({
      where: { id: registrationId, tenantId: tenantOf(actor), status: { in: ["PENDING", "ACCEPTED"] }, OR: [{ unitNode: nodesIn(scope) }, { communityNode: nodesIn(scope) }] },
      select: registrationSelect,
    });
    if (!row) throw notFound();
    await tx.doubleRegistration.update({ where: { id: row.id, tenantId: tenantOf(actor) }, data: { status: "ENDED" } });
    await audit(tx, actor, { action: "double.end", entityType: "DoubleRegistration", entityId: row.id, nodeId: row.unitNodeId, before: { status: row.status }, after: { status: "ENDED" } });
    return { id: row.id };
  });
}

/** The community rates an accepted member or unit for a quarter (a second rating of that quarter replaces the first). */
export async function rateRegistration({ actor, data }: { actor: Actor; data: { registrationId: string; quarter: QuarterKey; grade: DoubleGrade; comment: string | null } }) {
  return inTenant(actor, async (tx) => {
    const row = await findForCommunity(tx, actor, data.registrationId);
    if (row.status !== "ACCEPTED") throw conflict("double.errors.notAccepted");
    const tenantId = tenantOf(actor);
    const before = await tx.doubleRating.findFirst({ where: { tenantId, registrationId: row.id, quarter: data.quarter }, select: { grade: true, comment: true } });
    const rating = await tx.doubleRating.upsert({
      where: { registrationId_quarter: { registrationId: row.id, quarter: data.quarter } },
      create: { tenantId, registrationId: row.id, quarter: data.quarter, grade: data.grade, comment: data.comment, ratedById: actor.userId },
      update: { grade: data.grade, comment: data.comment, ratedById: actor.userId, ratedAt: new Date() },
      select: { id: true },
    });
    await audit(tx, actor, { action: "double.rate", entityType: "DoubleRating", entityId: rating.id, nodeId: row.communityNodeId, before, after: { quarter: data.quarter, grade: data.grade, comment: data.comment } });
    return rating;
  });
}

export type Activity = { dutyMinutes: number; dutyRecords: number; visits: number; activities: number };

/**
 * What a registered member (or a unit's registered members) did in a community over a range, counted from the
 * records themselves: verified duty at the community's bin points, visits to its households, theme activities held
 * in the community that they attended (checked in).
 */
export async function activityInCommunities(tx: Tx, tenantId: string, pairs: { key: string; personIds: string[]; communityPath: string }[], range: { start: Date; end: Date }): Promise<Map<string, Activity>> {
  const out = new Map<string, Activity>();
  const personIds = [...new Set(pairs.flatMap((p) => p.personIds))];
  if (!personIds.length) return new Map(pairs.map((p) => [p.key, { dutyMinutes: 0, dutyRecords: 0, visits: 0, activities: 0 }]));
  const [duty, visits, attended] = await inOrder([
    () => tx.dutyRecord.findMany({
      where: { tenantId, status: "VERIFIED", personId: { in: personIds }, startAt: { gte: range.start, lt: range.end } },
      select: { personId: true, minutes: true, binPoint: { select: { node: { select: { path: true } } } } },
    }),
    () => tx.householdVisit.findMany({
      where: { tenantId, visitorId: { in: personIds }, visitedOn: { gte: dateColumn(dayKeyOf(range.start)), lt: dateColumn(dayKeyOf(range.end)) } },
      select: { visitorId: true, household: { select: { node: { select: { path: true } } } } },
    }),
    () => tx.activityParticipant.findMany({
      where: { tenantId, personId: { in: personIds }, checkedInAt: { not: null }, activity: { startsAt: { gte: range.start, lt: range.end } } },
      select: { personId: true, activity: { select: { node: { select: { path: true } } } } },
    }),
  ]);
  for (const p of pairs) {
    const ids = new Set(p.personIds);
    const d = duty.filter((r) => ids.has(r.personId) && r.binPoint.node.path.startsWith(p.communityPath));
    out.set(p.key, {
      dutyMinutes: d.reduce((a, r) => a + (r.minutes ?? 0), 0),
      dutyRecords: d.length,
      visits: visits.filter((v) => v.visitorId && ids.has(v.visitorId) && v.household.node.path.startsWith(p.communityPath)).length,
      activities: attended.filter((a) => a.personId && ids.has(a.personId) && a.activity.node.path.startsWith(p.communityPath)).length,
    });
  }
  return out;
}

/**
 * Registrations in sight with the quarter's activity and rating. `side`: those with communities in scope (the
 * community's desk) or of units in scope (the unit's view of its members).
 */
export async function listRegistrations({ actor, side, quarter, status }: { actor: Actor; side: "community" | "unit"; quarter: QuarterKey; status?: "PENDING" | "ACCEPTED" | "DECLINED" | "ENDED" }) {
  const scope = requireScope(actor, "double.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const rows = await tx.doubleRegistration.findMany({
      where: { tenantId, ...(status ? { status } : {}), ...(side === "community" ? { communityNode: nodesIn(scope) } : { unitNode: nodesIn(scope) }) },
      select: { ...registrationSelect, ratings: { where: { quarter }, select: { grade: true, comment: true, ratedAt: true } } },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      take: 1000,
    });
    // A unit's own activity is the sum of its members registered with the same community.
    const members = rows.length
      ? await tx.doubleRegistration.findMany({
          where: { tenantId, kind: "MEMBER", status: "ACCEPTED", unitNodeId: { in: rows.filter((r) => r.kind === "UNIT").map((r) => r.unitNodeId) } },
          select: { unitNodeId: true, communityNodeId: true, personId: true },
        })
      : [];
    const activity = await activityInCommunities(
      tx,
      tenantId,
      rows.map((r) => ({
        key: r.id,
        communityPath: r.communityNode.path,
        personIds: r.kind === "MEMBER" ? [r.personId!] : members.filter((m) => m.unitNodeId === r.unitNodeId && m.communityNodeId === r.communityNodeId).map((m) => m.personId!),
      })),
      quarterRange(quarter),
    );
    const manage = scopeOf(actor, "double.manage");
    return rows.map((r) => ({
      ...r,
      rating: r.ratings[0] ?? null,
      activity: activity.get(r.id)!,
      canDecide: r.status === "PENDING" && pathInScope(r.communityNode.path, manage),
      canRate: r.status === "ACCEPTED" && pathInScope(r.communityNode.path, manage),
    }));
  });
}

/** Ratings of one person's registrations (the unit reads its member's; the community reads those it gave). */
export async function listRatingsOfPerson({ actor, personId }: { actor: Actor; personId: string }) {
  requireScope(actor, "double.read");
  return inTenant(actor, async (tx) => {
    const rows = await tx.doubleRating.findMany({
      where: { tenantId: tenantOf(actor), registration: { personId, ...registrationsIn(actor) } },
      select: { quarter: true, grade: true, comment: true, registration: { select: { communityNode: { select: { name: true } }, unitNode: { select: { name: true } } } } },
      orderBy: { quarter: "desc" },
    });
    return rows;
  });
}

/** Every community and village of the tenant (where a unit may register), for the registration form. */
export async function listCommunities({ actor }: { actor: Actor }) {
  requireScope(actor, "double.manage");
  return inTenant(actor, (tx) =>
    tx.orgNode.findMany({ where: { tenantId: tenantOf(actor), archived: false, kind: { code: { in: COMMUNITY_KINDS } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  );
}
