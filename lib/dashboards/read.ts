import "server-only";
// Reading the figures. Every read is one round trip to dash_read() (migrations *_dashboards_rls and
// *_dashboards_read_text), which sets the tenant, keeps to the nodes inside the caller's scope (the scope's LIKE
// patterns are part of its WHERE clause) and returns their subtree totals: a dashboard reads O(children) rows of
// DashRollup, never the source tables.
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { hotQuery } from "../db";
import { idsOnPath } from "../org/tree-rules";
import { likePatterns } from "../reports/filers";
import { CATALOGUE, figureOf, indicatorOf, meetsTarget, roundFigure, type IndicatorCode } from "./catalogue";
import { granularityOf, isPeriodKey, periodAt, periodLabel, periodShortLabel, shiftPeriod, trailing, type Granularity } from "./periods";

export type DashNode = { id: string; name: string; parentId: string | null; path: string; depth: number; kind: string; hasChildren: boolean };
type DashJson = { nodes: DashNode[]; rows: [string, string, string, number, number][]; targets: Record<string, number>; refreshedAt: Date | null };

const TREND: Record<Granularity, number> = { month: 12, quarter: 8, half: 4, year: 2 };

/** The period asked for, or the current month. */
export function periodOrCurrent(period: string | undefined | null, now: Date): string {
  return period && isPeriodKey(period) ? period : periodAt("month", now);
}

type DashFn = { nodes: DashNode[] | null; rows: string | null; targets: Record<string, number> | null; refreshed_at: Date | null };

/** One call of dash_read: the nodes (or their children) in scope, their totals for the periods, targets, freshness. */
export async function readDash(actor: Actor, opts: { nodes: string[]; children: boolean; periods: string[]; indicators?: string[] | null }): Promise<DashJson> {
  const scope = requireScope(actor, "dashboards.read");
  const [r] = await hotQuery<DashFn>(
    "dash_read",
    `SELECT * FROM dash_read($1, $2, $3::text[], $4::text[], $5, $6::text[], $7::text[])`,
    [tenantOf(actor), actor.userId, likePatterns(scope.paths), opts.nodes, opts.children, opts.periods, opts.indicators ?? null],
  );
  return { nodes: r.nodes ?? [], rows: parseRows(r.rows), targets: r.targets ?? {}, refreshedAt: r.refreshed_at };
}

/** The function's rows: one line per roll-up row, "node<TAB>period<TAB>indicator<TAB>num<TAB>den". */
function parseRows(text: string | null): DashJson["rows"] {
  if (!text) return [];
  return text.split("\n").map((line) => {
    const [node, period, ind, num, den] = line.split("\t");
    return [node, period, ind, Number(num), Number(den)];
  });
}

/** The nodes a dashboard opens on: the one asked for, or the roots of the actor's scope (a representative's units). */
export function rootsOf(actor: Actor, nodeId?: string | null): string[] {
  if (nodeId) return [nodeId];
  const scope = requireScope(actor, "dashboards.read");
  return scope.paths.map((p) => idsOnPath(p).at(-1)!).filter(Boolean);
}

type Sums = Map<string, Map<string, [number, number]>>; // period → indicator → [num, den]

function sumRows(rows: DashJson["rows"], nodeIds?: Set<string>): Sums {
  const out: Sums = new Map();
  for (const [node, period, ind, num, den] of rows) {
    if (nodeIds && !nodeIds.has(node)) continue;
    let p = out.get(period);
    if (!p) out.set(period, (p = new Map()));
    const cur = p.get(ind) ?? [0, 0];
    p.set(ind, [cur[0] + num, cur[1] + den]);
  }
  return out;
}

export function targetOf(code: string, targets: Record<string, number>): number | null {
  return targets[code] ?? indicatorOf(code).defaultTarget;
}

function valueOf(code: string, s: [number, number] | undefined): number | null {
  const ind = indicatorOf(code);
  if (!s) return ind.kind === "sum" ? 0 : null;
  return roundFigure(ind, figureOf(ind, s[0], s[1]));
}

export type Card = {
  code: IndicatorCode;
  num: number;
  den: number;
  value: number | null;
  previous: number | null;
  delta: number | null;
  target: number | null;
  meets: boolean | null;
  trend: { period: string; label: string; value: number | null }[];
};

/**
 * A dashboard: every indicator of the catalogue for a node (or the actor's roots together) and a period, with the
 * previous period, the target and a trend. One round trip.
 */
