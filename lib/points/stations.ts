import "server-only";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { conflict, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { memberAreaPaths } from "../duty/signups";
import { idsOnPath } from "../org/tree-rules";

// 积分兑换站: stations (a shop on exchange days), their goods with a point price and stock, and who runs them.

const stationSelect = {
  id: true,
  nodeId: true,
  name: true,
  address: true,
  openDays: true,
  openingNote: true,
  archived: true,
  node: { select: { id: true, name: true, path: true } },
} as const;

export async function findStation(tx: Tx, actor: Actor, stationId: string, permission: "station.operate" | "points.manage" | "points.read") {
  const scope = scopeOf(actor, permission);
  const row = await tx.exchangeStation.findFirst({ where: { id: stationId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: stationSelect });
  if (!row) throw notFound();
  return row;
}

export async function createStation({ actor, data }: { actor: Actor; data: { nodeId: string; name: string; address: string | null; openDays: number[]; openingNote: string | null } }) {
  const scope = requireScope(actor, "points.manage");
  return inTenant(actor, async (tx) => {
    const node = await tx.orgNode.findFirst({ where: { id: data.nodeId, tenantId: tenantOf(actor), archived: false, ...nodesIn(scope) }, select: { id: true } });
    if (!node) throw notFound();
    const row = await tx.exchangeStation.create({ data: { tenantId: tenantOf(actor), ...data, openDays: [...new Set(data.openDays)].sort() }, select: { id: true } });
    await audit(tx, actor, { action: "station.create", entityType: "ExchangeStation", entityId: row.id, nodeId: node.id, after: data });
    return row;
  });
}

/** Stations the actor operates or manages, with their goods. */
export async function listStations({ actor }: { actor: Actor }) {
  return inTenant(actor, async (tx) => {
    const operate = scopeOf(actor, "station.operate");
    const manage = scopeOf(actor, "points.manage");
    const paths = [...operate.paths, ...manage.paths];
    const rows = await tx.exchangeStation.findMany({
      where: { tenantId: tenantOf(actor), archived: false, node: nodesIn({ ...operate, paths }) },
      select: { ...stationSelect, goods: { where: { archived: false }, select: { id: true, name: true, unit: true, price: true, stock: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } },
      orderBy: { name: "asc" },
    });
    return rows.map((r) => ({ ...r, canOperate: pathInScope(r.node.path, operate), canManage: pathInScope(r.node.path, manage) }));
  });
}

export async function getStation({ actor, stationId }: { actor: Actor; stationId: string }) {
  return inTenant(actor, async (tx) => {
    let station;
    try {
      station = await findStation(tx, actor, stationId, "station.operate");
    } catch {
      station = await findStation(tx, actor, stationId, "points.manage");
    }
    const goods = await tx.exchangeGoods.findMany({ where: { tenantId: tenantOf(actor), stationId: station.id }, select: { id: true, name: true, unit: true, price: true, stock: true, archived: true }, orderBy: [{ archived: "asc" }, { sortOrder: "asc" }, { name: "asc" }] });
    // Operators: accounts holding the station-operator role on the station's node or above it.
    const operators = await tx.roleAssignment.findMany({
      where: { tenantId: tenantOf(actor), role: "STATION_OPERATOR", nodeId: { in: idsOnPath(station.node.path) } },
      select: { user: { select: { id: true, displayName: true } } },
    });
    return {
      ...station,
      goods,
      operators: operators.map((o) => o.user),
      canOperate: pathInScope(station.node.path, scopeOf(actor, "station.operate")),
      canManage: pathInScope(station.node.path, scopeOf(actor, "points.manage")),
    };
  });
}

export async function addGoods({ actor, data }: { actor: Actor; data: { stationId: string; name: string; unit: string | null; price: number; stock: number } }) {
  requireScope(actor, "points.manage");
  return inTenant(actor, async (tx) => {
    const station = await findStation(tx, actor, data.stationId, "points.manage");
    const row = await tx.exchangeGoods.create({ data: { tenantId: tenantOf(actor), stationId: station.id, nodeId: station.nodeId, name: data.name, unit: data.unit, price: data.price, stock: data.stock }, select: { id: true } });
    await audit(tx, actor, { action: "goods.create", entityType: "ExchangeGoods", entityId: row.id, nodeId: station.nodeId, after: data });
    return row;
  });
}

/** Stock in (positive) or a stock correction (negative, never below zero); operators and managers both. */
export async function restockGoods({ actor, goodsId, add }: { actor: Actor; goodsId: string; add: number }) {
  return inTenant(actor, async (tx) => {
    const operate = scopeOf(actor, "station.operate");
    const manage = scopeOf(actor, "points.manage");
    const goods = await tx.exchangeGoods.findFirst({ where: { id: goodsId, tenantId: tenantOf(actor), node: nodesIn({ ...operate, paths: [...operate.paths, ...manage.paths] }) }, select: { id: true, nodeId: true, stock: true, name: true } });
    if (!goods) throw notFound();
    const rows = await tx.$queryRaw<{ stock: number }[]>`
      UPDATE "ExchangeGoods" SET stock = stock + ${add}, "updatedAt" = now() WHERE id = ${goods.id} AND "tenantId" = ${tenantOf(actor)} AND stock + ${add} >= 0 RETURNING stock`;
    if (!rows.length) throw conflict("points.errors.stockBelowZero", { name: goods.name });
    await audit(tx, actor, { action: "goods.restock", entityType: "ExchangeGoods", entityId: goods.id, nodeId: goods.nodeId, before: { stock: goods.stock }, after: { stock: rows[0].stock, add } });
    return { id: goods.id, stock: rows[0].stock };
  });
}

export async function setGoodsArchived({ actor, goodsId, archived }: { actor: Actor; goodsId: string; archived: boolean }) {
  const scope = requireScope(actor, "points.manage");
  return inTenant(actor, async (tx) => {
    const goods = await tx.exchangeGoods.findFirst({ where: { id: goodsId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: { id: true, nodeId: true } });
    if (!goods) throw notFound();
    await tx.exchangeGoods.update({ where: { id: goods.id, tenantId: tenantOf(actor) }, data: { archived } });
    await audit(tx, actor, { action: archived ? "goods.archive" : "goods.restore", entityType: "ExchangeGoods", entityId: goods.id, nodeId: goods.nodeId });
    return { id: goods.id };
  });
}

/** The exchange catalogue a member sees: stations of the areas they live and serve in (or all, when none). */
export async function listMyCatalogue({ actor }: { actor: Actor }) {
  requireScope(actor, "points.self");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const areas = actor.personId ? await memberAreaPaths(tx, tenantId, actor.personId) : [];
    // A station sits on a community or compound: a member's area may be below it (a building) or above it.
    const near = areas.length
      ? { OR: areas.flatMap((p) => [{ node: { path: { startsWith: p } } }, { nodeId: { in: idsOnPath(p) } }]) }
      : {};
    const stations = await tx.exchangeStation.findMany({
      where: { tenantId, archived: false, ...near },
      select: { ...stationSelect, goods: { where: { archived: false }, select: { id: true, name: true, unit: true, price: true, stock: true }, orderBy: [{ sortOrder: "asc" }, { price: "asc" }] } },
      orderBy: { name: "asc" },
    });
    return stations;
  });
}
