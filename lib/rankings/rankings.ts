import "server-only";
// The half-year assessment ranking (半年考核排名) of the units directly below a node: computed from the roll-up's
// half-year figures with a scheme's weights (rules.ts shows every step), kept as computed rows, approved by a leader
// (not the one who computed it), then published. Recomputing is allowed while it is a draft.
import ExcelJS from "exceljs";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { conflict, forbidden, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { indicatorOf, isIndicatorCode } from "../dashboards/catalogue";
import { periodLabel } from "../dashboards/periods";
import { sendNotifications } from "../notifications/notifications";
import { idsOnPath } from "../org/tree-rules";
import { rankChildren } from "./compute-rows";
import { weightsProblem, type RankedRow, type Weight } from "./rules";
import { readWeights } from "./schemes";

const select = {
  id: true,
  period: true,
  status: true,
  weights: true,
  rows: true,
  computedAt: true,
  createdById: true,
  approvedById: true,
  approvedAt: true,
  publishedAt: true,
  node: { select: { id: true, name: true, path: true } },
  scheme: { select: { id: true, name: true } },
} satisfies Prisma.RankingSelect;

export function rankingsWhere(actor: Actor): Prisma.RankingWhereInput {
  const staff = [...scopeOf(actor, "rankings.manage").paths, ...scopeOf(actor, "rankings.approve").paths];
  const read = scopeOf(actor, "rankings.read").paths;
  if (!staff.length && !read.length) requireScope(actor, "rankings.read");
  const above = [...new Set(read.flatMap((p) => idsOnPath(p)))];
  return {
    tenantId: tenantOf(actor),
    OR: [
      { node: nodesIn({ paths: staff, self: false, global: false }) },
      { status: "PUBLISHED", node: nodesIn({ paths: read, self: false, global: false }) },
      { status: "PUBLISHED", nodeId: { in: above.length ? above : ["-none-"] } },
    ],
  };
}

const canOn = (actor: Actor, p: "rankings.manage" | "rankings.approve", path: string) => scopeOf(actor, p).paths.some((s) => path.startsWith(s));

function rowsOf(raw: unknown): RankedRow[] {
  return Array.isArray(raw) ? (raw as RankedRow[]) : [];
}

export async function listRankings({ actor }: { actor: Actor }) {
  return inTenant(actor, async (tx) => {
    const rows = await tx.ranking.findMany({ where: rankingsWhere(actor), select: { id: true, period: true, status: true, computedAt: true, node: { select: { id: true, name: true, path: true } }, scheme: { select: { name: true } }, rows: true }, orderBy: [{ period: "desc" }, { computedAt: "desc" }], take: 100 });
    return rows.map(({ rows: r, ...x }) => ({ ...x, units: rowsOf(r).length, canManage: canOn(actor, "rankings.manage", x.node.path) }));
  });
}

export async function getRanking({ actor, rankingId }: { actor: Actor; rankingId: string }) {
  return inTenant(actor, async (tx) => {
    const r = await tx.ranking.findFirst({ where: { id: rankingId, AND: [rankingsWhere(actor)] }, select });
    if (!r) throw notFound();
    return {
      ...r,
      weights: readWeights(r.weights),
      rows: rowsOf(r.rows),
      canManage: canOn(actor, "rankings.manage", r.node.path),
      canApprove: canOn(actor, "rankings.approve", r.node.path) && r.createdById !== actor.userId,
    };
  });
}

/** The units directly below a node ranked on the half-year's figures; a draft is recomputed, anything later refused. */
export async function computeRanking({ actor, data, now = new Date() }: { actor: Actor; data: { schemeId: string; nodeId: string; period: string }; now?: Date }) {
  const scope = requireScope(actor, "rankings.manage");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await tx.orgNode.findFirst({ where: { id: data.nodeId, tenantId, archived: false, ...nodesIn(scope) }, select: { id: true, name: true } });
    if (!node) throw notFound();
    const scheme = await tx.rankingScheme.findFirst({ where: { id: data.schemeId, tenantId }, select: { id: true, weights: true } });
    if (!scheme) throw notFound();
    const weights = readWeights(scheme.weights).filter((w) => isIndicatorCode(w.indicator) && indicatorOf(w.indicator).rankable);
    if (weightsProblem(weights)) throw invalid("errors.validation", { schemeId: ["validation.rankings.sum"] });
    const rows = await rankChildren(tx, tenantId, node.id, data.period, weights);
    if (rows.length < 2) throw invalid("errors.validation", { nodeId: ["validation.rankings.fewUnits"] });
    const existing = await tx.ranking.findFirst({ where: { tenantId, schemeId: scheme.id, nodeId: node.id, period: data.period }, select: { id: true, status: true } });
    if (existing && existing.status !== "DRAFT") throw conflict("rankings.errors.notDraft");
    const payload = { weights: weights as unknown as Prisma.InputJsonValue, rows: rows as unknown as Prisma.InputJsonValue, computedAt: now };
    const ranking = existing
      ? await tx.ranking.update({ where: { id: existing.id, tenantId }, data: { ...payload, createdById: actor.userId }, select: { id: true } })
      : await tx.ranking.create({ data: { tenantId, schemeId: scheme.id, nodeId: node.id, period: data.period, ...payload, createdById: actor.userId }, select: { id: true } });
    await audit(tx, actor, { action: existing ? "ranking.recompute" : "ranking.compute", entityType: "Ranking", entityId: ranking.id, nodeId: node.id, after: { period: data.period, units: rows.length, top: rows.slice(0, 3).map((r) => [r.name, r.total, r.rank]) } });
    return ranking;
  });
}

