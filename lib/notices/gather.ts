// What a quarterly notice is drafted from: the quarter's figures of the issuing node and of each unit below it (from
// the roll-up), inspections per unit, the published red and black lists of the quarter, and good practice quoted
// from the units' weekly reports. Plain SQL in the caller's transaction (the app's, under row-level security, for a
// node already checked to be in scope; or the seed's).
import type { Sql } from "../dashboards/engine/sql";
import { monthsOf, periodBounds, periodLabel } from "../dashboards/periods";
import { periodKeyAt, periodKeysBetween, periodLabel as reportPeriodLabel } from "../reports/calendar";
import type { NoticeData, UnitFigures } from "./generator";

const esc = (p: string) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function gatherNoticeData(tx: Sql, tenantId: string, node: { id: string; name: string; path: string }, quarter: string, now: Date): Promise<NoticeData> {
  const { start, end } = periodBounds(quarter);
  const kids = await tx.$queryRawUnsafe<{ id: string; name: string }[]>(
    `SELECT id, name FROM "OrgNode" WHERE "tenantId" = $1 AND "parentId" = $2 AND NOT archived ORDER BY "sortOrder", name`,
    tenantId,
    node.id,
  );
  const rows = await tx.$queryRawUnsafe<{ nodeId: string; indicator: string; num: number; den: number }[]>(
    `SELECT "nodeId", indicator, num, den FROM "DashRollup" WHERE "tenantId" = $1 AND "periodKey" = $2 AND "nodeId" = ANY($3::text[])`,
    tenantId,
    quarter,
    [node.id, ...kids.map((k) => k.id)],
  );
  const figuresOf = (id: string): UnitFigures["figures"] => Object.fromEntries(rows.filter((r) => r.nodeId === id).map((r) => [r.indicator, [r.num, r.den] as [number, number]]));
  const units = kids.map((n) => ({ id: n.id, name: n.name, figures: figuresOf(n.id) }));

  const inspections = await tx.$queryRawUnsafe<{ unit: string; checks: number; unannounced: number; avgScore: number | null; problems: number; overdue: number }[]>(
    `SELECT k.name AS unit,
       (SELECT count(*) FROM "Inspection" i JOIN "OrgNode" n ON n.id = i."nodeId" AND n."tenantId" = i."tenantId"
        WHERE i."tenantId" = $1 AND n.path LIKE k.pattern AND i.kind = 'MONTHLY' AND i."occurredAt" >= $3 AND i."occurredAt" < $4)::int AS checks,
       (SELECT count(*) FROM "Inspection" i JOIN "OrgNode" n ON n.id = i."nodeId" AND n."tenantId" = i."tenantId"
        WHERE i."tenantId" = $1 AND n.path LIKE k.pattern AND i.kind = 'UNANNOUNCED' AND i."occurredAt" >= $3 AND i."occurredAt" < $4)::int AS unannounced,
       (SELECT round(avg(i.total / i."maxTotal" * 100)::numeric, 1)::float8 FROM "Inspection" i JOIN "OrgNode" n ON n.id = i."nodeId" AND n."tenantId" = i."tenantId"
        WHERE i."tenantId" = $1 AND n.path LIKE k.pattern AND i.kind <> 'FOLLOW_UP' AND i."maxTotal" > 0 AND i."occurredAt" >= $3 AND i."occurredAt" < $4) AS "avgScore",
       (SELECT count(*) FROM "Rectification" r JOIN "Inspection" i ON i.id = r."inspectionId" AND i."tenantId" = r."tenantId" JOIN "OrgNode" n ON n.id = r."nodeId" AND n."tenantId" = r."tenantId"
        WHERE r."tenantId" = $1 AND n.path LIKE k.pattern AND i."occurredAt" >= $3 AND i."occurredAt" < $4)::int AS problems,
       (SELECT count(*) FROM "Rectification" r JOIN "OrgNode" n ON n.id = r."nodeId" AND n."tenantId" = r."tenantId"
        WHERE r."tenantId" = $1 AND n.path LIKE k.pattern AND r.status = 'OPEN' AND r.deadline < $5)::int AS overdue
     FROM (SELECT c.name, c."sortOrder", replace(replace(replace(c.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern
           FROM "OrgNode" c WHERE c."tenantId" = $1 AND c."parentId" = $2 AND NOT c.archived) k
     ORDER BY k."sortOrder", k.name`,
    tenantId,
    node.id,
    start,
    end,
    now,
  );

  const entries = await tx.$queryRawUnsafe<{ month: string; node: string; side: "RED" | "BLACK"; label: string; rate: number | null }[]>(
    `SELECT l.month, n.name AS node, e.side::text AS side, e.label, e.rate
     FROM "RedBlackList" l JOIN "OrgNode" n ON n.id = l."nodeId" AND n."tenantId" = l."tenantId"
     JOIN "RedBlackEntry" e ON e."listId" = l.id AND e."tenantId" = l."tenantId"
     WHERE l."tenantId" = $1 AND l.status = 'PUBLISHED' AND l.month = ANY($2::text[]) AND n.path LIKE $3
     ORDER BY l.month, n.path, e.side, e."sortOrder"`,
    tenantId,
    monthsOf(quarter),
    esc(node.path),
  );
  const side = (s: "RED" | "BLACK") =>
    entries.filter((e) => e.side === s).map((e) => ({ list: `${e.node}${Number(e.month.slice(5))}月`, label: e.label, rate: e.rate === null ? null : Math.round(e.rate) / 10 }));

  const weeks = periodKeysBetween("WEEKLY", periodKeyAt("WEEKLY", start, "Asia/Shanghai"), periodKeyAt("WEEKLY", new Date(end.getTime() - 1), "Asia/Shanghai"));
  const practice = await tx.$queryRawUnsafe<{ unit: string; period: string; text: string }[]>(
    `SELECT n.name AS unit, s."periodKey" AS period, s.data->>'goodPractice' AS text
     FROM "ReportSubmission" s JOIN "OrgNode" n ON n.id = s."nodeId" AND n."tenantId" = s."tenantId"
     WHERE s."tenantId" = $1 AND s."periodKey" = ANY($2::text[]) AND s."firstSubmittedAt" IS NOT NULL AND n.path LIKE $3
       AND coalesce(s.data->>'goodPractice', '') <> ''
     ORDER BY s."firstSubmittedAt" DESC LIMIT 40`,
    tenantId,
    weeks,
    esc(node.path),
  );
  // One quote per unit, the newest, at most six.
  const seen = new Set<string>();
  const quotes = practice.filter((p) => !seen.has(p.text) && !seen.has(p.unit) && (seen.add(p.text), seen.add(p.unit), true)).slice(0, 6);

  return {
    issuer: node.name,
    quarter,
    quarterLabel: periodLabel(quarter),
    total: { id: node.id, name: node.name, figures: figuresOf(node.id) },
    units,
    inspections,
    red: side("RED"),
    black: side("BLACK"),
    practice: quotes.map((q) => ({ ...q, period: reportPeriodLabel("WEEKLY", q.period) })),
    warnBelow: 80,
  };
}
