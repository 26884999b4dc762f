import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { conflict, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { AREA_KINDS } from "../duty/reach";
import { memberAreaPaths } from "../duty/signups";
import { dateColumn, monthDays, type MonthKey } from "../duty/time";
import { sendNotifications } from "../notifications/notifications";
import { idsOnPath } from "../org/tree-rules";
import { readTenantSettings } from "../tenants/settings";
import { draftRedBlack } from "./draft-rule";

// 红黑榜: each month a draft per compound (or building) from the supervisors' ledgers by the tenant's rule, reviewed
// by staff (entries added or removed, model households added by hand), then published to the members living there.

const listSelect = {
  id: true,
  nodeId: true,
  month: true,
  status: true,
  rule: true,
  note: true,
  publishedAt: true,
  createdAt: true,
  node: { select: { id: true, name: true, path: true } },
  entries: { select: { id: true, side: true, label: true, rate: true, observed: true, reason: true, binPointId: true, householdId: true, sortOrder: true }, orderBy: [{ side: "asc" }, { sortOrder: "asc" }] },
} satisfies Prisma.RedBlackListSelect;

/** The subtree whose bin points a node's list ranks: the node if it is an area, else the area it sits in. */
async function areaPathOf(tx: Tx, tenantId: string, node: { path: string; kind: { code: string } }) {
  if (AREA_KINDS.includes(node.kind.code)) return node.path;
  const ancestors = await tx.orgNode.findMany({ where: { tenantId, id: { in: idsOnPath(node.path) } }, select: { path: true, depth: true, kind: { select: { code: true } } } });
  return ancestors.filter((a) => AREA_KINDS.includes(a.kind.code)).sort((a, b) => b.depth - a.depth)[0]?.path ?? node.path;
}

/** Draft (or redraft) a month's list for a node from the ledgers; entries added by hand are kept. */
export async function draftList({ actor, nodeId, month }: { actor: Actor; nodeId: string; month: MonthKey }) {
  const scope = requireScope(actor, "redlist.manage");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, archived: false, ...nodesIn(scope) }, select: { id: true, name: true, path: true, kind: { select: { code: true } } } });
    if (!node) throw notFound();
    const existing = await tx.redBlackList.findFirst({ where: { tenantId, nodeId: node.id, month }, select: { id: true, status: true } });
    if (existing?.status === "PUBLISHED") throw conflict("redlist.errors.published");
    const t = await tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } });
    const rule = readTenantSettings(t?.settings).redListRule;
    const area = await areaPathOf(tx, tenantId, node);
    const { first, last } = monthDays(month);
    const ledgers = await tx.supervisionLedger.groupBy({
      by: ["binPointId"],
      where: { tenantId, date: { gte: dateColumn(first), lte: dateColumn(last) }, binPoint: { node: { path: { startsWith: area } } } },
      _sum: { observed: true, correct: true },
    });
    const points = await tx.binPoint.findMany({ where: { tenantId, id: { in: ledgers.map((l) => l.binPointId) } }, select: { id: true, name: true, node: { select: { name: true } } } });
    const label = new Map(points.map((p) => [p.id, `${p.node.name} · ${p.name}`]));
    const drafted = draftRedBlack(
      ledgers.map((l) => ({ key: l.binPointId, label: label.get(l.binPointId) ?? l.binPointId, observed: l._sum.observed ?? 0, correct: l._sum.correct ?? 0 })),
      rule,
    );
    const list = existing
      ? await tx.redBlackList.update({ where: { id: existing.id, tenantId }, data: { rule }, select: { id: true } })
      : await tx.redBlackList.create({ data: { tenantId, nodeId: node.id, month, rule, createdById: actor.userId }, select: { id: true } });
    await tx.redBlackEntry.deleteMany({ where: { tenantId, listId: list.id, binPointId: { not: null } } });
    await tx.redBlackEntry.createMany({
      data: drafted.map((d) => ({ tenantId, listId: list.id, side: d.side, binPointId: d.key, label: d.label, rate: Math.round(d.rate * 1000), observed: d.observed, sortOrder: d.rank })),
    });
    await audit(tx, actor, { action: existing ? "redlist.redraft" : "redlist.draft", entityType: "RedBlackList", entityId: list.id, nodeId: node.id, after: { month, rule, entries: drafted.length } });
    return list;
  });
}

