import "server-only";
// Theme activities (主题活动): launch ceremonies, training, door-to-door visits, party days, lectures, contests and
// the five-into events. Unit staff create them, register people from the roster (the invitation) or at the door,
// check them in, and record results with photos; door-to-door visits list the households visited.
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../access/actor";
import { AppError, conflict, notFound } from "../../access/errors";
import { tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import type { Tx } from "../../db";
import { inOrder } from "../../db/in-order";
import { newId } from "../../ids";
import { sendNotifications } from "../../notifications/notifications";
import { maskPhone } from "../../people/mask";
import { idsOnPath } from "../../org/tree-rules";
import { inPaths } from "../area";
import { sortByTree } from "../campaigns";
import { assertRunning, findCampaign, findMemberCampaign } from "../scope";
import { normalizePhone } from "../phone";
import { matchRoster } from "../roster-match";
import { shanghaiInstant } from "../time";
import { newToken } from "../tokens";
import type { ActivityKindCode } from "../templates";

type ActivityData = { kind: ActivityKindCode; title: string; date: string; startTime: string; endTime: string; place: string | null; description: string | null };

function timeFields(d: ActivityData) {
  return { kind: d.kind, title: d.title, startsAt: shanghaiInstant(d.date, d.startTime), endsAt: shanghaiInstant(d.date, d.endTime), place: d.place, description: d.description };
}

const inPathsWhere = (paths: string[]): Prisma.OrgNodeWhereInput => (paths.length ? { OR: paths.map((p) => ({ path: { startsWith: p } })) } : { id: "-none-" });

export async function createActivity({ actor, data }: { actor: Actor; data: ActivityData & { campaignId: string; nodeId: string } }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, data.campaignId, "campaigns.unit");
    assertRunning(c);
    const tenantId = tenantOf(actor);
    const node = await tx.orgNode.findFirst({ where: { id: data.nodeId, tenantId, archived: false }, select: { id: true, path: true } });
    if (!node || !inPaths(node.path, c.unitPaths)) throw notFound();
    const row = await tx.activity.create({
      data: { tenantId, campaignId: c.id, nodeId: node.id, ...timeFields(data), checkinToken: newToken(), createdById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, { action: "activity.create", entityType: "Activity", entityId: row.id, nodeId: node.id, after: data });
    return row;
  });
}

/** An activity of a campaign the actor sees, held at a node in their view. */
async function findActivity(tx: Tx, actor: Actor, activityId: string) {
  const a = await tx.activity.findFirst({
    where: { id: activityId, tenantId: tenantOf(actor) },
    select: {
      id: true,
      campaignId: true,
      nodeId: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      description: true,
      status: true,
      resultText: true,
      photoIds: true,
      node: { select: { id: true, name: true, path: true } },
    },
  });
  if (!a || !a.campaignId) throw notFound();
  const c = await findCampaign(tx, actor, a.campaignId);
  if (!inPaths(a.node.path, c.view)) throw notFound();
  return { a, c, canEdit: c.status !== "DRAFT" && inPaths(a.node.path, c.unitPaths) };
}

async function findEditableActivity(tx: Tx, actor: Actor, activityId: string) {
  const found = await findActivity(tx, actor, activityId);
  if (!found.canEdit) throw notFound();
  return found;
}

export async function updateActivity({ actor, data }: { actor: Actor; data: ActivityData & { activityId: string } }) {
  return inTenant(actor, async (tx) => {
    const { a, c } = await findEditableActivity(tx, actor, data.activityId);
    assertRunning(c);
    await tx.activity.update({ where: { id: a.id, tenantId: tenantOf(actor) }, data: timeFields(data) });
    await audit(tx, actor, { action: "activity.update", entityType: "Activity", entityId: a.id, nodeId: a.nodeId, before: a, after: data });
    return { id: a.id };
  });
}

async function assertOwnImages(tx: Tx, actor: Actor, ids: string[]) {
  if (!ids.length) return;
  const files = await tx.fileObject.findMany({ where: { tenantId: tenantOf(actor), id: { in: ids }, uploadedById: actor.userId, mime: { startsWith: "image/" } }, select: { id: true } });
  if (files.length !== ids.length) throw new AppError("VALIDATION", "campaignErrors.badAttachment");
}

