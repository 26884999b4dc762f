import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { AppError, conflict, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { depositMinutes } from "../points/ledger";
import { findBinPointByToken, findBinPointInReach } from "./bin-points";
import { binPointReach, dutyRecordsIn } from "./reach";
import { atChinaTime, chinaParts, monthRange, type DayKey, type MonthKey } from "./time";

/** Longest record we accept: longer ones are almost always a forgotten check-out. */
export const MAX_MINUTES = 12 * 60;

const recordSelect = {
  id: true,
  personId: true,
  binPointId: true,
  startAt: true,
  endAt: true,
  minutes: true,
  source: true,
  status: true,
  note: true,
  rejectReason: true,
  recordedById: true,
  verifiedAt: true,
  person: { select: { id: true, name: true, isPartyMember: true, node: { select: { id: true, name: true } } } },
  binPoint: { select: { id: true, name: true, nodeId: true, node: { select: { name: true } } } },
} satisfies Prisma.DutyRecordSelect;

function myPerson(actor: Actor): string {
  if (!actor.personId) throw new AppError("CONFLICT", "errors.noPerson");
  return actor.personId;
}

/** Overlaps the exclusion constraint caught (two requests at once): the same sentence as the check before it. */
function mapOverlap(e: unknown): never {
  const text = String((e as Error)?.message ?? "");
  if (/x_DutyRecord_no_overlap|23P01|exclusion constraint/.test(text)) throw conflict("duty.errors.overlap");
  throw e;
}

async function assertNoOverlap(tx: Tx, tenantId: string, personId: string, start: Date, end: Date | null, exceptId?: string) {
  // One writer per person at a time, so the check below and the insert that follows see the same rows.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`duty:${tenantId}:${personId}`}))`;
  const clash = await tx.dutyRecord.findFirst({
    where: {
      tenantId,
      personId,
      status: { not: "REJECTED" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
      startAt: end ? { lt: end } : undefined,
      OR: [{ endAt: null }, { endAt: { gt: start } }],
    },
    select: { id: true, startAt: true, endAt: true, binPoint: { select: { name: true } } },
  });
  if (clash) throw conflict(clash.endAt ? "duty.errors.overlap" : "duty.errors.stillCheckedIn", { binPoint: clash.binPoint.name });
}

/** The slot of the bin point whose time holds `at` (with half an hour of slack either side), if any. */
async function slotAt(tx: Tx, tenantId: string, binPointId: string, at: Date) {
  const { minuteOfDay, weekday } = chinaParts(at);
  const slots = await tx.dutySlot.findMany({ where: { tenantId, binPointId, archived: false }, select: { id: true, startMinute: true, endMinute: true, weekdays: true } });
  return slots.find((s) => s.weekdays.includes(weekday) && minuteOfDay >= s.startMinute - 30 && minuteOfDay <= s.endMinute + 30)?.id ?? null;
}

/** The member's open check-in, if any (there is at most one). */
async function openRecord(tx: Tx, tenantId: string, personId: string) {
  return tx.dutyRecord.findFirst({ where: { tenantId, personId, status: "OPEN" }, select: { id: true, startAt: true, binPointId: true, binPoint: { select: { name: true } } } });
}

/** What the check-in page shows: the bin point and the member's open check-in. */
export async function getCheckinState({ actor, token }: { actor: Actor; token: string }) {
  requireScope(actor, "duty.self");
  return inTenant(actor, async (tx) => {
    const bp = await findBinPointByToken(tx, actor, token);
    const open = actor.personId ? await openRecord(tx, tenantOf(actor), actor.personId) : null;
    return { binPoint: { id: bp.id, name: bp.name, location: bp.location, nodeName: bp.node.name, slots: bp.slots }, open, hasPerson: !!actor.personId };
  });
}

export async function checkIn({ actor, token, now = new Date() }: { actor: Actor; token: string; now?: Date }) {
  requireScope(actor, "duty.self");
  const personId = myPerson(actor);
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const bp = await findBinPointByToken(tx, actor, token);
    await assertNoOverlap(tx, tenantId, personId, now, null);
    const row = await tx.dutyRecord
      .create({
        data: { tenantId, personId, binPointId: bp.id, slotId: await slotAt(tx, tenantId, bp.id, now), startAt: now, source: "CHECKIN", status: "OPEN", recordedById: actor.userId },
        select: { id: true, startAt: true },
      })
      .catch(mapOverlap);
    await audit(tx, actor, { action: "duty.checkIn", entityType: "DutyRecord", entityId: row.id, nodeId: bp.nodeId, after: { binPointId: bp.id, startAt: now } });
    return row;
  });
}

