import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { conflict, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { findNodeInScope } from "../org/read-nodes";
import { idsOnPath } from "../org/tree-rules";
import { readTenantSettings } from "../tenants/settings";
import { AREA_KINDS, binPointReach, binPointsIn } from "./reach";
import { BIN_TYPES } from "./schemas";
import { parseClock } from "./time";

export const binPointSelect = {
  id: true,
  nodeId: true,
  name: true,
  location: true,
  bins: true,
  chiefArea: true,
  qrToken: true,
  archived: true,
  node: { select: { id: true, name: true, path: true } },
  chief: { select: { id: true, name: true } },
  responsibleMember: { select: { id: true, name: true } },
  slots: { where: { archived: false }, select: { id: true, startMinute: true, endMinute: true, weekdays: true, capacity: true }, orderBy: { startMinute: "asc" } },
} satisfies Prisma.BinPointSelect;

export type BinPointRow = Prisma.BinPointGetPayload<{ select: typeof binPointSelect }>;
type BinCounts = Record<(typeof BIN_TYPES)[number], number>;

export const newToken = () => crypto.randomBytes(18).toString("base64url");

function binsOf(counts: BinCounts) {
  return BIN_TYPES.filter((t) => counts[t] > 0).map((type) => ({ type, count: counts[type] }));
}

/** A bin point within the actor's reach for `permission` (404 otherwise). Management needs the strict subtree. */
export async function findBinPointInReach(tx: Tx, actor: Actor, binPointId: string, permission: "duty.read" | "duty.manage" | "duty.self" | "ledger.record" | "ledger.read" | "duty.verify" = "duty.read") {
  const reach = permission === "duty.manage" ? scopeOf(actor, permission) : await binPointReach(tx, actor, permission);
  const row = await tx.binPoint.findFirst({ where: { id: binPointId, tenantId: tenantOf(actor), ...binPointsIn(reach) }, select: binPointSelect });
  if (!row) throw notFound();
  return row;
}

async function checkPeople(tx: Tx, actor: Actor, ids: (string | null)[]) {
  const wanted = ids.filter((x): x is string => !!x);
  if (!wanted.length) return;
  const scope = scopeOf(actor, "people.read");
  const found = await tx.person.count({ where: { tenantId: tenantOf(actor), id: { in: wanted }, leftAt: null, node: nodesIn(scope) } });
  if (found !== new Set(wanted).size) throw notFound();
}

type BinPointData = BinCounts & { name: string; location: string | null; chiefId: string | null; chiefArea: string | null; responsibleMemberId: string | null };

export async function createBinPoint({ actor, data }: { actor: Actor; data: BinPointData & { nodeId: string } }) {
  requireScope(actor, "duty.manage");
  return inTenant(actor, async (tx) => {
    const node = await findNodeInScope(tx, actor, data.nodeId);
    if (!pathInScope(node.path, scopeOf(actor, "duty.manage"))) throw notFound();
    if (!AREA_KINDS.includes(node.kind.code)) throw invalid("errors.validation", { nodeId: ["duty.validation.areaKind"] });
    if (node.archived) throw conflict("errors.parentArchived");
    await checkPeople(tx, actor, [data.chiefId, data.responsibleMemberId]);
    const tenant = await tx.tenant.findFirst({ where: { id: tenantOf(actor) }, select: { settings: true } });
    const slots = readTenantSettings(tenant?.settings).dutySlots;
    const row = await tx.binPoint.create({
      data: {
        tenantId: tenantOf(actor),
        nodeId: node.id,
        name: data.name,
        location: data.location,
        bins: binsOf(data),
        chiefId: data.chiefId,
        chiefArea: data.chiefArea,
        responsibleMemberId: data.responsibleMemberId,
        qrToken: newToken(),
        slots: { create: slots.map((s) => ({ startMinute: parseClock(s.start)!, endMinute: parseClock(s.end)! })) },
      },
    });
    await audit(tx, actor, { action: "binPoint.create", entityType: "BinPoint", entityId: row.id, nodeId: node.id, after: { ...data, qrToken: undefined } });
    return { id: row.id };
  });
}

export async function updateBinPoint({ actor, data }: { actor: Actor; data: BinPointData & { binPointId: string } }) {
  return inTenant(actor, async (tx) => {
    const before = await findBinPointInReach(tx, actor, data.binPointId, "duty.manage");
    await checkPeople(tx, actor, [data.chiefId, data.responsibleMemberId]);
    const after = await tx.binPoint.update({
      where: { id: before.id, tenantId: tenantOf(actor) },
      data: { name: data.name, location: data.location, bins: binsOf(data), chiefId: data.chiefId, chiefArea: data.chiefArea, responsibleMemberId: data.responsibleMemberId },
    });
    await audit(tx, actor, { action: "binPoint.update", entityType: "BinPoint", entityId: before.id, nodeId: before.nodeId, before: { ...before, qrToken: undefined }, after: { ...after, qrToken: undefined } });
    return { id: before.id };
  });
}

export async function setBinPointArchived({ actor, binPointId, archived }: { actor: Actor; binPointId: string; archived: boolean }) {
  return inTenant(actor, async (tx) => {
    const before = await findBinPointInReach(tx, actor, binPointId, "duty.manage");
    await tx.binPoint.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: { archived } });
    await audit(tx, actor, { action: archived ? "binPoint.archive" : "binPoint.restore", entityType: "BinPoint", entityId: before.id, nodeId: before.nodeId });
    return { id: before.id };
  });
}

