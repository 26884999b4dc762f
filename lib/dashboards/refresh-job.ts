import "server-only";
// The refresh job: every tenant with something to do (dirty rows, a deadline passed, a month begun, no figures yet)
// gets its figures refreshed in its own transaction, under row-level security as that tenant. Idempotent: a run
// after a crash recomputes the same figures from the same records.
import { inTenantId } from "../access/tenant-tx";
import { getDb } from "../db";
import { log } from "../log";
import { refreshTenant, rebuildTenant, type RefreshResult } from "./engine/refresh";

async function tenantIds(): Promise<string[]> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.platform', 'on', true)`;
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Tenant" WHERE NOT archived ORDER BY id`;
    return rows.map((r) => r.id);
  });
}

/** Generous limits: a month's first run recomputes every node of a large tenant. */
const LIMITS = { timeout: 10 * 60_000, maxWait: 30_000 };

/** One run of the job at `now` (tests pass their own). */
export async function runDashboardRefresh({ now = new Date(), tenantIds: only }: { now?: Date; tenantIds?: string[] } = {}) {
  const results: Record<string, RefreshResult> = {};
  for (const tenantId of only ?? (await tenantIds())) {
    const t0 = Date.now();
    try {
      results[tenantId] = await inTenantId(tenantId, (tx) => refreshTenant(tx, tenantId, now), LIMITS);
      const r = results[tenantId];
      if (r.entries || r.rebuilt || r.facts) log.info({ tenantId, ...r, ms: Date.now() - t0 }, "dashboards refreshed");
    } catch (err) {
      // One tenant's failure must not hold the others back; its dirty rows stay for the next run.
      log.error({ err, tenantId }, "dashboards refresh failed");
    }
  }
  return results;
}

/** Recompute all figures of one tenant (repair; the seed and the benchmark call the engine directly). */
export async function rebuildDashboards({ tenantId, now = new Date() }: { tenantId: string; now?: Date }) {
  return inTenantId(tenantId, (tx) => rebuildTenant(tx, tenantId, now), LIMITS);
}
