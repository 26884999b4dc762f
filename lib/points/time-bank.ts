import "server-only";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant, inTenantId } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { depositMinutes } from "./ledger";

// 志愿服务银行: verified service time is deposited as minutes (a second currency of the same ledger) and spent on
// the tenant's offers. Duty records deposit when verified, visits when logged; activities through the function
// below, which the campaigns' attendance calls.

/**
 * Deposit an activity's attendance (idempotent per person and activity: calling again books nothing). For the
 * campaigns feature, which runs it when attendance is confirmed.
 */
export async function depositActivityHours({ tenantId, personId, activityId, minutes, createdById = null }: { tenantId: string; personId: string; activityId: string; minutes: number; createdById?: string | null }) {
  const [booked] = await depositActivityHoursMany({ tenantId, items: [{ personId, activityId, minutes }], createdById });
  return booked;
}

/**
 * Several attendances of one tenant in one transaction (the sweep's chunks): each booked at most once, as above.
 * Deposits never fail on a balance, so one transaction for the lot is safe; in order, one booking or null each.
 */
export async function depositActivityHoursMany({ tenantId, items, createdById = null }: { tenantId: string; items: { personId: string; activityId: string; minutes: number }[]; createdById?: string | null }) {
  return inTenantId(tenantId, async (tx) => {
    const booked: Awaited<ReturnType<typeof depositMinutes>>[] = [];
    for (const { personId, activityId, minutes } of items) {
      booked.push(await depositMinutes(tx, { tenantId, personId, minutes, sourceType: "Activity", sourceId: `${activityId}:${personId}`, createdById, memo: null }));
    }
    return booked;
  });
}

export async function listOffers({ actor }: { actor: Actor }) {
  return inTenant(actor, async (tx) => {
    const rows = await tx.exchangeGoods.findMany({
      where: { tenantId: tenantOf(actor), stationId: null, currency: "MINUTES", archived: false },
      select: { id: true, kind: true, name: true, price: true, stock: true, node: { select: { name: true, path: true } } },
      orderBy: [{ kind: "asc" }, { price: "asc" }],
    });
    const manage = scopeOf(actor, "points.manage");
    return rows.map((r) => ({ ...r, canManage: pathInScope(r.node.path, manage) }));
  });
}

export async function createOffer({ actor, data }: { actor: Actor; data: { nodeId: string; kind: "GIFT" | "VOUCHER" | "TRAINING"; name: string; hours: number; stock: number } }) {
  const scope = requireScope(actor, "points.manage");
  return inTenant(actor, async (tx) => {
    const node = await tx.orgNode.findFirst({ where: { id: data.nodeId, tenantId: tenantOf(actor), ...nodesIn(scope) }, select: { id: true } });
    if (!node) throw notFound();
    const row = await tx.exchangeGoods.create({
      data: { tenantId: tenantOf(actor), stationId: null, nodeId: node.id, kind: data.kind, currency: "MINUTES", name: data.name, price: Math.round(data.hours * 60), stock: data.stock },
      select: { id: true },
    });
    await audit(tx, actor, { action: "offer.create", entityType: "ExchangeGoods", entityId: row.id, nodeId: node.id, after: data });
    return row;
  });
}

/** Deposits and redemptions of the time bank in the actor's scope, newest first. */
export async function listTimeBankMovements({ actor, take = 100 }: { actor: Actor; take?: number }) {
  const scope = requireScope(actor, "points.read");
  return inTenant(actor, (tx) =>
    tx.ledgerEntry.findMany({
      where: { tenantId: tenantOf(actor), currency: "MINUTES", account: { person: { node: nodesIn(scope) } } },
      select: { id: true, amount: true, kind: true, sourceType: true, memo: true, createdAt: true, account: { select: { id: true, person: { select: { name: true, node: { select: { name: true } } } } } } },
      orderBy: { createdAt: "desc" },
      take,
    }),
  );
}
