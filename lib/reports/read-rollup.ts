import "server-only";
import type { Actor } from "../access/actor";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { periodLabel } from "./calendar";
import { resolveArea } from "./area";
import { rollUp } from "./completeness";
import { numericPaths, type FilledData } from "./fields";
import { loadTypeDef } from "./report-types";
import { periodFor } from "./write-submissions";

/**
 * Numeric fields of one period's reports summed to every level: one row per child of the node (its whole
 * subtree), and the node's total. Filed reports count (submitted, returned or approved), drafts do not.
 */
export async function getRollup({ actor, type, period: key, nodeId }: { actor: Actor; type: string; period: string; nodeId?: string }) {
  const scope = requireScope(actor, "reports.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const def = await loadTypeDef(tx, tenantId, type);
    const period = periodFor(def, key);
    const area = await resolveArea(tx, actor, scope, def, nodeId);
    const base = [tenantId, def.filerKindCodes, def.filerRootPath ? `${def.filerRootPath}%` : "%", area.patterns, def.id, key];
    const gid = area.gid(base.length + 1);
    const rows = await tx.$queryRawUnsafe<{ gid: string; data: FilledData | null; unitId: string }[]>(
      `SELECT ${gid.sql} AS gid, u.id AS "unitId", s.data FROM "OrgNode" u
       JOIN "OrgKind" k ON k.id = u."kindId" AND k."tenantId" = u."tenantId"
       LEFT JOIN "ReportSubmission" s ON s."tenantId" = $1::text AND s."reportTypeId" = $5::text AND s."nodeId" = u.id AND s."periodKey" = $6::text
         AND s."firstSubmittedAt" IS NOT NULL
       WHERE u."tenantId" = $1::text AND NOT u.archived AND k.code = ANY($2::text[]) AND u.path LIKE $3::text AND u.path LIKE ANY($4::text[])`,
      ...base,
      ...gid.params,
    );
    const paths = numericPaths(def.fields);
    const filed = rows.filter((r) => r.data).map((r) => ({ gid: r.gid, data: r.data as FilledData }));
    const { byGroup, total } = rollUp(paths, filed);
    const expected = new Map<string, number>();
    for (const r of rows) expected.set(r.gid, (expected.get(r.gid) ?? 0) + 1);
    return {
      def,
      period,
      periodLabel: periodLabel(def.rule.cadence, key, actor.locale),
      area: { node: area.node, breadcrumb: area.breadcrumb },
      paths,
      rows: area.groups
        .filter((g) => expected.has(g.id))
        .map((g) => ({ ...g, expected: expected.get(g.id) ?? 0, reports: byGroup.get(g.id)?.reports ?? 0, values: byGroup.get(g.id)?.values ?? paths.map(() => 0) })),
      total: { expected: rows.length, ...total },
    };
  });
}