export async function getDashboard({ actor, nodeId, period, now = new Date() }: { actor: Actor; nodeId?: string | null; period?: string | null; now?: Date }) {
  const key = periodOrCurrent(period, now);
  const g = granularityOf(key)!;
  const periods = trailing(key, TREND[g]);
  const roots = rootsOf(actor, nodeId);
  const d = await readDash(actor, { nodes: roots, children: false, periods });
  if (!d.nodes.length || (nodeId && d.nodes[0].id !== nodeId)) throw notFound();
  const sums = sumRows(d.rows);
  const previousKey = shiftPeriod(key, -1);
  const labels = periods.map((p) => periodShortLabel(p, actor.locale));
  const cards: Card[] = CATALOGUE.map((ind) => {
    const s = sums.get(key)?.get(ind.code);
    const value = valueOf(ind.code, s);
    const previous = valueOf(ind.code, sums.get(previousKey)?.get(ind.code));
    const target = targetOf(ind.code, d.targets);
    return {
      code: ind.code,
      num: s?.[0] ?? 0,
      den: s?.[1] ?? 0,
      value,
      previous,
      delta: value !== null && previous !== null ? roundFigure(ind, value - previous) : null,
      target,
      meets: meetsTarget(ind, value, target),
      trend: periods.map((p, i) => ({ period: p, label: labels[i], value: valueOf(ind.code, sums.get(p)?.get(ind.code)) })),
    };
  });
  return {
    period: key,
    periodLabel: periodLabel(key, actor.locale),
    previousPeriod: previousKey,
    node: nodeId || d.nodes.length === 1 ? d.nodes[0] : null,
    roots: d.nodes,
    cards,
    refreshedAt: d.refreshedAt,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/**
 * The drill-down of one indicator: the node's children (or the actor's roots), each with the figure of the period
 * and the one before; the node's own records (people kept on the node itself) as a row of their own.
 */
export async function getDrill({ actor, indicator, nodeId, period, now = new Date() }: { actor: Actor; indicator: string; nodeId?: string | null; period?: string | null; now?: Date }) {
  const ind = indicatorOf(indicator);
  const key = periodOrCurrent(period, now);
  const previousKey = shiftPeriod(key, -1);
  const periods = [previousKey, key];
  const roots = rootsOf(actor, nodeId);
  const single = roots.length === 1;
  const self = await readDash(actor, { nodes: roots, children: false, periods, indicators: [ind.code] });
  if (!self.nodes.length || (nodeId && self.nodes[0].id !== nodeId)) throw notFound();
  const node = single ? self.nodes[0] : null;
  const kids = node ? await readDash(actor, { nodes: [node.id], children: true, periods, indicators: [ind.code] }) : self;
  const row = (n: DashNode, sums: Sums) => {
    const s = sums.get(key)?.get(ind.code);
    const value = valueOf(ind.code, s);
    const previous = valueOf(ind.code, sums.get(previousKey)?.get(ind.code));
    return { ...n, num: s?.[0] ?? 0, den: s?.[1] ?? 0, value, previous, delta: value !== null && previous !== null ? roundFigure(ind, value - previous) : null };
  };
  const rows = kids.nodes.map((n) => row(n, sumRows(kids.rows, new Set([n.id]))));
  const totalSums = sumRows(self.rows);
  const total = totalSums.get(key)?.get(ind.code) ?? [0, 0];
  // What the node's own people and records add (the total minus its children's).
  let direct: { num: number; den: number; value: number | null } | null = null;
  if (node) {
    const num = total[0] - rows.reduce((a, r) => a + r.num, 0);
    const den = total[1] - rows.reduce((a, r) => a + r.den, 0);
    if (Math.abs(num) > 1e-9 || Math.abs(den) > 1e-9) direct = { num, den, value: roundFigure(ind, figureOf(ind, num, den)) };
  }
  const breadcrumb = node ? await breadcrumbOf(actor, node.path) : [];
  return {
    indicator: ind,
    period: key,
    periodLabel: periodLabel(key, actor.locale),
    previousPeriod: previousKey,
    node,
    breadcrumb,
    total: { num: total[0], den: total[1], value: valueOf(ind.code, totalSums.get(key)?.get(ind.code)), previous: valueOf(ind.code, totalSums.get(previousKey)?.get(ind.code)) },
    target: targetOf(ind.code, self.targets),
    rows,
    direct,
    refreshedAt: self.refreshedAt,
  };
}

export type Drill = Awaited<ReturnType<typeof getDrill>>;

/** The way up from a node, never above what the actor sees. */
async function breadcrumbOf(actor: Actor, path: string) {
  const scope = requireScope(actor, "dashboards.read");
  return inTenant(actor, async (tx) => {
    const rows = await tx.orgNode.findMany({ where: { tenantId: tenantOf(actor), id: { in: idsOnPath(path) } }, select: { id: true, name: true, path: true, depth: true } });
    return rows
      .filter((r) => scope.paths.some((p) => r.path.startsWith(p)))
      .sort((a, b) => a.depth - b.depth)
      .map(({ id, name }) => ({ id, name }));
  });
}

/** Several indicators for each child of a node (or each of the actor's roots) in one round trip: the big screen's table. */
export async function getChildrenFigures({ actor, nodeId, period, indicators, now = new Date() }: { actor: Actor; nodeId?: string | null; period?: string | null; indicators: IndicatorCode[]; now?: Date }) {
  const key = periodOrCurrent(period, now);
  const roots = rootsOf(actor, nodeId);
  const d = roots.length === 1 ? await readDash(actor, { nodes: roots, children: true, periods: [key], indicators }) : await readDash(actor, { nodes: roots, children: false, periods: [key], indicators });
  const sums = (id: string) => sumRows(d.rows, new Set([id])).get(key);
  return {
    period: key,
    rows: d.nodes.map((n) => ({ id: n.id, name: n.name, values: Object.fromEntries(indicators.map((code) => [code, valueOf(code, sums(n.id)?.get(code))])) as Record<IndicatorCode, number | null> })),
  };
}