/** Results and photos; the activity counts as held. Photos added before stay. */
export async function recordResults({ actor, data }: { actor: Actor; data: { activityId: string; resultText: string; photoIds: string[] } }) {
  return inTenant(actor, async (tx) => {
    const { a } = await findEditableActivity(tx, actor, data.activityId);
    const added = data.photoIds.filter((id) => !a.photoIds.includes(id));
    await assertOwnImages(tx, actor, added);
    const photoIds = [...a.photoIds, ...added].slice(0, 30);
    await tx.activity.update({ where: { id: a.id, tenantId: tenantOf(actor) }, data: { resultText: data.resultText, photoIds, status: "HELD" } });
    await audit(tx, actor, { action: "activity.results", entityType: "Activity", entityId: a.id, nodeId: a.nodeId, before: { resultText: a.resultText, photoIds: a.photoIds }, after: { resultText: data.resultText, photoIds } });
    return { id: a.id };
  });
}

/** Register people of the actor's units (the invitation: those with an account are told). */
export async function registerParticipants({ actor, data }: { actor: Actor; data: { activityId: string; personIds: string[]; notify: boolean } }) {
  return inTenant(actor, async (tx) => {
    const { a, c } = await findEditableActivity(tx, actor, data.activityId);
    assertRunning(c);
    const tenantId = tenantOf(actor);
    const people = await tx.person.findMany({
      where: { tenantId, id: { in: data.personIds }, leftAt: null, node: inPathsWhere(c.unitPaths) },
      select: { id: true, user: { select: { id: true, disabled: true } } },
    });
    if (people.length !== data.personIds.length) throw notFound();
    const { count } = await tx.activityParticipant.createMany({
      data: people.map((p) => ({ id: newId(), tenantId, activityId: a.id, personId: p.id, source: "ROSTER" as const, registeredById: actor.userId })),
      skipDuplicates: true,
    });
    if (data.notify) {
      await sendNotifications(
        tx,
        tenantId,
        people
          .filter((p) => p.user && !p.user.disabled)
          .map((p) => ({ userId: p.user!.id, kind: "campaign.activity", title: a.title, body: a.place, link: `/m/campaigns/${c.id}`, dedupeKey: `campaign.activity:${a.id}` })),
      );
    }
    await audit(tx, actor, { action: "activity.register", entityType: "Activity", entityId: a.id, nodeId: a.nodeId, after: { personIds: data.personIds, added: count } });
    return { added: count };
  });
}

/** Somebody not registered (maybe not on the roster) arrives: matched to the roster by phone, checked in now. */
export async function addWalkIn({ actor, data }: { actor: Actor; data: { activityId: string; name: string; phone: string } }) {
  return inTenant(actor, async (tx) => {
    const { a, c } = await findEditableActivity(tx, actor, data.activityId);
    assertRunning(c);
    const result = await checkInByNameAndPhone(tx, tenantOf(actor), a, c.area, data.name, data.phone, actor.userId);
    await audit(tx, actor, { action: "activity.walkIn", entityType: "ActivityParticipant", entityId: result.participantId, nodeId: a.nodeId, actingForPersonId: result.personId, after: { matched: !!result.personId } });
    return result;
  });
}

/** Shared by staff at the door and the public check-in page. */
export async function checkInByNameAndPhone(
  tx: Tx,
  tenantId: string,
  a: { id: string; nodeId: string },
  area: string[],
  name: string,
  phone: string,
  byUserId: string | null,
) {
  const key = normalizePhone(phone);
  if (!key) throw new AppError("VALIDATION", "errors.validation", {}, { phone: ["campaignErrors.mobile"] });
  const person = await matchRoster(tx, tenantId, area, name, key);
  const now = new Date();
  if (person) {
    const existing = await tx.activityParticipant.findFirst({ where: { tenantId, activityId: a.id, personId: person.id }, select: { id: true, checkedInAt: true } });
    if (existing?.checkedInAt) return { participantId: existing.id, personId: person.id, already: true };
    if (existing) {
      await tx.activityParticipant.update({ where: { id: existing.id, tenantId }, data: { checkedInAt: now } });
      return { participantId: existing.id, personId: person.id, already: false };
    }
    const row = await tx.activityParticipant.create({ data: { tenantId, activityId: a.id, personId: person.id, source: "WALK_IN", registeredById: byUserId, checkedInAt: now }, select: { id: true } });
    return { participantId: row.id, personId: person.id, already: false };
  }
  const existing = await tx.activityParticipant.findFirst({ where: { tenantId, activityId: a.id, phoneKey: key }, select: { id: true } });
  if (existing) return { participantId: existing.id, personId: null, already: true };
  const row = await tx.activityParticipant.create({
    data: { tenantId, activityId: a.id, walkInName: name.trim(), phoneKey: key, source: "WALK_IN", registeredById: byUserId, checkedInAt: now },
    select: { id: true },
  });
  return { participantId: row.id, personId: null, already: false };
}

