import "server-only";
// Year-end evaluation of party branches (from the roll-up's year figures and the communities' double-reporting
// ratings) and of party members (their own year: duty months, visits, points), with exports.
import ExcelJS from "exceljs";
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { figureOf, indicatorOf } from "../dashboards/catalogue";
import { monthsOf, periodAt, periodBounds } from "../dashboards/periods";
import { readDash } from "../dashboards/read";
import { likePatterns } from "../reports/filers";
import { readTenantSettings } from "../tenants/settings";
import { BRANCH_WEIGHTS, scoreBranch, scoreMember, type Grade } from "./rules";

/** Members evaluated at once at most: a larger subtree is evaluated a unit at a time. */
export const MAX_MEMBERS = 5000;

const fig = (code: string, f: [number, number] | undefined) => (f ? figureOf(indicatorOf(code), f[0], f[1]) : null);

async function rootOf(actor: Actor, nodeId: string | undefined) {
  const scope = requireScope(actor, "evaluations.read");
  return inTenant(actor, async (tx) => {
    const where = nodeId ? { id: nodeId } : { path: { in: scope.paths } };
    const node = await tx.orgNode.findFirst({ where: { tenantId: tenantOf(actor), ...where, ...nodesIn(scope) }, select: { id: true, name: true, path: true }, orderBy: { depth: "asc" } });
    if (!node) throw notFound();
    return node;
  });
}

/** Every party branch below a node (or the actor's root), scored for a year. */
export async function evaluateBranches({ actor, nodeId, year, now = new Date() }: { actor: Actor; nodeId?: string; year: string; now?: Date }) {
  const root = await rootOf(actor, nodeId);
  const monthsSoFar = monthsOf(year).filter((m) => m <= periodAt("month", now)).length;
  const branches = await inTenant(actor, (tx) =>
    tx.orgNode.findMany({
      where: { tenantId: tenantOf(actor), archived: false, path: { startsWith: root.path }, kind: { code: "party_branch" } },
      select: { id: true, name: true, parent: { select: { name: true } } },
      orderBy: [{ path: "asc" }],
      take: 2000,
    }),
  );
  if (!branches.length) return { root, year, rows: [], weights: BRANCH_WEIGHTS };
  const figures = await readDash(actor, { nodes: branches.map((b) => b.id), children: false, periods: [year], indicators: ["duty_norm_share", "link_coverage", "visits", "inspection_score"] });
  const ratings = await inTenant(actor, (tx) =>
    tx.doubleRating.findMany({
      where: { tenantId: tenantOf(actor), quarter: { startsWith: year }, registration: { kind: "UNIT", unitNodeId: { in: branches.map((b) => b.id) } } },
      select: { grade: true, registration: { select: { unitNodeId: true } } },
    }),
  );
  const rows = branches.map((b) => {
    const f = (code: string) => figures.rows.find((r) => r[0] === b.id && r[2] === code);
    const norm = f("duty_norm_share");
    const input = {
      dutyNormShare: fig("duty_norm_share", norm ? [norm[3], norm[4]] : undefined),
      coverage: fig("link_coverage", f("link_coverage") ? [f("link_coverage")![3], f("link_coverage")![4]] : undefined),
      visits: f("visits")?.[3] ?? 0,
      members: norm && monthsSoFar ? norm[4] / monthsSoFar : 0,
      inspectionScore: fig("inspection_score", f("inspection_score") ? [f("inspection_score")![3], f("inspection_score")![4]] : undefined),
      doubleGrades: ratings.filter((r) => r.registration.unitNodeId === b.id).map((r) => r.grade),
    };
    return { id: b.id, name: b.name, parent: b.parent?.name ?? "", input, ...scoreBranch(input) };
  });
  rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, "zh-CN"));
  return { root, year, rows, weights: BRANCH_WEIGHTS };
}

