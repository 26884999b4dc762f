import "server-only";
import type { CapPeriod, PointsAudience, PointsCategory } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";

// The tenant's points rulebook: one for the whole tenant, written by its administrators (points.manage at the
// root of the tree), read by everyone who earns or reviews points.

type RuleData = { category: PointsCategory; name: string; description: string | null; points: number; audience: PointsAudience; cap: number | null; capPeriod: CapPeriod | null };

async function requireTenantRoot(actor: Actor) {
  const scope = requireScope(actor, "points.manage");
  // The rulebook belongs to whoever manages points at the root of the tenant's tree.
  const rootOnly = scope.paths.some((p) => p.split("/").filter(Boolean).length === 1);
  if (!rootOnly) throw notFound();
}

export async function listRules({ actor, includeArchived = false }: { actor: Actor; includeArchived?: boolean }) {
  return inTenant(actor, (tx) =>
    tx.pointsRule.findMany({
      where: { tenantId: tenantOf(actor), ...(includeArchived ? {} : { archived: false }) },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { points: "desc" }, { name: "asc" }],
    }),
  );
}

export async function createRule({ actor, data }: { actor: Actor; data: RuleData }) {
  await requireTenantRoot(actor);
  return inTenant(actor, async (tx) => {
    const row = await tx.pointsRule.create({ data: { tenantId: tenantOf(actor), ...data } });
    await audit(tx, actor, { action: "pointsRule.create", entityType: "PointsRule", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updateRule({ actor, data }: { actor: Actor; data: RuleData & { ruleId: string } }) {
  await requireTenantRoot(actor);
  return inTenant(actor, async (tx) => {
    const { ruleId, ...fields } = data;
    const before = await tx.pointsRule.findFirst({ where: { id: ruleId, tenantId: tenantOf(actor) } });
    if (!before) throw notFound();
    const after = await tx.pointsRule.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: fields });
    await audit(tx, actor, { action: "pointsRule.update", entityType: "PointsRule", entityId: before.id, before, after });
    return { id: before.id };
  });
}

/** Rules are archived, never deleted: claims and ledger entries keep pointing at them. */
export async function setRuleArchived({ actor, ruleId, archived }: { actor: Actor; ruleId: string; archived: boolean }) {
  await requireTenantRoot(actor);
  return inTenant(actor, async (tx) => {
    const { count } = await tx.pointsRule.updateMany({ where: { id: ruleId, tenantId: tenantOf(actor) }, data: { archived } });
    if (!count) throw notFound();
    await audit(tx, actor, { action: archived ? "pointsRule.archive" : "pointsRule.restore", entityType: "PointsRule", entityId: ruleId });
    return { id: ruleId };
  });
}
