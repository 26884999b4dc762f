import "server-only";
import type { Actor } from "../access/actor";
import { inTenant } from "../access/tenant-tx";

/** The actor's tenant: name and settings for the shell (any signed-in user of the tenant). */
export async function getMyTenant({ actor }: { actor: Actor }) {
  if (!actor.tenantId) return null;
  return inTenant(actor, (tx) =>
    tx.tenant.findFirst({ where: { id: actor.tenantId! }, select: { id: true, code: true, name: true, timeZone: true, settings: true } }),
  );
}