/** The party members of a node's subtree scored for a year (at most MAX_MEMBERS: pick a smaller unit otherwise). */
export async function evaluateMembers({ actor, nodeId, year, now = new Date() }: { actor: Actor; nodeId?: string; year: string; now?: Date }) {
  const root = await rootOf(actor, nodeId);
  const { start, end } = periodBounds(year);
  const monthsSoFar = monthsOf(year).filter((m) => m <= periodAt("month", now)).length;
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const t = await tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } });
    const norm = readTenantSettings(t?.settings).dutyNormMinutes;
    const rows = await tx.$queryRawUnsafe<{ id: string; name: string; unit: string; normMonths: number; minutes: number; visits: number; points: number }[]>(
      `WITH m AS (
         SELECT p.id, p.name, n.name AS unit FROM "Person" p JOIN "OrgNode" n ON n.id = p."nodeId" AND n."tenantId" = p."tenantId"
         WHERE p."tenantId" = $1 AND p."isPartyMember" AND p."leftAt" IS NULL AND NOT n.archived AND n.path LIKE $2
         ORDER BY n.path, p.name LIMIT ${MAX_MEMBERS + 1}
       ),
       duty AS (
         SELECT r."personId", to_char(r."startAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS mon, sum(r.minutes) AS mins
         FROM m JOIN "DutyRecord" r ON r."tenantId" = $1 AND r."personId" = m.id AND r.status = 'VERIFIED' AND r."startAt" >= $3 AND r."startAt" < $4
         GROUP BY 1, 2
       ),
       visits AS (
         SELECT v."visitorId", count(*) AS n FROM m JOIN "HouseholdVisit" v ON v."tenantId" = $1 AND v."visitorId" = m.id
           AND v."visitedOn" >= ($3 AT TIME ZONE 'Asia/Shanghai')::date AND v."visitedOn" < ($4 AT TIME ZONE 'Asia/Shanghai')::date
         GROUP BY 1
       ),
       pts AS (
         SELECT a."personId", sum(e.amount) AS n FROM m JOIN "PointsAccount" a ON a."tenantId" = $1 AND a."personId" = m.id
         JOIN "LedgerEntry" e ON e."tenantId" = $1 AND e."accountId" = a.id AND e.currency = 'POINTS' AND e.kind <> 'EXCHANGE' AND e."createdAt" >= $3 AND e."createdAt" < $4
         GROUP BY 1
       )
       SELECT m.id, m.name, m.unit,
         (SELECT count(*) FROM duty d WHERE d."personId" = m.id AND d.mins >= $5)::int AS "normMonths",
         coalesce((SELECT sum(d.mins) FROM duty d WHERE d."personId" = m.id), 0)::int AS minutes,
         coalesce((SELECT v.n FROM visits v WHERE v."visitorId" = m.id), 0)::int AS visits,
         coalesce((SELECT x.n FROM pts x WHERE x."personId" = m.id), 0)::int AS points
       FROM m`,
      tenantId,
      likePatterns([root.path])[0],
      start,
      end,
      norm,
    );
    const tooMany = rows.length > MAX_MEMBERS;
    const scored = rows.slice(0, MAX_MEMBERS).map((r) => ({ ...r, hours: Math.round((r.minutes / 60) * 10) / 10, ...scoreMember({ normMonths: r.normMonths, monthsSoFar, visits: r.visits, points: r.points }) }));
    scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "zh-CN"));
    return { root, year, monthsSoFar, norm, tooMany, rows: scored };
  });
}

type T = (key: string, params?: Record<string, string | number>) => string;
const gradeText = (t: T, g: Grade | null) => (g ? t(`evaluations.grade.${g}`) : "—");

export async function branchesXlsx(e: Awaited<ReturnType<typeof evaluateBranches>>, t: T): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t("evaluations.branches.sheet"), { views: [{ state: "frozen", ySplit: 2 }] });
  ws.addRow([t("evaluations.branches.exportTitle", { node: e.root.name, year: e.year })]).font = { bold: true, size: 13 };
  ws.addRow([t("evaluations.table.branch"), t("evaluations.table.parent"), t("evaluations.parts.duty"), t("evaluations.parts.coverage"), t("evaluations.parts.visits"), t("evaluations.parts.inspection"), t("evaluations.parts.double"), t("evaluations.table.score"), t("evaluations.table.grade")]).font = { bold: true };
  for (const r of e.rows) ws.addRow([r.name, r.parent, r.parts.duty, r.parts.coverage, r.parts.visits, r.parts.inspection, r.parts.double, r.score, gradeText(t, r.grade)]);
  ws.columns.forEach((c, i) => (c.width = i < 2 ? 24 : 12));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function membersXlsx(e: Awaited<ReturnType<typeof evaluateMembers>>, t: T): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t("evaluations.members.sheet"), { views: [{ state: "frozen", ySplit: 2 }] });
  ws.addRow([t("evaluations.members.exportTitle", { node: e.root.name, year: e.year })]).font = { bold: true, size: 13 };
  ws.addRow([t("evaluations.table.member"), t("evaluations.table.unit"), t("evaluations.table.normMonths"), t("evaluations.table.hours"), t("evaluations.table.visits"), t("evaluations.table.points"), t("evaluations.table.score"), t("evaluations.table.grade")]).font = { bold: true };
  for (const r of e.rows) ws.addRow([r.name, r.unit, r.normMonths, r.hours, r.visits, r.points, r.score, gradeText(t, r.grade)]);
  ws.columns.forEach((c, i) => (c.width = i < 2 ? 22 : 12));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The evaluation of a node's party branches or party members as .xlsx. Needs export.run besides evaluations.read. */
export async function exportEvaluation({ actor, t, kind, nodeId, year, now = new Date() }: { actor: Actor; t: T; kind: "branches" | "members"; nodeId?: string; year: string; now?: Date }) {
  requireScope(actor, "export.run");
  if (kind === "members") {
    const e = await evaluateMembers({ actor, nodeId, year, now });
    return { root: e.root, bytes: await membersXlsx(e, t) };
  }
  const e = await evaluateBranches({ actor, nodeId, year, now });
  return { root: e.root, bytes: await branchesXlsx(e, t) };
}