/** Staff tick a registered participant as present. */
export async function checkInParticipant({ actor, data }: { actor: Actor; data: { participantId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const p = await tx.activityParticipant.findFirst({ where: { id: data.participantId, tenantId }, select: { id: true, activityId: true, personId: true, checkedInAt: true } });
    if (!p) throw notFound();
    const { a, c } = await findEditableActivity(tx, actor, p.activityId);
    assertRunning(c);
    if (p.checkedInAt) return { checkedInAt: p.checkedInAt };
    const now = new Date();
    await tx.activityParticipant.update({ where: { id: p.id, tenantId }, data: { checkedInAt: now } });
    await audit(tx, actor, { action: "activity.checkIn", entityType: "ActivityParticipant", entityId: p.id, nodeId: a.nodeId, actingForPersonId: p.personId, after: { checkedInAt: now } });
    return { checkedInAt: now };
  });
}

/** Households visited on a door-to-door visit (in the actor's units). */
export async function addVisitedHouseholds({ actor, data }: { actor: Actor; data: { activityId: string; householdIds: string[] } }) {
  return inTenant(actor, async (tx) => {
    const { a } = await findEditableActivity(tx, actor, data.activityId);
    if (a.kind !== "DOOR_TO_DOOR") throw conflict("campaignErrors.notDoorToDoor");
    const { c } = await findActivity(tx, actor, a.id);
    const tenantId = tenantOf(actor);
    const found = await tx.household.findMany({ where: { tenantId, id: { in: data.householdIds }, node: inPathsWhere(c.unitPaths) }, select: { id: true } });
    if (found.length !== data.householdIds.length) throw notFound();
    const { count } = await tx.activityHousehold.createMany({ data: found.map((h) => ({ id: newId(), tenantId, activityId: a.id, householdId: h.id })), skipDuplicates: true });
    await audit(tx, actor, { action: "activity.households", entityType: "Activity", entityId: a.id, nodeId: a.nodeId, after: { householdIds: data.householdIds, added: count } });
    return { added: count };
  });
}

/** Households of the actor's units not yet on the visit (the picker). */
export async function listVisitableHouseholds({ actor, activityId, q = "" }: { actor: Actor; activityId: string; q?: string }) {
  return inTenant(actor, async (tx) => {
    const { a, c, canEdit } = await findActivity(tx, actor, activityId);
    if (!canEdit) return [];
    const rows = await tx.household.findMany({
      where: {
        tenantId: tenantOf(actor),
        node: { AND: [inPathsWhere(c.unitPaths), { path: { startsWith: a.node.path } }] },
        activityVisits: { none: { activityId: a.id } },
        ...(q.trim() ? { OR: [{ headName: { contains: q.trim() } }, { building: { contains: q.trim() } }, { room: { contains: q.trim() } }] } : {}),
      },
      select: { id: true, building: true, unit: true, room: true, headName: true, node: { select: { name: true } } },
      orderBy: [{ building: "asc" }, { room: "asc" }],
      take: 60,
    });
    return rows.map((h) => ({ id: h.id, label: [h.building, h.unit, h.room].filter(Boolean).join(" "), headName: h.headName, unit: h.node.name }));
  });
}

export async function listActivities({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const rows = await tx.activity.findMany({
      where: { tenantId: tenantOf(actor), campaignId: c.id, node: inPathsWhere(c.view) },
      orderBy: { startsAt: "desc" },
      take: 300,
      select: {
        id: true,
        kind: true,
        title: true,
        startsAt: true,
        endsAt: true,
        place: true,
        status: true,
        node: { select: { id: true, name: true } },
        _count: { select: { participants: true, households: true } },
        participants: { where: { checkedInAt: { not: null } }, select: { id: true } },
      },
    });
    return {
      campaign: c,
      rows: rows.map(({ participants, ...r }) => ({ ...r, checkedIn: participants.length })),
    };
  });
}

export async function getActivity({ actor, activityId }: { actor: Actor; activityId: string }) {
  return inTenant(actor, async (tx) => {
    const { a, c, canEdit } = await findActivity(tx, actor, activityId);
    const tenantId = tenantOf(actor);
    const [participants, households] = await inOrder([
      () => tx.activityParticipant.findMany({
        where: { tenantId, activityId: a.id },
        orderBy: [{ checkedInAt: { sort: "asc", nulls: "last" } }, { registeredAt: "asc" }],
        select: { id: true, source: true, walkInName: true, phoneKey: true, registeredAt: true, checkedInAt: true, person: { select: { id: true, name: true, node: { select: { name: true } } } } },
      }),
      () => tx.activityHousehold.findMany({ where: { tenantId, activityId: a.id }, select: { id: true, household: { select: { id: true, building: true, unit: true, room: true, headName: true } } } }),
    ]);
    return {
      campaign: c,
      activity: a,
      participants: participants.map((p) => ({
        id: p.id,
        source: p.source,
        name: p.person?.name ?? p.walkInName ?? "—",
        unit: p.person?.node.name ?? null,
        onRoster: !!p.person,
        phone: p.person ? null : maskPhone(p.phoneKey),
        registeredAt: p.registeredAt,
        checkedInAt: p.checkedInAt,
      })),
      households: households.map((h) => ({ id: h.household.id, label: [h.household.building, h.household.unit, h.household.room].filter(Boolean).join(" "), headName: h.household.headName })),
      can: { edit: canEdit, checkIn: canEdit && c.status === "RUNNING" },
    };
  });
}

