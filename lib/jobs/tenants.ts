import "server-only";
import { getDb } from "../db";

/** The tenants a system job sweeps (not archived), read on the platform path: jobs act for no user. */
export async function activeTenantIds(): Promise<string[]> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.platform', 'on', true)`;
    return (await tx.tenant.findMany({ where: { archived: false }, select: { id: true } })).map((t) => t.id);
  });
}