/** A new QR code (the old printout stops working), e.g. after a code was copied and misused. */
export async function renewBinPointToken({ actor, binPointId }: { actor: Actor; binPointId: string }) {
  return inTenant(actor, async (tx) => {
    const before = await findBinPointInReach(tx, actor, binPointId, "duty.manage");
    await tx.binPoint.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: { qrToken: newToken() } });
    await audit(tx, actor, { action: "binPoint.renewQr", entityType: "BinPoint", entityId: before.id, nodeId: before.nodeId });
    return { id: before.id };
  });
}

export async function addSlot({ actor, data }: { actor: Actor; data: { binPointId: string; start: number; end: number; weekdays: number[]; capacity: number } }) {
  return inTenant(actor, async (tx) => {
    const bp = await findBinPointInReach(tx, actor, data.binPointId, "duty.manage");
    const weekdays = [...new Set(data.weekdays)].sort();
    const row = await tx.dutySlot.create({ data: { tenantId: tenantOf(actor), binPointId: bp.id, startMinute: data.start, endMinute: data.end, weekdays, capacity: data.capacity } });
    await audit(tx, actor, { action: "dutySlot.create", entityType: "DutySlot", entityId: row.id, nodeId: bp.nodeId, after: row });
    return { id: row.id };
  });
}

export async function archiveSlot({ actor, slotId }: { actor: Actor; slotId: string }) {
  return inTenant(actor, async (tx) => {
    const slot = await tx.dutySlot.findFirst({ where: { id: slotId, tenantId: tenantOf(actor), binPoint: binPointsIn(scopeOf(actor, "duty.manage")) }, select: { id: true, binPoint: { select: { nodeId: true } } } });
    if (!slot) throw notFound();
    await tx.dutySlot.update({ where: { id: slot.id, tenantId: tenantOf(actor) }, data: { archived: true } });
    await audit(tx, actor, { action: "dutySlot.archive", entityType: "DutySlot", entityId: slot.id, nodeId: slot.binPoint.nodeId });
    return { id: slot.id };
  });
}

export async function listBinPoints({ actor, nodeId, includeArchived = false, permission = "duty.read" }: { actor: Actor; nodeId?: string; includeArchived?: boolean; permission?: "duty.read" | "ledger.record" | "ledger.read" }) {
  requireScope(actor, permission);
  return inTenant(actor, async (tx) => {
    const reach = await binPointReach(tx, actor, permission);
    // The filter node must be in reach (its name is returned): an id from elsewhere answers 404.
    const node = nodeId ? await tx.orgNode.findFirst({ where: { id: nodeId, tenantId: tenantOf(actor), ...nodesIn(reach) }, select: { id: true, name: true, path: true } }) : null;
    if (nodeId && !node) throw notFound();
    const rows = await tx.binPoint.findMany({
      where: {
        tenantId: tenantOf(actor),
        ...(includeArchived ? {} : { archived: false }),
        // A unit's bin points: those below it, and those of the areas it sits in (a branch under its compound).
        AND: [binPointsIn(reach), ...(node ? [{ OR: [{ node: { path: { startsWith: node.path } } }, { nodeId: { in: idsOnPath(node.path) } }] }] : [])],
      },
      select: binPointSelect,
      orderBy: [{ node: { path: "asc" } }, { name: "asc" }],
    });
    const manage = scopeOf(actor, "duty.manage");
    return { node, rows: rows.map((r) => ({ ...r, canManage: pathInScope(r.node.path, manage) })) };
  });
}

export async function getBinPoint({ actor, binPointId }: { actor: Actor; binPointId: string }) {
  requireScope(actor, "duty.read");
  return inTenant(actor, async (tx) => {
    const row = await findBinPointInReach(tx, actor, binPointId, "duty.read");
    return { ...row, canManage: pathInScope(row.node.path, scopeOf(actor, "duty.manage")) };
  });
}

/** The bin point behind a scanned QR code, for anyone of the tenant signed in (the token is the proof of presence). */
export async function findBinPointByToken(tx: Tx, actor: Actor, token: string) {
  const row = await tx.binPoint.findFirst({ where: { qrToken: token, tenantId: tenantOf(actor), archived: false }, select: binPointSelect });
  if (!row) throw notFound();
  return row;
}
