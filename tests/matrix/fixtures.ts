// Fresh rows of the participation models for the matrix's targets, written with the owner connection (as the
// data layer would have left them; balances always equal the sum of their entries).
import crypto from "node:crypto";
import type { DoubleStatus, DutyStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import type { TestTenant } from "../factories/tenant";
import { freshLeaf, freshPerson, type World } from "./world";

const hex = (n = 3) => crypto.randomBytes(n).toString("hex");
const token = () => crypto.randomBytes(18).toString("base64url");
type T = TestTenant;

/** A party member on a node (duty roles and posts are listed for party members only). */
export async function freshMember(w: World, t: T, nodeId: string) {
  const p = await freshPerson(w, t, nodeId);
  return w.db.person.update({ where: { id: p.id }, data: { isPartyMember: true } });
}

export async function freshBinPoint(w: World, t: T, nodeId: string) {
  return w.db.binPoint.create({
    data: { tenantId: t.tenantId, nodeId, name: `投放点${hex()}`, qrToken: token(), slots: { create: [{ startMinute: 390, endMinute: 510 }] } },
    include: { slots: true },
  });
}

export async function freshDutyRecord(w: World, t: T, r: { personId: string; binPointId: string; status: DutyStatus; startAt: Date; minutes?: number }) {
  const minutes = r.status === "OPEN" ? null : (r.minutes ?? 60);
  return w.db.dutyRecord.create({
    data: {
      tenantId: t.tenantId,
      personId: r.personId,
      binPointId: r.binPointId,
      startAt: r.startAt,
      endAt: minutes ? new Date(r.startAt.getTime() + minutes * 60_000) : null,
      minutes,
      source: "RECORDED",
      status: r.status,
      recordedById: newId(),
    },
  });
}

/** A supervisor's day at a bin point (kept by somebody who is none of the matrix's actors). */
export async function freshLedger(w: World, t: T, bp: { id: string; slots: { id: string }[] }, date: Date) {
  return w.db.supervisionLedger.create({ data: { tenantId: t.tenantId, binPointId: bp.id, slotId: bp.slots[0].id, date, supervisorId: newId(), observed: 20, correct: 15, corrected: 3 } });
}

const posts = new WeakMap<World, Map<string, Promise<{ id: string }>>>();
/** The tenant's one duty post of the world (文明风尚岗). */
export function worldPost(w: World, t: T) {
  let m = posts.get(w);
  if (!m) posts.set(w, (m = new Map()));
  if (!m.has(t.tenantId)) m.set(t.tenantId, w.db.dutyPost.create({ data: { tenantId: t.tenantId, name: `文明风尚岗${hex()}` } }));
  return m.get(t.tenantId)!;
}

const rules = new WeakMap<World, Map<string, Promise<{ id: string }>>>();
/** The tenant's points rule the world's claims are made under. */
export function worldRule(w: World, t: T) {
  let m = rules.get(w);
  if (!m) rules.set(w, (m = new Map()));
  if (!m.has(t.tenantId)) m.set(t.tenantId, freshRule(w, t));
  return m.get(t.tenantId)!;
}

export function freshRule(w: World, t: T) {
  return w.db.pointsRule.create({ data: { tenantId: t.tenantId, category: "SORTING", name: `正确分类${hex()}`, points: 5 } });
}

export async function freshAccount(w: World, t: T, owner: { personId: string } | { cardId: string }, points = 0) {
  return w.db.pointsAccount.create({ data: { tenantId: t.tenantId, ...owner, points } });
}

/** An award booked on an account (the balance moves with it). */
export async function freshEntry(w: World, t: T, accountId: string, amount = 5) {
  const entry = await w.db.ledgerEntry.create({ data: { tenantId: t.tenantId, accountId, currency: "POINTS", amount, kind: "AWARD", sourceType: "Probe", sourceId: newId() } });
  await w.db.pointsAccount.update({ where: { id: accountId }, data: { points: { increment: amount } } });
  return entry;
}

let cardSeq = 0;
/** A card with a number of its own ("MX-000042"; unique in the tenant, as issued cards are). */
export async function freshCard(w: World, t: T, household: { id: string; nodeId: string; headName: string }) {
  const number = `MX-${String(++cardSeq).padStart(6, "0")}`;
  const card = await w.db.pointsCard.create({ data: { tenantId: t.tenantId, number, householdId: household.id, nodeId: household.nodeId, holderName: household.headName, qrToken: token(), issuedById: newId() } });
  await freshAccount(w, t, { cardId: card.id });
  return card;
}

export async function freshStation(w: World, t: T, nodeId: string) {
  return w.db.exchangeStation.create({ data: { tenantId: t.tenantId, nodeId, name: `兑换站${hex()}` } });
}

export async function freshGoods(w: World, t: T, station: { id: string; nodeId: string }, stock = 5) {
  return w.db.exchangeGoods.create({ data: { tenantId: t.tenantId, stationId: station.id, nodeId: station.nodeId, name: `洗衣液${hex()}`, unit: "瓶", price: 1, stock } });
}

/** A completed exchange of one goods at a station for a person (the account paid for it). */
export async function freshExchange(w: World, t: T, stationNodeId: string, personId: string) {
  const station = await freshStation(w, t, stationNodeId);
  const goods = await freshGoods(w, t, station);
  const account = await freshAccount(w, t, { personId }, 0);
  return w.db.exchange.create({
    data: { tenantId: t.tenantId, stationId: station.id, nodeId: stationNodeId, accountId: account.id, currency: "POINTS", total: 1, receiptNo: `DH-MX-${hex(5)}`, operatorId: newId(), lines: { create: [{ goodsId: goods.id, quantity: 1, price: 1 }] } },
    include: { lines: true },
  });
}

export async function freshRegistration(w: World, t: T, r: { unitNodeId: string; communityNodeId: string; status: DoubleStatus }) {
  const person = await freshPerson(w, t, r.unitNodeId);
  const reg = await w.db.doubleRegistration.create({
    data: { tenantId: t.tenantId, kind: "MEMBER", unitNodeId: r.unitNodeId, personId: person.id, communityNodeId: r.communityNodeId, status: r.status, registeredById: newId() },
  });
  return { reg, person };
}

let monthSeq = 0;
/** A month of its own for each list made per actor (a node has one list a month); far below the shared ones. */
export function nextMonth() {
  const n = monthSeq++;
  return `${1901 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

export async function freshList(w: World, t: T, nodeId: string, month: string, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  return w.db.redBlackList.create({ data: { tenantId: t.tenantId, nodeId, month, status, rule: { topN: 3, bottomN: 3, minObserved: 20 }, createdById: newId() } });
}

export async function freshListEntry(w: World, t: T, listId: string) {
  return w.db.redBlackEntry.create({ data: { tenantId: t.tenantId, listId, side: "RED", label: `示范点${hex()}`, rate: 950, observed: 40 } });
}

const groups = new WeakMap<World, Promise<{ a: NodeRef; b: NodeRef; other: NodeRef }>>();
type NodeRef = { id: string; path: string };
/**
 * Party groups (党小组) the world's links start from: one under the branch of a1c, one under a branch of b1c, one
 * in the other tenant.
 */
export function worldGroups(w: World) {
  if (!groups.has(w)) {
    groups.set(
      w,
      (async () => {
        const a = await freshLeaf(w, w.own, w.own.nodes.a1b);
        const branchB = await freshLeaf(w, w.own, w.own.nodes.b1c);
        const b = await freshLeaf(w, w.own, { ...branchB, kindCode: "party_branch" });
        const other = await freshLeaf(w, w.other, w.other.nodes.a1b);
        return { a, b, other };
      })(),
    );
  }
  return groups.get(w)!;
}
