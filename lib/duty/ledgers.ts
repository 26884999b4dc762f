import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { conflict, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { idsOnPath } from "../org/tree-rules";
import { attachPhotos } from "./attach-photos";
import { findBinPointInReach } from "./bin-points";
import { disposalRate, ratesBy } from "./disposal-rate";
import { binPointReach, binPointsIn } from "./reach";
import { addDays, dateColumn, dayKeyOf, dayKeyOfDateColumn, type DayKey } from "./time";

/** A supervisor may fill in or correct the ledger of the last few days, never a future one. */
export const LEDGER_DAYS_BACK = 7;

export type LedgerInput = {
  binPointId: string;
  slotId: string;
  date: DayKey;
  observed: number;
  correct: number;
  corrected: number;
  remarks: string | null;
  photosBefore: string[];
  photosAfter: string[];
};

const ledgerSelect = {
  id: true,
  binPointId: true,
  slotId: true,
  date: true,
  supervisorId: true,
  observed: true,
  correct: true,
  corrected: true,
  remarks: true,
  photosBefore: true,
  photosAfter: true,
  score: true,
  ratingComment: true,
  ratedAt: true,
  updatedAt: true,
  binPoint: { select: { id: true, name: true, nodeId: true, node: { select: { name: true, path: true } } } },
  slot: { select: { startMinute: true, endMinute: true } },
} satisfies Prisma.SupervisionLedgerSelect;

/** The daily ledger of one bin point and slot: one per day, kept by the supervisor who opened it until rated. */
export async function saveLedger({ actor, data, today = dayKeyOf(new Date()) }: { actor: Actor; data: LedgerInput; today?: DayKey }) {
  requireScope(actor, "ledger.record");
  if (data.correct > data.observed || data.correct + data.corrected > data.observed) {
    throw invalid("errors.validation", { corrected: ["ledgers.validation.correctedAboveWrong"] });
  }
  if (data.date > today || data.date < addDays(today, -LEDGER_DAYS_BACK)) throw invalid("errors.validation", { date: ["ledgers.validation.dateWindow"] }, { days: LEDGER_DAYS_BACK });
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const bp = await findBinPointInReach(tx, actor, data.binPointId, "ledger.record");
    const slot = await tx.dutySlot.findFirst({ where: { id: data.slotId, tenantId, binPointId: bp.id }, select: { id: true } });
    if (!slot) throw notFound();
    const date = dateColumn(data.date);
    const existing = await tx.supervisionLedger.findFirst({ where: { tenantId, binPointId: bp.id, slotId: slot.id, date }, select: { id: true, supervisorId: true, ratedAt: true } });
    if (existing && existing.supervisorId !== actor.userId) throw conflict("ledgers.errors.keptByAnother");
    if (existing?.ratedAt) throw conflict("ledgers.errors.alreadyRated");
    const photosBefore = await attachPhotos(tx, actor, data.photosBefore, bp.nodeId, "photosBefore");
    const photosAfter = await attachPhotos(tx, actor, data.photosAfter, bp.nodeId, "photosAfter");
    const fields = { observed: data.observed, correct: data.correct, corrected: data.corrected, remarks: data.remarks, photosBefore, photosAfter };
    const row = existing
      ? await tx.supervisionLedger.update({ where: { id: existing.id, tenantId }, data: fields, select: { id: true } })
      : await tx.supervisionLedger.create({ data: { tenantId, binPointId: bp.id, slotId: slot.id, date, supervisorId: actor.userId, ...fields }, select: { id: true } });
    await audit(tx, actor, { action: existing ? "ledger.update" : "ledger.create", entityType: "SupervisionLedger", entityId: row.id, nodeId: bp.nodeId, after: { ...data } });
    return row;
  });
}

/** The community rates a supervisor's day (score 0–100 and a comment); a rated day is closed. */
export async function rateLedger({ actor, ledgerId, score, comment }: { actor: Actor; ledgerId: string; score: number; comment: string | null }) {
  const scope = requireScope(actor, "duty.manage");
  return inTenant(actor, async (tx) => {
    const row = await tx.supervisionLedger.findFirst({ where: { id: ledgerId, tenantId: tenantOf(actor), binPoint: binPointsIn(scope) }, select: ledgerSelect });
    if (!row) throw notFound();
    if (row.supervisorId === actor.userId) throw conflict("ledgers.errors.ownDay");
    await tx.supervisionLedger.update({ where: { id: row.id, tenantId: tenantOf(actor) }, data: { score, ratingComment: comment, ratedById: actor.userId, ratedAt: new Date() } });
    await audit(tx, actor, { action: "ledger.rate", entityType: "SupervisionLedger", entityId: row.id, nodeId: row.binPoint.nodeId, before: { score: row.score }, after: { score, comment } });
    return { id: row.id };
  });
}