export async function checkOut({ actor, token, now = new Date() }: { actor: Actor; token: string; now?: Date }) {
  requireScope(actor, "duty.self");
  const personId = myPerson(actor);
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const bp = await findBinPointByToken(tx, actor, token);
    const open = await openRecord(tx, tenantId, personId);
    if (!open) throw conflict("duty.errors.notCheckedIn");
    if (open.binPointId !== bp.id) throw conflict("duty.errors.checkedInElsewhere", { binPoint: open.binPoint.name });
    if (now <= open.startAt) throw invalid("duty.errors.checkOutBeforeCheckIn");
    const minutes = Math.floor((now.getTime() - open.startAt.getTime()) / 60_000);
    if (minutes < 1) throw invalid("duty.errors.tooShort");
    if (minutes > MAX_MINUTES) throw invalid("duty.errors.tooLong", undefined, { hours: MAX_MINUTES / 60 });
    const row = await tx.dutyRecord.update({ where: { id: open.id, tenantId }, data: { endAt: now, minutes, status: "PENDING" }, select: { id: true, minutes: true } });
    await audit(tx, actor, { action: "duty.checkOut", entityType: "DutyRecord", entityId: row.id, nodeId: bp.nodeId, after: { endAt: now, minutes } });
    return row;
  });
}

/** A check-in made by mistake (or left open) is withdrawn by its member; nothing else is ever deleted. */
export async function cancelCheckIn({ actor }: { actor: Actor }) {
  requireScope(actor, "duty.self");
  const personId = myPerson(actor);
  return inTenant(actor, async (tx) => {
    const open = await openRecord(tx, tenantOf(actor), personId);
    if (!open) throw conflict("duty.errors.notCheckedIn");
    await tx.dutyRecord.delete({ where: { id: open.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "duty.cancelCheckIn", entityType: "DutyRecord", entityId: open.id, before: open });
    return { id: open.id };
  });
}

/** Branch staff record hours a member did (paper sheet, no phone): audited as acting for the member. */
export async function recordHours({ actor, data }: { actor: Actor; data: { personId: string; binPointId: string; date: DayKey; start: number; end: number; note: string | null } }) {
  const scope = requireScope(actor, "duty.manage");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const person = await tx.person.findFirst({ where: { id: data.personId, tenantId, node: nodesIn(scope) }, select: { id: true, leftAt: true } });
    if (!person) throw notFound();
    if (person.leftAt) throw conflict("errors.personLeft");
    const bp = await findBinPointInReach(tx, actor, data.binPointId, "duty.read");
    if (data.end <= data.start) throw invalid("errors.validation", { end: ["duty.validation.endAfterStart"] });
    const minutes = data.end - data.start;
    if (minutes > MAX_MINUTES) throw invalid("errors.validation", { end: ["duty.validation.tooLong"] });
    const startAt = atChinaTime(data.date, data.start);
    const endAt = atChinaTime(data.date, data.end);
    if (startAt > new Date()) throw invalid("errors.validation", { date: ["duty.validation.future"] });
    await assertNoOverlap(tx, tenantId, person.id, startAt, endAt);
    const row = await tx.dutyRecord
      .create({
        data: { tenantId, personId: person.id, binPointId: bp.id, slotId: await slotAt(tx, tenantId, bp.id, startAt), startAt, endAt, minutes, source: "RECORDED", status: "PENDING", note: data.note, recordedById: actor.userId },
        select: { id: true },
      })
      .catch(mapOverlap);
    await audit(tx, actor, { action: "duty.record", entityType: "DutyRecord", entityId: row.id, nodeId: bp.nodeId, actingForPersonId: person.id, after: { ...data, startAt, endAt, minutes } });
    return row;
  });
}

async function findRecordToReview(tx: Tx, actor: Actor, recordId: string) {
  const reach = await binPointReach(tx, actor, "duty.verify");
  const row = await tx.dutyRecord.findFirst({
    where: { id: recordId, tenantId: tenantOf(actor), ...dutyRecordsIn(scopeOf(actor, "duty.verify"), reach) },
    select: recordSelect,
  });
  if (!row) throw notFound();
  if (row.personId === actor.personId) throw conflict("duty.errors.ownRecord");
  if (row.status !== "PENDING") throw conflict("duty.errors.notPending");
  return row;
}

