import "server-only";
// Ranking schemes: which indicators of the catalogue a half-year assessment weighs, and how much.
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Weight } from "./rules";
import type { SchemeInput } from "./schemas";

export function readWeights(raw: unknown): Weight[] {
  return Array.isArray(raw) ? raw.filter((w) => w && typeof w.indicator === "string" && Number.isFinite(w.weight)).map((w) => ({ indicator: w.indicator, weight: Number(w.weight) })) : [];
}

export async function listSchemes({ actor }: { actor: Actor }) {
  requireScope(actor, "rankings.read");
  return inTenant(actor, async (tx) => {
    const rows = await tx.rankingScheme.findMany({ where: { tenantId: tenantOf(actor) }, select: { id: true, name: true, weights: true, updatedAt: true }, orderBy: { createdAt: "asc" } });
    return rows.map((r) => ({ ...r, weights: readWeights(r.weights) }));
  });
}

export async function createScheme({ actor, data }: { actor: Actor; data: SchemeInput }) {
  requireScope(actor, "dashboards.configure");
  return inTenant(actor, async (tx) => {
    const row = await tx.rankingScheme.create({ data: { tenantId: tenantOf(actor), name: data.name, weights: data.weights, createdById: actor.userId }, select: { id: true } });
    await audit(tx, actor, { action: "rankingScheme.create", entityType: "RankingScheme", entityId: row.id, after: data });
    return row;
  });
}

export async function updateScheme({ actor, schemeId, data }: { actor: Actor; schemeId: string; data: SchemeInput }) {
  requireScope(actor, "dashboards.configure");
  return inTenant(actor, async (tx) => {
    const before = await tx.rankingScheme.findFirst({ where: { id: schemeId, tenantId: tenantOf(actor) }, select: { id: true, name: true, weights: true } });
    if (!before) throw notFound();
    await tx.rankingScheme.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: { name: data.name, weights: data.weights } });
    await audit(tx, actor, { action: "rankingScheme.update", entityType: "RankingScheme", entityId: before.id, before, after: data });
    return { id: before.id };
  });
}