/** People of the actor's units not yet registered (the roster picker). */
export async function listRegistrable({ actor, activityId, q = "" }: { actor: Actor; activityId: string; q?: string }) {
  return inTenant(actor, async (tx) => {
    const { a, c, canEdit } = await findActivity(tx, actor, activityId);
    if (!canEdit) return [];
    const rows = await tx.person.findMany({
      where: {
        tenantId: tenantOf(actor),
        leftAt: null,
        node: inPathsWhere(c.unitPaths),
        activityParticipants: { none: { activityId: a.id } },
        ...(q.trim() ? { name: { contains: q.trim() } } : {}),
      },
      select: { id: true, name: true, node: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: 50,
    });
    return rows.map((p) => ({ id: p.id, name: p.name, unit: p.node.name }));
  });
}

/** The check-in page's token (for the QR code), for staff who run the activity. */
export async function getCheckinToken({ actor, activityId }: { actor: Actor; activityId: string }) {
  return inTenant(actor, async (tx) => {
    const { a, canEdit } = await findActivity(tx, actor, activityId);
    if (!canEdit) throw notFound();
    const row = await tx.activity.findFirst({ where: { id: a.id, tenantId: tenantOf(actor) }, select: { checkinToken: true } });
    return { token: row!.checkinToken, title: a.title };
  });
}

/** A member's view: the campaign's activities held at their own unit or above it, and their own registrations. */
export async function listMemberActivities({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    const rows = await tx.activity.findMany({
      where: {
        tenantId,
        campaignId: campaign.id,
        status: { not: "CANCELLED" },
        OR: [{ nodeId: { in: idsOnPath(me.path) } }, { participants: { some: { personId: me.personId } } }],
      },
      orderBy: { startsAt: "desc" },
      take: 50,
      select: { id: true, kind: true, title: true, startsAt: true, endsAt: true, place: true, status: true, node: { select: { name: true } }, participants: { where: { personId: me.personId }, select: { registeredAt: true, checkedInAt: true } } },
    });
    return rows.map(({ participants, ...r }) => ({ ...r, mine: participants[0] ?? null }));
  });
}

/** A member signs up for an activity they can see. */
export async function joinActivity({ actor, data }: { actor: Actor; data: { activityId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const a = await tx.activity.findFirst({ where: { id: data.activityId, tenantId, status: "PLANNED" }, select: { id: true, campaignId: true, nodeId: true, endsAt: true } });
    if (!a?.campaignId) throw notFound();
    const { campaign, me } = await findMemberCampaign(tx, actor, a.campaignId);
    if (!idsOnPath(me.path).includes(a.nodeId)) throw notFound();
    assertRunning(campaign);
    if (a.endsAt.getTime() < Date.now()) throw conflict("campaignErrors.activityOver");
    const row = await tx.activityParticipant.upsert({
      where: { activityId_personId: { activityId: a.id, personId: me.personId } },
      create: { tenantId, activityId: a.id, personId: me.personId, source: "SELF", registeredById: actor.userId },
      update: {},
      select: { id: true },
    });
    await audit(tx, actor, { action: "activity.join", entityType: "ActivityParticipant", entityId: row.id, nodeId: me.nodeId, after: { activityId: a.id } });
    return row;
  });
}


/** Where the actor may hold an activity of the campaign: the owner (for its staff) and the units they work in. */
export async function listActivityHosts({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    if (!c.can.unit) return [];
    const tenantId = tenantOf(actor);
    const units = await tx.campaignUnit.findMany({ where: { tenantId, campaignId: c.id, node: inPathsWhere(c.unitPaths) }, select: { node: { select: { id: true, name: true, path: true, depth: true, sortOrder: true } } } });
    const nodes = units.map((u) => u.node);
    if (inPaths(c.node.path, c.unitPaths)) {
      const owner = await tx.orgNode.findFirst({ where: { id: c.nodeId, tenantId }, select: { id: true, name: true, path: true, depth: true, sortOrder: true } });
      if (owner) nodes.unshift(owner);
    }
    return sortByTree(nodes, (n) => n).map((n) => ({ id: n.id, name: n.name, depth: n.depth }));
  });
}
