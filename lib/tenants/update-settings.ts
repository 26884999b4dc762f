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

/** Saves the keys given and keeps every other key as stored (each settings form edits its own keys). */
export async function updateTenantSettings({ actor, data }: { actor: Actor; data: Partial<TenantSettings> }) {
  requireScope(actor, "tenant.settings");
  return inTenant(actor, async (tx) => {
    const t = await tx.tenant.findFirst({ where: { id: tenantOf(actor) }, select: { settings: true } });
    const before = readTenantSettings(t?.settings);
    const merged = { ...before, ...data };
    if (merged.householdLinkMin > merged.householdLinkMax) {
      throw invalid("errors.validation", { householdLinkMax: ["validation.rangeOrder"] });
    }
    const after = { ...((t?.settings as object) ?? {}), ...data };
    await tx.tenant.update({ where: { id: tenantOf(actor) }, data: { settings: after } });
    await audit(tx, actor, { action: "tenant.settings", entityType: "Tenant", entityId: tenantOf(actor), before, after: data });
    return readTenantSettings(after);
  });
}
