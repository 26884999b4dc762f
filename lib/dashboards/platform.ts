import "server-only";
// Root's home: every tenant with its roster (from the roll-up, not a count over people), how fresh its figures are,
// what is waiting to be summed, and the refresh job's queue.
import type { Actor } from "../access/actor";
import { asPlatform } from "../access/tenant-tx";
import { periodAt } from "./periods";

export async function getPlatformDashboard({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  return asPlatform(actor, async (tx) => {
    const month = periodAt("month", now);
    const tenants = await tx.$queryRawUnsafe<{ id: string; name: string; code: string; archived: boolean; people: number | null; units: number; refreshedAt: Date | null; rebuiltAt: Date | null; backlog: number }[]>(
      `SELECT t.id, t.name, t.code, t.archived,
         (SELECT sum(r.den)::int FROM "OrgNode" n JOIN "DashRollup" r ON r."tenantId" = n."tenantId" AND r."nodeId" = n.id AND r."periodKey" = $1 AND r.indicator = 'pledge_rate'
          WHERE n."tenantId" = t.id AND n."parentId" IS NULL) AS people,
         (SELECT count(*)::int FROM "OrgNode" n WHERE n."tenantId" = t.id AND NOT n.archived) AS units,
         s."refreshedAt", s."rebuiltAt",
         (SELECT count(*)::int FROM "DashDirty" d WHERE d."tenantId" = t.id) AS backlog
       FROM "Tenant" t LEFT JOIN "DashState" s ON s."tenantId" = t.id
       ORDER BY t.archived, t.name`,
      month,
    );
    let jobs: { state: string; n: number }[] = [];
    try {
      jobs = await tx.$queryRawUnsafe<{ state: string; n: number }[]>(`SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = 'dashboards.refresh' GROUP BY 1 ORDER BY 1`);
    } catch {
      jobs = [];
    }
    return { tenants, jobs };
  });
}
