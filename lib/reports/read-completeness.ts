import "server-only";
import type { Actor } from "../access/actor";
import { invalid } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { comparePeriodKeys, currentPeriodKey, isPeriodKey, periodKeysBetween, periodLabel, periodOf, periodShortLabel, shiftPeriodKey, type Period } from "./calendar";
import { resolveArea } from "./area";
import { addCounts, rates, ZERO, type Counts } from "./completeness";
import { loadTypeDef } from "./report-types";
import type { TypeDef } from "./type-def";

const MAX_PERIODS = 53;

/** The periods a page covers: `from`…`to` (default: the last 8), open ones only, none before the type started. */
export function periodsInRange(def: TypeDef, now: Date, from?: string, to?: string): (Period & { due: boolean })[] {
  const cadence = def.rule.cadence;
  const current = currentPeriodKey(def.rule, now, def.tz);
  const last = to && isPeriodKey(cadence, to) ? to : current;
  const first = from && isPeriodKey(cadence, from) ? from : shiftPeriodKey(cadence, last, -7);
  if (comparePeriodKeys(first, last) > 0) throw invalid("errors.validation", { from: ["validation.report.range"] });
  return periodKeysBetween(cadence, first, last, MAX_PERIODS)
    .map((k) => periodOf(def.rule, k, def.tz))
    .filter((p) => p.opensAt.getTime() <= now.getTime() && p.deadline.getTime() >= def.activeFrom.getTime())
    .map((p) => ({ ...p, due: p.deadline.getTime() <= now.getTime() }));
}

type AggRow = { gid: string; key: string; units: number } & Counts;
type MissingRow = { nodeId: string; name: string; parentName: string | null; periodKey: string; status: string | null };

/**
 * Who filed, who was late, who is missing: per child unit of a node (or per followed unit), per period, with
 * totals and a trend. One aggregate query over (units × periods) however many units, plus the missing list.
 */
export async function getCompleteness({ actor, type, nodeId, from, to, now = new Date() }: { actor: Actor; type: string; nodeId?: string; from?: string; to?: string; now?: Date }) {
  const scope = requireScope(actor, "reports.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const def = await loadTypeDef(tx, tenantId, type);
    const area = await resolveArea(tx, actor, scope, def, nodeId);
    const periods = periodsInRange(def, now, from, to);
    const base = [tenantId, def.filerKindCodes, def.filerRootPath ? `${def.filerRootPath}%` : "%", area.patterns, periods.map((p) => p.key), periods.map((p) => p.due), def.id];
    const gid = area.gid(base.length + 1);
    const units = `
      units AS (
        SELECT n.id, n.name, n.path, n."parentId" FROM "OrgNode" n
        JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
        WHERE n."tenantId" = $1::text AND NOT n.archived AND k.code = ANY($2::text[]) AND n.path LIKE $3::text AND n.path LIKE ANY($4::text[])
      ),
      periods AS (SELECT * FROM unnest($5::text[], $6::boolean[]) AS p(key, due)),
      cells AS (
        SELECT u.id, u.name, u.path, u."parentId", p.key, p.due, s.status, s."firstSubmittedAt", s."onTime"
        FROM units u CROSS JOIN periods p
        LEFT JOIN "ReportSubmission" s ON s."tenantId" = $1::text AND s."reportTypeId" = $7::text AND s."nodeId" = u.id AND s."periodKey" = p.key
      )`;
    const agg = periods.length
        ? await tx.$queryRawUnsafe<AggRow[]>(
            `WITH ${units}
             SELECT ${gid.sql.replaceAll("u.path", "c.path")} AS gid, c.key,
               count(DISTINCT c.id)::int AS units,
               count(*)::int AS expected,
               count(*) FILTER (WHERE c."firstSubmittedAt" IS NOT NULL)::int AS submitted,
               count(*) FILTER (WHERE c."onTime")::int AS "onTime",
               count(*) FILTER (WHERE c."onTime" = false)::int AS late,
               count(*) FILTER (WHERE c.due AND c."firstSubmittedAt" IS NULL)::int AS missing,
               count(*) FILTER (WHERE c.status = 'APPROVED')::int AS approved,
               count(*) FILTER (WHERE c.status = 'RETURNED')::int AS returned
             FROM cells c GROUP BY 1, 2`,
            ...base,
            ...gid.params,
          )
        : [];
    const missing = periods.some((p) => p.due)
        ? await tx.$queryRawUnsafe<MissingRow[]>(
            `WITH ${units}
             SELECT c.id AS "nodeId", c.name, pn.name AS "parentName", c.key AS "periodKey", c.status::text AS status
             FROM cells c LEFT JOIN "OrgNode" pn ON pn.id = c."parentId" AND pn."tenantId" = $1::text
             WHERE c.due AND c."firstSubmittedAt" IS NULL
             ORDER BY c.key DESC, c.path LIMIT 300`,
            ...base,
          )
        : [];

    const byGroup = new Map<string, { counts: Counts; units: number }>();
    const byPeriod = new Map<string, Counts>();
    let total = ZERO;
    for (const r of agg) {
      const g = byGroup.get(r.gid) ?? { counts: ZERO, units: 0 };
      g.counts = addCounts(g.counts, r);
      g.units = Math.max(g.units, r.units);
      byGroup.set(r.gid, g);
      byPeriod.set(r.key, addCounts(byPeriod.get(r.key) ?? ZERO, r));
      total = addCounts(total, r);
    }
    const rows = area.groups
      .map((g) => {
        const hit = byGroup.get(g.id);
        return { ...g, units: hit?.units ?? 0, counts: hit?.counts ?? ZERO, ...rates(hit?.counts ?? ZERO) };
      })
      .filter((r) => r.units > 0);
    return {
      def,
      area: { node: area.node, breadcrumb: area.breadcrumb },
      periods: periods.map((p) => ({ key: p.key, label: periodLabel(def.rule.cadence, p.key, actor.locale), deadline: p.deadline, due: p.due })),
      rows,
      total: { counts: total, ...rates(total) },
      trend: periods.map((p) => {
        const c = byPeriod.get(p.key) ?? ZERO;
        return { key: p.key, label: periodShortLabel(def.rule.cadence, p.key, actor.locale), ...c, ...rates(c) };
      }),
      missing,
    };
  });
}