/** Ledgers in the actor's reach over a range of days, newest first, with each supervisor's name. */
export async function listLedgers({ actor, from, to, nodeId, binPointId, mine = false, take = 500 }: { actor: Actor; from: DayKey; to: DayKey; nodeId?: string; binPointId?: string; mine?: boolean; take?: number }) {
  requireScope(actor, mine ? "ledger.record" : "ledger.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const reach = await binPointReach(tx, actor, mine ? "ledger.record" : "ledger.read");
    const node = nodeId ? await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(reach) }, select: { path: true } }) : null;
    if (nodeId && !node) throw notFound();
    const rows = await tx.supervisionLedger.findMany({
      where: {
        tenantId,
        date: { gte: dateColumn(from), lte: dateColumn(to) },
        ...(binPointId ? { binPointId } : {}),
        ...(mine ? { supervisorId: actor.userId } : {}),
        AND: [{ binPoint: binPointsIn(reach) }, ...(node ? [{ binPoint: { node: { path: { startsWith: node.path } } } }] : [])],
      },
      select: ledgerSelect,
      orderBy: [{ date: "desc" }, { binPoint: { name: "asc" } }],
      take,
    });
    const users = await tx.user.findMany({ where: { tenantId, id: { in: [...new Set(rows.map((r) => r.supervisorId))] } }, select: { id: true, displayName: true } });
    const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
    const manage = scopeOf(actor, "duty.manage");
    return rows.map((r) => ({
      ...r,
      date: dayKeyOfDateColumn(r.date),
      supervisorName: nameOf.get(r.supervisorId) ?? "—",
      canRate: pathInScope(r.binPoint.node.path, manage) && r.supervisorId !== actor.userId && !r.ratedAt,
    }));
  });
}

/**
 * 正确投放率 over a range for a node: overall, and per bin point, per area (the bin point's compound or village) and
 * per community above it.
 */
export async function getDisposalRates({ actor, nodeId, from, to }: { actor: Actor; nodeId: string; from: DayKey; to: DayKey }) {
  requireScope(actor, "ledger.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const reach = await binPointReach(tx, actor, "ledger.read");
    // The node must be inside the reach (an area the reach covers entirely).
    const node = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(reach) }, select: { id: true, name: true, path: true } });
    if (!node) throw notFound();
    const ledgers = await tx.supervisionLedger.findMany({
      where: { tenantId, date: { gte: dateColumn(from), lte: dateColumn(to) }, binPoint: { node: { path: { startsWith: node.path } } } },
      select: { observed: true, correct: true, corrected: true, binPoint: { select: { id: true, name: true, node: { select: { id: true, name: true, path: true } } } } },
    });
    const ancestorIds = [...new Set(ledgers.flatMap((l) => idsOnPath(l.binPoint.node.path)))];
    const ancestors = await tx.orgNode.findMany({ where: { tenantId, id: { in: ancestorIds } }, select: { id: true, name: true, kind: { select: { code: true } } } });
    const communityOf = (path: string) => {
      const ids = idsOnPath(path);
      return [...ancestors].filter((a) => ids.includes(a.id) && a.kind.code === "community").map((a) => a.id)[0] ?? null;
    };
    const label = new Map<string, string>([...ancestors.map((a) => [a.id, a.name] as const), ...ledgers.map((l) => [l.binPoint.id, l.binPoint.name] as const)]);
    const rows = ledgers.map((l) => ({ observed: l.observed, correct: l.correct, corrected: l.corrected, binPointId: l.binPoint.id, areaId: l.binPoint.node.id, communityId: communityOf(l.binPoint.node.path) }));
    const table = (m: Map<string, ReturnType<typeof disposalRate>>) => [...m].map(([id, r]) => ({ id, name: label.get(id) ?? id, ...r })).sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
    return {
      node,
      from,
      to,
      overall: disposalRate(rows),
      byBinPoint: table(ratesBy(rows, (r) => r.binPointId)),
      byArea: table(ratesBy(rows, (r) => r.areaId)),
      byCommunity: table(ratesBy(rows, (r) => r.communityId)),
    };
  });
}