async function findDraft(tx: Tx, actor: Actor, listId: string) {
  const scope = requireScope(actor, "redlist.manage");
  const list = await tx.redBlackList.findFirst({ where: { id: listId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: { id: true, nodeId: true, status: true, month: true, node: { select: { name: true, path: true } } } });
  if (!list) throw notFound();
  if (list.status === "PUBLISHED") throw conflict("redlist.errors.published");
  return list;
}

/** A household put on the list by hand (a model household on the red list, a repeated offender on the black). */
export async function addHouseholdEntry({ actor, data }: { actor: Actor; data: { listId: string; side: "RED" | "BLACK"; householdId: string; reason: string | null } }) {
  return inTenant(actor, async (tx) => {
    const list = await findDraft(tx, actor, data.listId);
    const h = await tx.household.findFirst({ where: { id: data.householdId, tenantId: tenantOf(actor), node: { path: { startsWith: list.node.path } } }, select: { id: true, building: true, unit: true, room: true, headName: true } });
    if (!h) throw notFound();
    const label = [[h.building, h.unit, h.room].filter(Boolean).join(""), h.headName].filter(Boolean).join(" ");
    const row = await tx.redBlackEntry.create({ data: { tenantId: tenantOf(actor), listId: list.id, side: data.side, householdId: h.id, label, reason: data.reason, sortOrder: 100 }, select: { id: true } });
    await audit(tx, actor, { action: "redlist.addEntry", entityType: "RedBlackEntry", entityId: row.id, nodeId: list.nodeId, after: data });
    return row;
  });
}

export async function removeEntry({ actor, entryId }: { actor: Actor; entryId: string }) {
  const scope = requireScope(actor, "redlist.manage");
  return inTenant(actor, async (tx) => {
    const entry = await tx.redBlackEntry.findFirst({ where: { id: entryId, tenantId: tenantOf(actor), list: { node: nodesIn(scope) } }, select: { id: true, listId: true, label: true, side: true } });
    if (!entry) throw notFound();
    const list = await findDraft(tx, actor, entry.listId);
    await tx.redBlackEntry.delete({ where: { id: entry.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "redlist.removeEntry", entityType: "RedBlackEntry", entityId: entry.id, nodeId: list.nodeId, before: entry });
    return { id: entry.id };
  });
}

/** Published: visible to the members there, who get a notification (once, however often this runs). */
export async function publishList({ actor, listId }: { actor: Actor; listId: string }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const list = await findDraft(tx, actor, listId);
    await tx.redBlackList.update({ where: { id: list.id, tenantId }, data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: actor.userId } });
    const users = await tx.user.findMany({ where: { tenantId, disabled: false, person: { node: { path: { startsWith: list.node.path } } } }, select: { id: true } });
    await sendNotifications(
      tx,
      tenantId,
      users.map((u) => ({ userId: u.id, kind: "redlist.published", title: `${list.node.name} ${list.month} 垃圾分类红黑榜`, link: "/m/redlist", dedupeKey: `redlist:${list.id}` })),
    );
    await audit(tx, actor, { action: "redlist.publish", entityType: "RedBlackList", entityId: list.id, nodeId: list.nodeId, after: { month: list.month, notified: users.length } });
    return { id: list.id, notified: users.length };
  });
}

export async function listLists({ actor }: { actor: Actor }) {
  const scope = requireScope(actor, "ledger.read");
  return inTenant(actor, async (tx) => {
    const rows = await tx.redBlackList.findMany({ where: { tenantId: tenantOf(actor), node: nodesIn(scope) }, select: { ...listSelect, entries: { select: { side: true } } }, orderBy: [{ month: "desc" }, { node: { path: "asc" } }], take: 200 });
    const manage = scopeOf(actor, "redlist.manage");
    return rows.map((r) => ({ ...r, red: r.entries.filter((e) => e.side === "RED").length, black: r.entries.filter((e) => e.side === "BLACK").length, canManage: pathInScope(r.node.path, manage) }));
  });
}

export async function getList({ actor, listId }: { actor: Actor; listId: string }) {
  const scope = requireScope(actor, "ledger.read");
  return inTenant(actor, async (tx) => {
    const row = await tx.redBlackList.findFirst({ where: { id: listId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: listSelect });
    if (!row) throw notFound();
    return { ...row, canManage: row.status === "DRAFT" && pathInScope(row.node.path, scopeOf(actor, "redlist.manage")) };
  });
}

/** Published lists for the member: of the areas they live in (the list's node above or at their unit or area). */
export async function listPublishedForMe({ actor }: { actor: Actor }) {
  if (!actor.personId || !actor.tenantId) return [];
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const person = await tx.person.findFirst({ where: { id: actor.personId!, tenantId }, select: { node: { select: { path: true } } } });
    if (!person) return [];
    const areas = await memberAreaPaths(tx, tenantId, actor.personId!);
    const ids = [...new Set([...idsOnPath(person.node.path), ...areas.flatMap(idsOnPath)])];
    return tx.redBlackList.findMany({ where: { tenantId, status: "PUBLISHED", nodeId: { in: ids } }, select: listSelect, orderBy: { month: "desc" }, take: 12 });
  });
}

/** 示范户: mark (or unmark) a household as a model household. */
export async function setModelHousehold({ actor, householdId, on, note }: { actor: Actor; householdId: string; on: boolean; note: string | null }) {
  const scope = requireScope(actor, "redlist.manage");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const h = await tx.household.findFirst({ where: { id: householdId, tenantId, node: nodesIn(scope) }, select: { id: true, nodeId: true } });
    if (!h) throw notFound();
    if (on) {
      await tx.modelHousehold.upsert({ where: { tenantId_householdId: { tenantId, householdId: h.id } }, create: { tenantId, householdId: h.id, note, markedById: actor.userId }, update: { note } });
    } else await tx.modelHousehold.deleteMany({ where: { tenantId, householdId: h.id } });
    await audit(tx, actor, { action: on ? "modelHousehold.mark" : "modelHousehold.unmark", entityType: "ModelHousehold", entityId: h.id, nodeId: h.nodeId, after: { note } });
    return { householdId: h.id, on };
  });
}

export async function listModelHouseholds({ actor }: { actor: Actor }) {
  const scope = requireScope(actor, "ledger.read");
  return inTenant(actor, (tx) =>
    tx.modelHousehold.findMany({
      where: { tenantId: tenantOf(actor), household: { node: nodesIn(scope) } },
      select: { id: true, note: true, createdAt: true, household: { select: { id: true, building: true, unit: true, room: true, headName: true, node: { select: { name: true } } } } },
      orderBy: { createdAt: "desc" },
      take: 300,
    }),
  );
}