/** Verified hours count towards the norm and go into the volunteer time bank (once). */
export async function verifyRecord({ actor, recordId }: { actor: Actor; recordId: string }) {
  requireScope(actor, "duty.verify");
  return inTenant(actor, async (tx) => {
    const row = await findRecordToReview(tx, actor, recordId);
    const { count } = await tx.dutyRecord.updateMany({ where: { id: row.id, tenantId: tenantOf(actor), status: "PENDING" }, data: { status: "VERIFIED", verifiedById: actor.userId, verifiedAt: new Date() } });
    if (!count) throw conflict("duty.errors.notPending");
    await depositMinutes(tx, { tenantId: tenantOf(actor), personId: row.personId, minutes: row.minutes ?? 0, sourceType: "DutyRecord", sourceId: row.id, createdById: actor.userId, memo: row.binPoint.name });
    await audit(tx, actor, { action: "duty.verify", entityType: "DutyRecord", entityId: row.id, nodeId: row.binPoint.nodeId, before: { status: row.status }, after: { status: "VERIFIED" } });
    return { id: row.id };
  });
}

export async function rejectRecord({ actor, recordId, reason }: { actor: Actor; recordId: string; reason: string }) {
  requireScope(actor, "duty.verify");
  return inTenant(actor, async (tx) => {
    const row = await findRecordToReview(tx, actor, recordId);
    const { count } = await tx.dutyRecord.updateMany({ where: { id: row.id, tenantId: tenantOf(actor), status: "PENDING" }, data: { status: "REJECTED", rejectReason: reason, verifiedById: actor.userId, verifiedAt: new Date() } });
    if (!count) throw conflict("duty.errors.notPending");
    await audit(tx, actor, { action: "duty.reject", entityType: "DutyRecord", entityId: row.id, nodeId: row.binPoint.nodeId, before: { status: row.status }, after: { status: "REJECTED", reason } });
    return { id: row.id };
  });
}

export type RecordFilter = { status?: "OPEN" | "PENDING" | "VERIFIED" | "REJECTED"; nodeId?: string; month?: MonthKey; page?: number; pageSize?: number };

/** Duty records for staff: their people's and those at bin points in their reach. */
export async function listDutyRecords({ actor, status, nodeId, month, page = 1, pageSize = 50 }: { actor: Actor } & RecordFilter) {
  requireScope(actor, "duty.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const reach = await binPointReach(tx, actor, "duty.read");
    const node = nodeId ? await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(reach) }, select: { path: true } }) : null;
    if (nodeId && !node) throw notFound();
    const range = month ? monthRange(month) : null;
    const where: Prisma.DutyRecordWhereInput = {
      tenantId,
      ...(status ? { status } : {}),
      ...(range ? { startAt: { gte: range.start, lt: range.end } } : {}),
      AND: [
        dutyRecordsIn(scopeOf(actor, "duty.read"), reach),
        ...(node ? [{ OR: [{ person: { node: { path: { startsWith: node.path } } } }, { binPoint: { node: { path: { startsWith: node.path } } } }] }] : []),
      ],
    };
    const [rows, total] = await inOrder([
      () => tx.dutyRecord.findMany({ where, select: recordSelect, orderBy: [{ startAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.dutyRecord.count({ where }),
    ]);
    const verify = scopeOf(actor, "duty.verify");
    const verifyReach = verify.paths.length ? await binPointReach(tx, actor, "duty.verify") : verify;
    const reviewable = new Set(
      verify.paths.length
        ? (await tx.dutyRecord.findMany({ where: { tenantId, id: { in: rows.map((r) => r.id) }, status: "PENDING", ...dutyRecordsIn(verify, verifyReach) }, select: { id: true } })).map((r) => r.id)
        : [],
    );
    return { rows: rows.map((r) => ({ ...r, canReview: reviewable.has(r.id) && r.personId !== actor.personId })), total, page, pageSize };
  });
}

/** The member's own month: records, verified and pending minutes, and the norm. */
export async function getMyDutyMonth({ actor, month, normMinutes }: { actor: Actor; month: MonthKey; normMinutes: number }) {
  requireScope(actor, "duty.self");
  if (!actor.personId) return null;
  return inTenant(actor, async (tx) => {
    const { start, end } = monthRange(month);
    const rows = await tx.dutyRecord.findMany({
      where: { tenantId: tenantOf(actor), personId: actor.personId!, startAt: { gte: start, lt: end } },
      select: recordSelect,
      orderBy: { startAt: "desc" },
    });
    const sum = (s: string) => rows.filter((r) => r.status === s).reduce((a, r) => a + (r.minutes ?? 0), 0);
    const open = await openRecord(tx, tenantOf(actor), actor.personId!);
    return { rows, verified: sum("VERIFIED"), pending: sum("PENDING"), rejected: sum("REJECTED"), normMinutes, open };
  });
}
