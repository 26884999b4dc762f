// The rows of a ranking from the roll-up: each unit directly below a node with its half-year figures, ranked with
// the scheme's weights (rules.ts). Plain SQL in the caller's transaction (the app's under row-level security, the
// seed's); no "server-only".
import { figureOf, indicatorOf, roundFigure } from "../dashboards/catalogue";
import type { Sql } from "../dashboards/engine/sql";
import { rankUnits, type RankedRow, type Weight } from "./rules";

export async function rankChildren(sql: Sql, tenantId: string, nodeId: string, period: string, weights: Weight[]): Promise<RankedRow[]> {
  const kids = await sql.$queryRawUnsafe<{ id: string; name: string }[]>(
    `SELECT id, name FROM "OrgNode" WHERE "tenantId" = $1 AND "parentId" = $2 AND NOT archived ORDER BY "sortOrder", name`,
    tenantId,
    nodeId,
  );
  const rows = await sql.$queryRawUnsafe<{ nodeId: string; indicator: string; num: number; den: number }[]>(
    `SELECT "nodeId", indicator, num, den FROM "DashRollup" WHERE "tenantId" = $1 AND "periodKey" = $2 AND "nodeId" = ANY($3::text[]) AND indicator = ANY($4::text[])`,
    tenantId,
    period,
    kids.map((k) => k.id),
    weights.map((w) => w.indicator),
  );
  const units = kids.map((k) => ({
    id: k.id,
    name: k.name,
    values: Object.fromEntries(
      weights.map((w) => {
        const r = rows.find((x) => x.nodeId === k.id && x.indicator === w.indicator);
        const ind = indicatorOf(w.indicator);
        return [w.indicator, r ? roundFigure(ind, figureOf(ind, r.num, r.den)) : null];
      }),
    ),
  }));
  return units.length ? rankUnits(units, weights, (code) => indicatorOf(code).higherIsBetter) : [];
}
