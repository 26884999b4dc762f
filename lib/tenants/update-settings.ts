import "server-only";
import type { Actor } from "../access/actor";
import { invalid } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { readTenantSettings, type TenantSettings } from "./settings";

/** Tenant policies belong to whoever administers the whole tenant (tenant.settings at its root). */
export async function getTenantSettings({ actor }: { actor: Actor }) {
  requireScope(actor, "tenant.settings");
  return inTenant(actor, async (tx) => {
    const t = await tx.tenant.findFirst({ where: { id: tenantOf(actor) }, select: { name: true, settings: true } });
    return { name: t?.name ?? "", settings: readTenantSettings(t?.settings) };
  });
}

export async function updateTenantSettings({ actor, data }: { actor: Actor; data: TenantSettings }) {
  requireScope(actor, "tenant.settings");
  if (data.householdLinkMin > data.householdLinkMax) {
    throw invalid("errors.validation", { householdLinkMax: ["validation.rangeOrder"] });
  }
  return inTenant(actor, async (tx) => {
    const t = await tx.tenant.findFirst({ where: { id: tenantOf(actor) }, select: { settings: true } });
    const before = readTenantSettings(t?.settings);
    const after = { ...((t?.settings as object) ?? {}), ...data };
    await tx.tenant.update({ where: { id: tenantOf(actor) }, data: { settings: after } });
    await audit(tx, actor, { action: "tenant.settings", entityType: "Tenant", entityId: tenantOf(actor), before, after: data });
    return readTenantSettings(after);
  });
}
