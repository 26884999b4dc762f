import "server-only";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { conflict, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { newToken } from "../duty/bin-points";
import type { Permission } from "../access/permissions";
import { readTenantSettings } from "../tenants/settings";
import { accountFor } from "./ledger";

/** "JH" from the tenant setting, else from the tenant's code ("jianghai" → "JI"). */
export function cardPrefixOf(setting: string, tenantCode: string): string {
  if (setting) return setting;
  const letters = tenantCode.replace(/[^a-z]/gi, "").toUpperCase();
  return letters.slice(0, 2) || "PC";
}

export function formatCardNumber(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(6, "0")}`;
}

/** Issue a points card to a household (residents without an account): a number and a QR token. */
export async function issueCard({ actor, householdId, holderName }: { actor: Actor; householdId: string; holderName: string | null }) {
  const scope = requireScope(actor, "points.cards");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const household = await tx.household.findFirst({ where: { id: householdId, tenantId, node: nodesIn(scope) }, select: { id: true, nodeId: true, headName: true } });
    if (!household) throw notFound();
    const active = await tx.pointsCard.findFirst({ where: { tenantId, householdId: household.id, status: "ACTIVE" }, select: { number: true } });
    if (active) throw conflict("points.errors.cardExists", { number: active.number });
    // Numbers run per tenant; one issuer at a time takes the next.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`cards:${tenantId}`}))`;
    const tenant = await tx.tenant.findFirst({ where: { id: tenantId }, select: { code: true, settings: true } });
    const prefix = cardPrefixOf(readTenantSettings(tenant?.settings).cardPrefix, tenant?.code ?? "");
    const [{ max }] = await tx.$queryRaw<{ max: number | null }[]>`
      SELECT max(substring(number from '[0-9]+$')::int) AS max FROM "PointsCard" WHERE "tenantId" = ${tenantId}`;
    const card = await tx.pointsCard.create({
      data: { tenantId, number: formatCardNumber(prefix, (max ?? 0) + 1), householdId: household.id, nodeId: household.nodeId, holderName: holderName ?? household.headName, qrToken: newToken(), issuedById: actor.userId },
      select: { id: true, number: true },
    });
    await accountFor(tx, tenantId, { cardId: card.id });
    await audit(tx, actor, { action: "pointsCard.issue", entityType: "PointsCard", entityId: card.id, nodeId: household.nodeId, after: { number: card.number, householdId } });
    return card;
  });
}

export async function revokeCard({ actor, cardId }: { actor: Actor; cardId: string }) {
  const scope = requireScope(actor, "points.cards");
  return inTenant(actor, async (tx) => {
    const card = await tx.pointsCard.findFirst({ where: { id: cardId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: { id: true, nodeId: true, status: true } });
    if (!card) throw notFound();
    await tx.pointsCard.update({ where: { id: card.id, tenantId: tenantOf(actor) }, data: { status: "REVOKED" } });
    await audit(tx, actor, { action: "pointsCard.revoke", entityType: "PointsCard", entityId: card.id, nodeId: card.nodeId });
    return { id: card.id };
  });
}

/**
 * An active card found by its QR token or printed number, inside the actor's scope for `permission`. Unknown,
 * revoked and foreign cards all answer the same: not found.
 */
export async function findCard(tx: Tx, actor: Actor, permission: Permission, by: { token?: string; number?: string }) {
  const scope = scopeOf(actor, permission);
  const where = by.token ? { qrToken: by.token } : { number: (by.number ?? "").trim().toUpperCase() };
  const card = await tx.pointsCard.findFirst({
    where: { ...where, tenantId: tenantOf(actor), status: "ACTIVE", node: nodesIn(scope) },
    select: { id: true, number: true, holderName: true, nodeId: true, household: { select: { id: true, building: true, unit: true, room: true, headName: true } }, account: { select: { id: true, points: true, minutes: true } } },
  });
  if (!card) throw notFound();
  return card;
}

/** A card as the award and exchange pages show it (holder, address, balance). */
export async function getCard({ actor, token, number, permission }: { actor: Actor; token?: string; number?: string; permission: Permission }) {
  requireScope(actor, permission);
  return inTenant(actor, (tx) => findCard(tx, actor, permission, { token, number }));
}

export async function listCards({ actor, nodeId, q = "", page = 1, pageSize = 30 }: { actor: Actor; nodeId?: string; q?: string; page?: number; pageSize?: number }) {
  const scope = requireScope(actor, "points.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = nodeId ? await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(scope) }, select: { path: true } }) : null;
    if (nodeId && !node) throw notFound();
    const where = {
      tenantId,
      AND: [
        { node: nodesIn(scope) },
        ...(node ? [{ node: { path: { startsWith: node.path } } }] : []),
        ...(q ? [{ OR: [{ number: { contains: q.toUpperCase() } }, { holderName: { contains: q } }] }] : []),
      ],
    };
    const [rows, total] = await inOrder([
      () => tx.pointsCard.findMany({
        where,
        select: { id: true, number: true, holderName: true, status: true, qrToken: true, createdAt: true, node: { select: { name: true } }, household: { select: { building: true, unit: true, room: true } }, account: { select: { id: true, points: true, minutes: true } } },
        orderBy: { number: "asc" },
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      () => tx.pointsCard.count({ where }),
    ]);
    return { rows, total, page, pageSize };
  });
}

/** For printing: the card with its QR token (points.cards only). */
export async function getCardForPrint({ actor, cardId }: { actor: Actor; cardId: string }) {
  const scope = requireScope(actor, "points.cards");
  return inTenant(actor, async (tx) => {
    const card = await tx.pointsCard.findFirst({
      where: { id: cardId, tenantId: tenantOf(actor), node: nodesIn(scope) },
      select: { id: true, number: true, holderName: true, qrToken: true, status: true, node: { select: { name: true } }, household: { select: { building: true, unit: true, room: true } } },
    });
    if (!card) throw notFound();
    const tenant = await tx.tenant.findFirst({ where: { id: tenantOf(actor) }, select: { name: true } });
    return { ...card, tenantName: tenant?.name ?? "" };
  });
}
