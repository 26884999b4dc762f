import "server-only";
import crypto from "node:crypto";
import type { Currency } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { conflict, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { dayKeyOf, monthRange, type MonthKey } from "../duty/time";
import { newId } from "../ids";
import { findCard } from "./cards";
import { accountFor, book } from "./ledger";
import { findStation } from "./stations";

export type ExchangeLineInput = { goodsId: string; quantity: number };

function receiptNumber(now: Date): string {
  return `DH${dayKeyOf(now).replaceAll("-", "")}-${crypto.randomBytes(3).toString("hex").toUpperCase()}`;
}

/**
 * Balance and stock go down in one transaction, or nothing happens. Each goods row is decremented with a
 * conditional UPDATE (stock >= quantity) and the account with another (balance >= total): PostgreSQL's row locks
 * make a concurrent exchange wait and then re-check, so the last item goes to exactly one of them and no balance is
 * overdrawn. Goods are touched in id order, so two baskets never wait on each other in a circle.
 */
async function exchangeTx(
  tx: Tx,
  actor: Actor,
  x: { accountId: string; stationId: string | null; nodeId: string; currency: Currency; lines: ExchangeLineInput[]; holder: string },
) {
  const tenantId = tenantOf(actor);
  const merged = new Map<string, number>();
  for (const l of x.lines) merged.set(l.goodsId, (merged.get(l.goodsId) ?? 0) + l.quantity);
  const ids = [...merged.keys()].sort();
  const goods = await tx.exchangeGoods.findMany({
    where: { tenantId, id: { in: ids }, stationId: x.stationId, currency: x.currency, archived: false },
    select: { id: true, name: true, unit: true, price: true },
  });
  if (goods.length !== ids.length) throw invalid("errors.validation", { lines: ["points.validation.goodsUnknown"] });
  const byId = new Map(goods.map((g) => [g.id, g]));
  let total = 0;
  for (const id of ids) {
    const g = byId.get(id)!;
    const q = merged.get(id)!;
    const left = await tx.$queryRaw<{ stock: number }[]>`
      UPDATE "ExchangeGoods" SET stock = stock - ${q}, "updatedAt" = now()
      WHERE id = ${id} AND "tenantId" = ${tenantId} AND stock >= ${q} AND NOT archived RETURNING stock`;
    if (!left.length) throw conflict("points.errors.outOfStock", { name: g.name });
    total += g.price * q;
  }
  const now = new Date();
  const exchange = await tx.exchange.create({
    data: {
      id: newId(),
      tenantId,
      stationId: x.stationId,
      nodeId: x.nodeId,
      accountId: x.accountId,
      currency: x.currency,
      total,
      receiptNo: receiptNumber(now),
      operatorId: actor.userId,
      lines: { create: ids.map((id) => ({ goodsId: id, quantity: merged.get(id)!, price: byId.get(id)!.price })) },
    },
    select: { id: true, receiptNo: true, createdAt: true },
  });
  const booked = await book(
    tx,
    { tenantId, accountId: x.accountId, currency: x.currency, amount: -total, kind: "EXCHANGE", sourceType: "Exchange", sourceId: exchange.id, createdById: actor.userId, memo: exchange.receiptNo },
    { cover: true },
  );
  await audit(tx, actor, { action: "exchange.complete", entityType: "Exchange", entityId: exchange.id, nodeId: x.nodeId, after: { receiptNo: exchange.receiptNo, total, currency: x.currency, lines: x.lines } });
  return {
    id: exchange.id,
    receiptNo: exchange.receiptNo,
    createdAt: exchange.createdAt,
    currency: x.currency,
    total,
    balanceAfter: booked!.balance,
    holder: x.holder,
    lines: ids.map((id) => ({ name: byId.get(id)!.name, unit: byId.get(id)!.unit, quantity: merged.get(id)!, price: byId.get(id)!.price })),
  };
}

/** An operator's exchange at a station for a card (scanned or typed) or a member found by name. */
export async function performExchange({ actor, data }: { actor: Actor; data: { stationId: string; cardToken?: string; cardNumber?: string; personId?: string; lines: ExchangeLineInput[] } }) {
  requireScope(actor, "station.operate");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const station = await findStation(tx, actor, data.stationId, "station.operate");
    let accountId: string;
    let holder: string;
    if (data.personId) {
      const person = await tx.person.findFirst({ where: { id: data.personId, tenantId, leftAt: null, node: nodesIn(scopeOf(actor, "station.operate")) }, select: { id: true, name: true } });
      if (!person) throw notFound();
      accountId = (await accountFor(tx, tenantId, { personId: person.id })).id;
      holder = person.name;
    } else {
      const card = await findCard(tx, actor, "station.operate", { token: data.cardToken, number: data.cardNumber });
      accountId = card.account?.id ?? (await accountFor(tx, tenantId, { cardId: card.id })).id;
      holder = `${card.number} ${card.holderName}`;
    }
    return exchangeTx(tx, actor, { accountId, stationId: station.id, nodeId: station.nodeId, currency: "POINTS", lines: data.lines, holder });
  });
}

