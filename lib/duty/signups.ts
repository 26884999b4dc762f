import "server-only";
import type { Actor } from "../access/actor";
import { AppError, conflict, invalid, notFound } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { idsOnPath } from "../org/tree-rules";
import { AREA_KINDS } from "./reach";
import { addDays, dateColumn, dayKeyOf, dayKeyOfDateColumn, type DayKey } from "./time";

/** How far ahead a member may sign up. */
export const SIGNUP_DAYS_AHEAD = 30;

/**
 * The areas where a member does duty: the nearest compound, village or community above their roster unit, and the
 * communities they registered with and were accepted by (双报到).
 */
export async function memberAreaPaths(tx: Tx, tenantId: string, personId: string): Promise<string[]> {
  const person = await tx.person.findFirst({ where: { id: personId, tenantId }, select: { node: { select: { path: true } } } });
  if (!person) return [];
  const ids = idsOnPath(person.node.path);
  const [ancestors, registrations] = await inOrder([
    () => tx.orgNode.findMany({ where: { tenantId, id: { in: ids } }, select: { path: true, depth: true, kind: { select: { code: true } } } }),
    () => tx.doubleRegistration.findMany({ where: { tenantId, personId, status: "ACCEPTED" }, select: { communityNode: { select: { path: true } } } }),
  ]);
  const nearest = ancestors.filter((a) => AREA_KINDS.includes(a.kind.code)).sort((a, b) => b.depth - a.depth)[0];
  return [...new Set([...(nearest ? [nearest.path] : []), ...registrations.map((r) => r.communityNode.path)])];
}

export function myPersonId(actor: Actor): string {
  if (!actor.personId) throw new AppError("CONFLICT", "errors.noPerson");
  return actor.personId;
}

/** Bin points and slots the member can sign up for, with the next days' sign-ups of each slot. */
export async function listMySlots({ actor, today = dayKeyOf(new Date()), days = 7 }: { actor: Actor; today?: DayKey; days?: number }) {
  requireScope(actor, "duty.self");
  const personId = myPersonId(actor);
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const areas = await memberAreaPaths(tx, tenantId, personId);
    if (!areas.length) return { points: [], mine: [], days: [] as DayKey[] };
    const points = await tx.binPoint.findMany({
      where: { tenantId, archived: false, OR: areas.map((p) => ({ node: { path: { startsWith: p } } })) },
      select: {
        id: true,
        name: true,
        location: true,
        node: { select: { name: true } },
        slots: { where: { archived: false }, select: { id: true, startMinute: true, endMinute: true, weekdays: true, capacity: true }, orderBy: { startMinute: "asc" } },
      },
      orderBy: [{ node: { path: "asc" } }, { name: "asc" }],
    });
    const dayList = Array.from({ length: days }, (_, i) => addDays(today, i));
    const slotIds = points.flatMap((p) => p.slots.map((s) => s.id));
    const signups = await tx.dutySignup.findMany({
      where: { tenantId, slotId: { in: slotIds }, date: { gte: dateColumn(today), lte: dateColumn(dayList.at(-1)!) } },
      select: { id: true, slotId: true, personId: true, date: true },
    });
    const counts = new Map<string, number>();
    for (const s of signups) counts.set(`${s.slotId}:${dayKeyOfDateColumn(s.date)}`, (counts.get(`${s.slotId}:${dayKeyOfDateColumn(s.date)}`) ?? 0) + 1);
    const mine = signups.filter((s) => s.personId === personId).map((s) => ({ id: s.id, slotId: s.slotId, date: dayKeyOfDateColumn(s.date) }));
    return {
      days: dayList,
      mine,
      points: points.map((p) => ({ ...p, slots: p.slots.map((s) => ({ ...s, taken: Object.fromEntries(dayList.map((d) => [d, counts.get(`${s.id}:${d}`) ?? 0])) })) })),
    };
  });
}

export async function signUp({ actor, slotId, date, today = dayKeyOf(new Date()) }: { actor: Actor; slotId: string; date: DayKey; today?: DayKey }) {
  requireScope(actor, "duty.self");
  const personId = myPersonId(actor);
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const areas = await memberAreaPaths(tx, tenantId, personId);
    const slot = await tx.dutySlot.findFirst({
      where: { id: slotId, tenantId, archived: false, binPoint: { archived: false, OR: areas.length ? areas.map((p) => ({ node: { path: { startsWith: p } } })) : [{ id: "-none-" }] } },
      select: { id: true, weekdays: true, capacity: true, binPoint: { select: { id: true, nodeId: true } } },
    });
    if (!slot) throw notFound();
    if (date < today || date > addDays(today, SIGNUP_DAYS_AHEAD)) throw invalid("errors.validation", { date: ["duty.validation.signupWindow"] }, { days: SIGNUP_DAYS_AHEAD });
    const weekday = ((dateColumn(date).getUTCDay() + 6) % 7) + 1;
    if (!slot.weekdays.includes(weekday)) throw invalid("errors.validation", { date: ["duty.validation.slotNotThatDay"] });
    // Capacity is checked under a lock on the slot, so two last sign-ups cannot both get in.
    await tx.$queryRaw`SELECT id FROM "DutySlot" WHERE id = ${slot.id} AND "tenantId" = ${tenantId} FOR UPDATE`;
    if (slot.capacity > 0) {
      const taken = await tx.dutySignup.count({ where: { tenantId, slotId: slot.id, date: dateColumn(date) } });
      if (taken >= slot.capacity) throw conflict("duty.errors.slotFull");
    }
    const existing = await tx.dutySignup.findFirst({ where: { tenantId, slotId: slot.id, personId, date: dateColumn(date) }, select: { id: true } });
    if (existing) return existing;
    const row = await tx.dutySignup.create({ data: { tenantId, slotId: slot.id, personId, date: dateColumn(date) }, select: { id: true } });
    await audit(tx, actor, { action: "duty.signUp", entityType: "DutySignup", entityId: row.id, nodeId: slot.binPoint.nodeId, after: { slotId, date } });
    return row;
  });
}

export async function cancelSignup({ actor, signupId, today = dayKeyOf(new Date()) }: { actor: Actor; signupId: string; today?: DayKey }) {
  requireScope(actor, "duty.self");
  const personId = myPersonId(actor);
  return inTenant(actor, async (tx) => {
    const row = await tx.dutySignup.findFirst({ where: { id: signupId, tenantId: tenantOf(actor), personId }, select: { id: true, date: true, slotId: true } });
    if (!row) throw notFound();
    if (dayKeyOfDateColumn(row.date) < today) throw conflict("duty.errors.signupPast");
    await tx.dutySignup.delete({ where: { id: row.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "duty.cancelSignUp", entityType: "DutySignup", entityId: row.id, before: row });
    return { id: row.id };
  });
}
