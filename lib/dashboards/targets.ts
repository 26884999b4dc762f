import "server-only";
// A tenant's own targets for the catalogue's indicators (absent: the catalogue's default).
import type { Actor } from "../access/actor";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { CATALOGUE } from "./catalogue";
import type { TargetsInput } from "./schemas";

export async function listTargets({ actor }: { actor: Actor }): Promise<Record<string, number>> {
  requireScope(actor, "dashboards.read");
  return inTenant(actor, async (tx) => {
    const rows = await tx.indicatorTarget.findMany({ where: { tenantId: tenantOf(actor) }, select: { indicator: true, target: true } });
    return Object.fromEntries(rows.map((r) => [r.indicator, r.target]));
  });
}

/** Set (a number) or clear (null: back to the default) each indicator's target; one audit row with both states. */
export async function saveTargets({ actor, data }: { actor: Actor; data: TargetsInput }) {
  requireScope(actor, "dashboards.configure");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const before = Object.fromEntries((await tx.indicatorTarget.findMany({ where: { tenantId }, select: { indicator: true, target: true } })).map((r) => [r.indicator, r.target]));
    const codes = CATALOGUE.filter((i) => i.kind !== "sum").map((i) => i.code).filter((c) => c in data);
    for (const code of codes) {
      const v = data[code];
      if (v === null) await tx.indicatorTarget.deleteMany({ where: { tenantId, indicator: code } });
      else
        await tx.indicatorTarget.upsert({
          where: { tenantId_indicator: { tenantId, indicator: code } },
          create: { tenantId, indicator: code, target: v, updatedById: actor.userId },
          update: { target: v, updatedById: actor.userId },
        });
    }
    const after = Object.fromEntries((await tx.indicatorTarget.findMany({ where: { tenantId }, select: { indicator: true, target: true } })).map((r) => [r.indicator, r.target]));
    await audit(tx, actor, { action: "dashboards.targets", entityType: "IndicatorTarget", entityId: null, before, after });
    return after;
  });
}
