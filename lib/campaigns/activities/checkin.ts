import "server-only";
// Check-in at an activity by its QR code: a signed-in member of the tenant checks themself in; anyone else types
// name and phone (matched to the roster of the campaign's area, otherwise a walk-in). Only around the activity's
// time, and rate-limited per address and phone.
import type { Actor } from "../../access/actor";
import { AppError, conflict, notFound } from "../../access/errors";
import { requireScope } from "../../access/scope";
import { inTenantId } from "../../access/tenant-tx";
import type { Tx } from "../../db";
import { limitPublic } from "../../public/rate-limit";
import { normalizePhone } from "../phone";
import { publicAudit, resolveToken } from "../public";
import { areaOf } from "../scope";
import { checkInByNameAndPhone } from "./activities";
import { checkinOpen } from "./rules";

async function loadActivity(tx: Tx, tenantId: string, id: string) {
  const a = await tx.activity.findFirst({
    where: { id, tenantId },
    select: {
      id: true,
      nodeId: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      status: true,
      node: { select: { name: true, path: true } },
      campaign: { select: { id: true, title: true, status: true, scopeKind: true, node: { select: { id: true, name: true, path: true } }, units: { where: { chosen: true }, select: { node: { select: { id: true, name: true, path: true } } } } } },
    },
  });
  if (!a || !a.campaign || a.campaign.status === "DRAFT") throw notFound();
  return { ...a, campaign: a.campaign, area: areaOf(a.campaign) };
}

export async function getPublicActivity({ token, actor, now = new Date() }: { token: string; actor: Actor | null; now?: Date }) {
  const { tenantId, id } = await resolveToken("checkin", token);
  return inTenantId(tenantId, async (tx) => {
    const a = await loadActivity(tx, tenantId, id);
    const sameTenant = !!actor && actor.tenantId === tenantId && !!actor.personId;
    const mine = sameTenant
      ? await tx.activityParticipant.findFirst({ where: { tenantId, activityId: a.id, personId: actor!.personId! }, select: { checkedInAt: true } })
      : null;
    return {
      title: a.title,
      kind: a.kind,
      unitName: a.node.name,
      campaignTitle: a.campaign.title,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      place: a.place,
      open: a.campaign.status === "RUNNING" && checkinOpen(a, now),
      member: sameTenant ? { name: actor!.displayName, checkedInAt: mine?.checkedInAt ?? null } : null,
    };
  });
}

/** The signed-in member checks themself in (their person, whatever unit they belong to in the tenant). */
export async function selfCheckIn({ actor, token, now = new Date() }: { actor: Actor; token: string; now?: Date }) {
  requireScope(actor, "campaigns.participate");
  const { tenantId, id } = await resolveToken("checkin", token);
  if (actor.tenantId !== tenantId || !actor.personId) throw notFound();
  return inTenantId(tenantId, async (tx) => {
    const a = await loadActivity(tx, tenantId, id);
    if (a.campaign.status !== "RUNNING" || !checkinOpen(a, now)) throw conflict("campaignErrors.checkinClosed");
    const person = await tx.person.findFirst({ where: { id: actor.personId!, tenantId, leftAt: null }, select: { id: true, nodeId: true } });
    if (!person) throw new AppError("NOT_FOUND", "errors.noPerson");
    const existing = await tx.activityParticipant.findFirst({ where: { tenantId, activityId: a.id, personId: person.id }, select: { id: true, checkedInAt: true } });
    if (existing?.checkedInAt) return { checkedInAt: existing.checkedInAt, already: true };
    const row = existing
      ? await tx.activityParticipant.update({ where: { id: existing.id, tenantId }, data: { checkedInAt: now }, select: { id: true } })
      : await tx.activityParticipant.create({ data: { tenantId, activityId: a.id, personId: person.id, source: "SELF", registeredById: actor.userId, checkedInAt: now }, select: { id: true } });
    await tx.auditLog.create({ data: { tenantId, actorUserId: actor.userId, action: "activity.selfCheckIn", entityType: "ActivityParticipant", entityId: row.id, nodeId: person.nodeId, ip: actor.ip ?? null, requestId: actor.requestId ?? null } });
    return { checkedInAt: now, already: false };
  });
}

export const CHECKIN_LIMITS = { perIp: { points: 20, seconds: 600 }, perPhone: { points: 5, seconds: 3600 } };

export async function publicCheckIn({ token, name, phone, ip, now = new Date() }: { token: string; name: string; phone: string; ip: string; now?: Date }) {
  await limitPublic("checkin-ip", ip, CHECKIN_LIMITS.perIp.points, CHECKIN_LIMITS.perIp.seconds);
  const key = normalizePhone(phone);
  if (!key) throw new AppError("VALIDATION", "errors.validation", {}, { phone: ["campaignErrors.mobile"] });
  await limitPublic("checkin-phone", key, CHECKIN_LIMITS.perPhone.points, CHECKIN_LIMITS.perPhone.seconds);
  const { tenantId, id } = await resolveToken("checkin", token);
  return inTenantId(tenantId, async (tx) => {
    const a = await loadActivity(tx, tenantId, id);
    if (a.campaign.status !== "RUNNING" || !checkinOpen(a, now)) throw conflict("campaignErrors.checkinClosed");
    const result = await checkInByNameAndPhone(tx, tenantId, a, a.area, name, key, null);
    if (!result.already) {
      await publicAudit(tx, tenantId, { action: "activity.publicCheckIn", entityType: "ActivityParticipant", entityId: result.participantId, nodeId: a.nodeId, actingForPersonId: result.personId, after: { matched: !!result.personId } }, ip);
    }
    return { already: result.already, matched: !!result.personId, name: name.trim() };
  });
}