async function findForChange(tx: Tx, actor: Actor, rankingId: string, permission: "rankings.manage" | "rankings.approve") {
  const scope = requireScope(actor, permission);
  const r = await tx.ranking.findFirst({ where: { id: rankingId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: { id: true, status: true, nodeId: true, period: true, createdById: true, node: { select: { name: true, path: true } } } });
  if (!r) throw notFound();
  return r;
}

async function move(tx: Tx, actor: Actor, r: { id: string; nodeId: string }, from: "DRAFT" | "APPROVED", data: Prisma.RankingUpdateManyMutationInput, action: string) {
  const { count } = await tx.ranking.updateMany({ where: { id: r.id, tenantId: tenantOf(actor), status: from }, data });
  if (!count) throw conflict("rankings.errors.state");
  await audit(tx, actor, { action, entityType: "Ranking", entityId: r.id, nodeId: r.nodeId, before: { status: from }, after: { status: data.status } });
}

/** A leader approves the computed ranking (not the one who computed it). */
export async function approveRanking({ actor, rankingId, now = new Date() }: { actor: Actor; rankingId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const r = await findForChange(tx, actor, rankingId, "rankings.approve");
    if (r.createdById === actor.userId) throw forbidden();
    await move(tx, actor, r, "DRAFT", { status: "APPROVED", approvedById: actor.userId, approvedAt: now }, "ranking.approve");
    return { id: r.id, status: "APPROVED" as const };
  });
}

/** Publish an approved ranking: the units ranked (and the issuing node's staff) are told. */
export async function publishRanking({ actor, rankingId, now = new Date() }: { actor: Actor; rankingId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const r = await findForChange(tx, actor, rankingId, "rankings.manage");
    await move(tx, actor, r, "APPROVED", { status: "PUBLISHED", publishedById: actor.userId, publishedAt: now }, "ranking.publish");
    const readers = await tx.roleAssignment.findMany({
      where: { tenantId, role: { in: ["UNIT_ADMIN", "REPORTER", "LEADER", "TENANT_ADMIN"] }, user: { disabled: false }, node: { path: { startsWith: r.node.path }, archived: false } },
      select: { userId: true },
    });
    const title = `${r.node.name}${periodLabel(r.period)}考核排名已发布`;
    const notified = await sendNotifications(tx, tenantId, [...new Set(readers.map((x) => x.userId))].map((userId) => ({ userId, kind: "ranking.published", title, link: `/rankings/${r.id}`, dedupeKey: `ranking:${r.id}` })));
    return { id: r.id, status: "PUBLISHED" as const, notified };
  });
}

type T = (key: string, params?: Record<string, string | number>) => string;

/** The ranking with its calculation per unit as .xlsx. */
export async function rankingXlsx(r: Awaited<ReturnType<typeof getRanking>>, t: T): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ljfl-platform";
  const ws = wb.addWorksheet(t("rankings.export.sheet"), { views: [{ state: "frozen", ySplit: 3 }] });
  const weights: Weight[] = r.weights;
  ws.addRow([t("rankings.export.title", { node: r.node.name, period: periodLabel(r.period) })]).font = { bold: true, size: 13 };
  ws.addRow([t("rankings.export.weights", { weights: weights.map((w) => `${t(`dashboards.indicators.${w.indicator}.short`)} ${w.weight}%`).join("，") })]);
  ws.addRow([
    t("rankings.table.rank"),
    t("rankings.table.unit"),
    ...weights.flatMap((w) => [`${t(`dashboards.indicators.${w.indicator}.short`)}`, t("rankings.table.contribution")]),
    t("rankings.table.total"),
  ]).font = { bold: true };
  for (const row of r.rows) ws.addRow([row.rank, row.name, ...weights.flatMap((w) => [row.values[w.indicator] ?? null, row.contributions[w.indicator]]), row.total]);
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 12));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A ranking as .xlsx (404 where getRanking answers 404). Needs export.run besides. */
export async function exportRanking({ actor, rankingId, t }: { actor: Actor; rankingId: string; t: T }) {
  requireScope(actor, "export.run");
  const ranking = await getRanking({ actor, rankingId });
  return { ranking, bytes: await rankingXlsx(ranking, t) };
}