/** A member spends banked volunteer hours on an offer of the time bank (gift, voucher, training place). */
export async function redeemOffer({ actor, goodsId }: { actor: Actor; goodsId: string }) {
  requireScope(actor, "points.self");
  if (!actor.personId) throw notFound();
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const offer = await tx.exchangeGoods.findFirst({ where: { id: goodsId, tenantId, stationId: null, currency: "MINUTES", archived: false }, select: { id: true, nodeId: true } });
    if (!offer) throw notFound();
    const person = await tx.person.findFirst({ where: { id: actor.personId!, tenantId }, select: { id: true, name: true } });
    if (!person) throw notFound();
    const account = await accountFor(tx, tenantId, { personId: person.id });
    return exchangeTx(tx, actor, { accountId: account.id, stationId: null, nodeId: offer.nodeId, currency: "MINUTES", lines: [{ goodsId: offer.id, quantity: 1 }], holder: person.name });
  });
}

const receiptSelect = {
  id: true,
  receiptNo: true,
  createdAt: true,
  currency: true,
  total: true,
  operatorId: true,
  station: { select: { name: true } },
  account: { select: { person: { select: { name: true } }, card: { select: { number: true, holderName: true } } } },
  lines: { select: { quantity: true, price: true, goods: { select: { name: true, unit: true } } } },
} as const;

export async function getReceipt({ actor, exchangeId }: { actor: Actor; exchangeId: string }) {
  return inTenant(actor, async (tx) => {
    const operate = scopeOf(actor, "station.operate");
    const read = scopeOf(actor, "points.read");
    const row = await tx.exchange.findFirst({
      where: {
        id: exchangeId,
        tenantId: tenantOf(actor),
        OR: [{ node: nodesIn({ ...operate, paths: [...operate.paths, ...read.paths] }) }, ...(actor.personId ? [{ account: { personId: actor.personId } }] : [])],
      },
      select: receiptSelect,
    });
    if (!row) throw notFound();
    return row;
  });
}

/** Exchanges of a station in a month, newest first. */
export async function listStationExchanges({ actor, stationId, month }: { actor: Actor; stationId: string; month: MonthKey }) {
  requireScope(actor, "station.operate");
  return inTenant(actor, async (tx) => {
    const station = await findStation(tx, actor, stationId, "station.operate");
    const { start, end } = monthRange(month);
    return tx.exchange.findMany({ where: { tenantId: tenantOf(actor), stationId: station.id, createdAt: { gte: start, lt: end } }, select: receiptSelect, orderBy: { createdAt: "desc" }, take: 500 });
  });
}

/** A member's own exchanges (points and hours). */
export async function listMyExchanges({ actor }: { actor: Actor }) {
  requireScope(actor, "points.self");
  if (!actor.personId) return [];
  return inTenant(actor, (tx) => tx.exchange.findMany({ where: { tenantId: tenantOf(actor), account: { personId: actor.personId! } }, select: receiptSelect, orderBy: { createdAt: "desc" }, take: 50 }));
}

/** People an operator may serve, found by name, with their points (for members without a card). */
export async function findHolders({ actor, q }: { actor: Actor; q: string }) {
  const scope = requireScope(actor, "station.operate");
  if (!q.trim()) return [];
  return inTenant(actor, async (tx) => {
    const rows = await tx.person.findMany({
      where: { tenantId: tenantOf(actor), leftAt: null, name: { contains: q.trim() }, node: nodesIn(scope) },
      select: { id: true, name: true, node: { select: { name: true } }, pointsAccount: { select: { points: true } } },
      take: 10,
      orderBy: { name: "asc" },
    });
    return rows.map((r) => ({ id: r.id, name: r.name, unit: r.node.name, points: r.pointsAccount?.points ?? 0 }));
  });
}
