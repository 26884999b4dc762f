// Keeping the figures fresh. Triggers on the source tables write what changed into DashDirty (node, month, source
// group); refreshTenant drains it: it recomputes the own facts of the dirty nodes for the dirty months from their
// source records (set-based, one statement per source group), derives quarters, half-years and years, and then
// rebuilds the subtree totals of those nodes and their ancestors bottom-up, each from the node's own facts plus its
// children's totals (O(children) rows per node). Deadlines passing and months starting change figures without a
// write: the tenant's clock (DashState.clockAt) catches them up. rebuildTenant recomputes everything (seed, repair,
// benchmark). Both run in the caller's transaction under a per-tenant advisory lock, so they never overlap.
// No "server-only": the seed and the benchmark run these with the owner connection.
import { CATALOGUE, SOURCE_GROUPS, indicatorsOf, type SourceGroup } from "../catalogue";
import { containing, granularityOf, monthsOf, periodAt, periodBounds, snapshotMonth, windowMonths, type Granularity } from "../periods";
import { deadlinesIn, dueJson, loadDueTypes } from "./report-due";
import { sourceSql } from "./sources";
import type { Sql } from "./sql";

export type OwnWork = { nodes: Set<string> | null; months: Set<string> };
export type Work = { own: Map<SourceGroup, OwnWork>; tree: Set<string> | null; treeAll: boolean };

export type RefreshResult = { entries: number; rebuilt: boolean; groups: string[]; facts: number; rollups: number };

const ALL = "*";
const isGroup = (g: string): g is SourceGroup => (SOURCE_GROUPS as string[]).includes(g);

export function emptyWork(): Work {
  return { own: new Map(), tree: new Set(), treeAll: false };
}

/** Add "these nodes (null: all) need these months (null: the whole window) of this group (null: every group)". */
export function addWork(w: Work, group: SourceGroup | null, nodes: string[] | null, months: string[] | null, window: string[]) {
  for (const g of group ? [group] : SOURCE_GROUPS) {
    const cur = w.own.get(g) ?? { nodes: new Set<string>(), months: new Set<string>() };
    if (nodes === null) cur.nodes = null;
    else if (cur.nodes) for (const n of nodes) cur.nodes.add(n);
    for (const m of months ?? window) if (window.includes(m)) cur.months.add(m);
    if (cur.months.size) w.own.set(g, cur);
  }
}

/** Dirty rows → work. indicator "" is every group, "tree" a change of the tree (subtree totals only). */
export function workOf(rows: { nodeId: string; periodKey: string; indicator: string }[], window: string[]): Work {
  const w = emptyWork();
  for (const r of rows) {
    const nodes = r.nodeId === ALL ? null : [r.nodeId];
    if (r.indicator === "tree") {
      if (nodes === null) w.treeAll = true;
      else w.tree!.add(r.nodeId);
      continue;
    }
    const months = r.periodKey === ALL ? null : [r.periodKey];
    if (r.indicator === "") addWork(w, null, nodes, months, window);
    else if (isGroup(r.indicator)) addWork(w, r.indicator, nodes, months, window);
  }
  return w;
}

function periodArrays(keys: string[]) {
  const sorted = [...new Set(keys)].sort();
  return { keys: sorted, starts: sorted.map((k) => periodBounds(k).start), ends: sorted.map((k) => periodBounds(k).end) };
}

const nodeParam = (nodes: Set<string> | null) => (nodes ? [...nodes] : null);

/** Recompute one group's facts for its nodes and months (and the longer periods those months belong to). */
async function recomputeGroup(sql: Sql, tenantId: string, group: SourceGroup, work: OwnWork, now: Date, extras: { norm: number; dueTypes: Awaited<ReturnType<typeof loadDueTypes>> | null }, fresh: boolean) {
  const window = windowMonths(now);
  const inds = indicatorsOf(group);
  let months = [...work.months].filter((m) => window.includes(m)).sort();
  if (!months.length) return { periods: [] as string[], facts: 0 };
  // A snapshot counts everything up to its as-of instant: a change in one month moves every later month too.
  if (inds.some((i) => i.time === "last")) months = window.filter((m) => m >= months[0]);
  const nodes = nodeParam(work.nodes);
  let facts = 0;

  const write = async (keys: string[], codes: string[], selectSql: string, values: unknown[]) => {
    if (!keys.length || !codes.length) return;
    if (!fresh) {
      await sql.$executeRawUnsafe(
        `DELETE FROM "DashFact" WHERE "tenantId" = $1 AND ($2::text[] IS NULL OR "nodeId" = ANY($2::text[])) AND "periodKey" = ANY($3::text[]) AND indicator = ANY($4::text[])`,
        tenantId,
        nodes,
        keys,
        codes,
      );
    }
    facts += await sql.$executeRawUnsafe(
      `INSERT INTO "DashFact" ("tenantId", "nodeId", "periodKey", indicator, num, den)
       SELECT $1, x.node, x.period, x.indicator, x.num, x.den FROM (${selectSql}) x
       WHERE x.indicator = ANY($${values.length + 1}::text[]) AND (x.num <> 0 OR x.den <> 0)`,
      ...values,
      codes,
    );
  };

  const extra = (g: Granularity, keys: string[]): unknown[] => {
    if (group === "reports") return [dueJson(extras.dueTypes ?? [], keys, now)];
    if (group === "duty") return [extras.norm];
    void g;
    return [];
  };

  // Months, straight from the sources.
  const mp = periodArrays(months);
  await write(mp.keys, inds.map((i) => i.code), sourceSql(group, "month"), [tenantId, nodes, mp.keys, mp.starts, mp.ends, now, ...extra("month", mp.keys)]);

  // Quarters, half-years and years.
  const derived = [...new Set(months.flatMap(containing))].sort();
  for (const g of ["quarter", "half", "year"] as Granularity[]) {
    const keys = derived.filter((k) => granularityOf(k) === g);
    if (!keys.length) continue;
    const sum = inds.filter((i) => i.time === "sum").map((i) => i.code);
    if (sum.length) {
      const monthOf = keys.flatMap((k) => monthsOf(k).map((m) => [m, k] as const));
      await write(
        keys,
        sum,
        `SELECT f."nodeId" AS node, m.period, f.indicator, sum(f.num) AS num, sum(f.den) AS den
         FROM "DashFact" f JOIN unnest($3::text[], $4::text[]) AS m(month, period) ON m.month = f."periodKey"
         WHERE f."tenantId" = $1 AND ($2::text[] IS NULL OR f."nodeId" = ANY($2::text[])) AND f.indicator = ANY($5::text[])
         GROUP BY 1, 2, 3`,
        [tenantId, nodes, monthOf.map((x) => x[0]), monthOf.map((x) => x[1]), sum],
      );
    }
    const last = inds.filter((i) => i.time === "last").map((i) => i.code);
    if (last.length) {
      const snap = keys.map((k) => [snapshotMonth(k, now), k] as const);
      await write(
        keys,
        last,
        `SELECT f."nodeId" AS node, m.period, f.indicator, f.num, f.den
         FROM "DashFact" f JOIN unnest($3::text[], $4::text[]) AS m(month, period) ON m.month = f."periodKey"
         WHERE f."tenantId" = $1 AND ($2::text[] IS NULL OR f."nodeId" = ANY($2::text[])) AND f.indicator = ANY($5::text[])`,
        [tenantId, nodes, snap.map((x) => x[0]), snap.map((x) => x[1]), last],
      );
    }
    const distinct = inds.filter((i) => i.time === "distinct").map((i) => i.code);
    if (distinct.length) {
      const pp = periodArrays(keys);
      await write(pp.keys, distinct, sourceSql(group, g), [tenantId, nodes, pp.keys, pp.starts, pp.ends, now, ...extra(g, pp.keys)]);
    }
  }
  return { periods: [...months, ...derived], facts };
}

/** Every period of the window: its months and the quarters, half-years and years they make. */
export function windowPeriods(now: Date): string[] {
  const months = windowMonths(now);
  return [...months, ...new Set(months.flatMap(containing))];
}

/** Subtree totals of every node for some periods, bottom-up by depth. */
async function rollUpAll(sql: Sql, tenantId: string, periods: string[], fresh: boolean): Promise<number> {
  if (!fresh) await sql.$executeRawUnsafe(`DELETE FROM "DashRollup" WHERE "tenantId" = $1 AND "periodKey" = ANY($2::text[])`, tenantId, periods);
  const [{ max }] = await sql.$queryRawUnsafe<{ max: number | null }[]>(`SELECT max(depth)::int AS max FROM "OrgNode" WHERE "tenantId" = $1`, tenantId);
  let rows = 0;
  for (let d = max ?? 0; d >= 0; d--) {
    rows += await sql.$executeRawUnsafe(
      `INSERT INTO "DashRollup" ("tenantId", "nodeId", "periodKey", indicator, num, den)
       SELECT $1, x.node, x.period, x.indicator, sum(x.num), sum(x.den) FROM (
         SELECT f."nodeId" AS node, f."periodKey" AS period, f.indicator, f.num, f.den
         FROM "DashFact" f JOIN "OrgNode" n ON n.id = f."nodeId" AND n."tenantId" = $1
         WHERE f."tenantId" = $1 AND n.depth = $2 AND f."periodKey" = ANY($3::text[])
         UNION ALL
         SELECT c."parentId", r."periodKey", r.indicator, r.num, r.den
         FROM "DashRollup" r JOIN "OrgNode" c ON c.id = r."nodeId" AND c."tenantId" = $1
         WHERE r."tenantId" = $1 AND c.depth = $2 + 1 AND NOT c.archived AND r."periodKey" = ANY($3::text[])
       ) x GROUP BY x.node, x.period, x.indicator`,
      tenantId,
      d,
      periods,
    );
  }
  return rows;
}

/** Subtree totals of some nodes and all their ancestors for some periods, bottom-up by depth. */
async function rollUpNodes(sql: Sql, tenantId: string, pairs: { nodes: string[]; periods: string[] }[]): Promise<number> {
  const nodeCol: string[] = [];
  const periodCol: string[] = [];
  for (const p of pairs) {
    if (!p.nodes.length || !p.periods.length) continue;
    const anc = await sql.$queryRawUnsafe<{ id: string }[]>(
      `SELECT DISTINCT a.id FROM "OrgNode" n CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from n.path), '/')) AS a(id)
       WHERE n."tenantId" = $1 AND n.id = ANY($2::text[])`,
      tenantId,
      p.nodes,
    );
    for (const a of anc) for (const k of p.periods) {
      nodeCol.push(a.id);
      periodCol.push(k);
    }
  }
  if (!nodeCol.length) return 0;
  // Unique pairs (several groups may name the same node and period).
  const seen = new Set<string>();
  const nodes: string[] = [];
  const periods: string[] = [];
  nodeCol.forEach((n, i) => {
    const k = `${n}|${periodCol[i]}`;
    if (seen.has(k)) return;
    seen.add(k);
    nodes.push(n);
    periods.push(periodCol[i]);
  });
  await sql.$executeRawUnsafe(
    `DELETE FROM "DashRollup" r USING unnest($2::text[], $3::text[]) AS a(node, period)
     WHERE r."tenantId" = $1 AND r."nodeId" = a.node AND r."periodKey" = a.period`,
    tenantId,
    nodes,
    periods,
  );
  const depths = await sql.$queryRawUnsafe<{ depth: number }[]>(
    `SELECT DISTINCT n.depth FROM "OrgNode" n WHERE n."tenantId" = $1 AND n.id = ANY($2::text[]) ORDER BY 1 DESC`,
    tenantId,
    [...new Set(nodes)],
  );
  let rows = 0;
  for (const { depth } of depths) {
    rows += await sql.$executeRawUnsafe(
      `WITH aff AS (
         SELECT a.node, a.period FROM unnest($2::text[], $3::text[]) AS a(node, period)
         JOIN "OrgNode" n ON n.id = a.node AND n."tenantId" = $1 WHERE n.depth = $4
       )
       INSERT INTO "DashRollup" ("tenantId", "nodeId", "periodKey", indicator, num, den)
       SELECT $1, x.node, x.period, x.indicator, sum(x.num), sum(x.den) FROM (
         SELECT aff.node, aff.period, f.indicator, f.num, f.den
         FROM aff JOIN "DashFact" f ON f."tenantId" = $1 AND f."nodeId" = aff.node AND f."periodKey" = aff.period
         UNION ALL
         SELECT aff.node, aff.period, r.indicator, r.num, r.den
         FROM aff JOIN "OrgNode" c ON c."tenantId" = $1 AND c."parentId" = aff.node AND NOT c.archived
         JOIN "DashRollup" r ON r."tenantId" = $1 AND r."nodeId" = c.id AND r."periodKey" = aff.period
       ) x GROUP BY x.node, x.period, x.indicator`,
      tenantId,
      nodes,
      periods,
      depth,
    );
  }
  return rows;
}

async function tenantNorm(sql: Sql, tenantId: string): Promise<number> {
  const [t] = await sql.$queryRawUnsafe<{ norm: number | null }[]>(`SELECT ("settings"->>'dutyNormMinutes')::int AS norm FROM "Tenant" WHERE id = $1`, tenantId);
  return t?.norm ?? 120;
}

/** Carry out some work: own facts per group, then subtree totals. */
export async function applyWork(sql: Sql, tenantId: string, work: Work, now: Date, opts: { fresh?: boolean } = {}): Promise<{ facts: number; rollups: number }> {
  const fresh = !!opts.fresh;
  const extras = {
    norm: work.own.has("duty") ? await tenantNorm(sql, tenantId) : 120,
    dueTypes: work.own.has("reports") ? await loadDueTypes(sql, tenantId) : null,
  };
  let facts = 0;
  let all = work.treeAll;
  const allPeriods = new Set<string>();
  const pairs: { nodes: string[]; periods: string[] }[] = [];
  for (const [group, w] of work.own) {
    const r = await recomputeGroup(sql, tenantId, group, w, now, extras, fresh);
    facts += r.facts;
    r.periods.forEach((p) => allPeriods.add(p));
    if (w.nodes === null) all = true;
    else pairs.push({ nodes: [...w.nodes], periods: r.periods });
  }
  const everyPeriod = windowPeriods(now);
  if (work.treeAll) everyPeriod.forEach((p) => allPeriods.add(p));
  if (work.tree?.size) pairs.push({ nodes: [...work.tree], periods: everyPeriod });
  let rollups = 0;
  if (all) {
    // Some group was recomputed for every node: rebuild the totals of those periods everywhere, plus the pairs'.
    pairs.forEach((p) => p.periods.forEach((k) => allPeriods.add(k)));
    rollups = await rollUpAll(sql, tenantId, [...allPeriods], fresh);
  } else {
    rollups = await rollUpNodes(sql, tenantId, pairs);
  }
  return { facts, rollups };
}

async function lockTenant(sql: Sql, tenantId: string) {
  await sql.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended('ljfl.dashboards:' || $1, 0))::text AS locked`, tenantId);
}

/** Recompute every figure of a tenant for the whole window (first run, seed, benchmark, repair). */
export async function rebuildTenant(sql: Sql, tenantId: string, now: Date): Promise<RefreshResult> {
  await lockTenant(sql, tenantId);
  await sql.$executeRawUnsafe(`DELETE FROM "DashDirty" WHERE "tenantId" = $1`, tenantId);
  await sql.$executeRawUnsafe(`DELETE FROM "DashFact" WHERE "tenantId" = $1`, tenantId);
  await sql.$executeRawUnsafe(`DELETE FROM "DashRollup" WHERE "tenantId" = $1`, tenantId);
  const w = emptyWork();
  addWork(w, null, null, null, windowMonths(now));
  w.treeAll = true;
  const { facts, rollups } = await applyWork(sql, tenantId, w, now, { fresh: true });
  await sql.$executeRawUnsafe(
    `INSERT INTO "DashState" ("tenantId", "clockAt", "refreshedAt", "rebuiltAt") VALUES ($1, $2, $2, $2)
     ON CONFLICT ("tenantId") DO UPDATE SET "clockAt" = $2, "refreshedAt" = $2, "rebuiltAt" = $2`,
    tenantId,
    now,
  );
  return { entries: 0, rebuilt: true, groups: [...SOURCE_GROUPS], facts, rollups };
}

/** What the passage of time since the last run changes: a new month, report deadlines, rectification deadlines. */
export async function clockWork(sql: Sql, tenantId: string, since: Date, now: Date, w: Work) {
  if (now <= since) return;
  const window = windowMonths(now);
  // A month (or year) began: its figures start from every node's records; months outside the window are dropped.
  const months = window.filter((m) => {
    const start = periodBounds(m).start;
    return start > since && start <= now;
  });
  if (months.length) {
    addWork(w, null, null, months, window);
    await sql.$executeRawUnsafe(
      `DELETE FROM "DashFact" WHERE "tenantId" = $1 AND NOT ("periodKey" = ANY($2::text[]))`,
      tenantId,
      windowPeriods(now),
    );
    await sql.$executeRawUnsafe(`DELETE FROM "DashRollup" WHERE "tenantId" = $1 AND NOT ("periodKey" = ANY($2::text[]))`, tenantId, windowPeriods(now));
  }
  const types = await loadDueTypes(sql, tenantId);
  const dueMonths = new Set(types.flatMap((t) => deadlinesIn(t, since, now).map((d) => d.month)));
  if (dueMonths.size) addWork(w, "reports", null, [...dueMonths], window);
  const rect = await sql.$queryRawUnsafe<{ nodeId: string; deadline: Date }[]>(
    `SELECT "nodeId", deadline FROM "Rectification" WHERE "tenantId" = $1 AND deadline > $2 AND deadline <= $3`,
    tenantId,
    since,
    now,
  );
  for (const r of rect) addWork(w, "rectification", [r.nodeId], [periodAt("month", r.deadline)], window);
}

/**
 * One refresh of one tenant: drain its dirty rows (taken with DELETE … RETURNING, so rows written meanwhile wait
 * for the next run, and a failed run gives them back), catch up with the clock, recompute, record the time.
 */
export async function refreshTenant(sql: Sql, tenantId: string, now: Date): Promise<RefreshResult> {
  await lockTenant(sql, tenantId);
  const [state] = await sql.$queryRawUnsafe<{ clockAt: Date }[]>(`SELECT "clockAt" FROM "DashState" WHERE "tenantId" = $1`, tenantId);
  if (!state) return rebuildTenant(sql, tenantId, now);
  const rows = await sql.$queryRawUnsafe<{ nodeId: string; periodKey: string; indicator: string }[]>(
    `DELETE FROM "DashDirty" WHERE "tenantId" = $1 RETURNING "nodeId", "periodKey", indicator`,
    tenantId,
  );
  const window = windowMonths(now);
  const w = workOf(rows, window);
  await clockWork(sql, tenantId, state.clockAt, now, w);
  const { facts, rollups } = w.own.size || w.tree?.size || w.treeAll ? await applyWork(sql, tenantId, w, now) : { facts: 0, rollups: 0 };
  await sql.$executeRawUnsafe(
    `UPDATE "DashState" SET "clockAt" = GREATEST("clockAt", $2), "refreshedAt" = $2 WHERE "tenantId" = $1`,
    tenantId,
    now,
  );
  return { entries: rows.length, rebuilt: false, groups: [...w.own.keys()], facts, rollups };
}

/** Which indicators a source group feeds (for the catalogue page). */
export function groupIndicators(): Record<SourceGroup, string[]> {
  return Object.fromEntries(SOURCE_GROUPS.map((g) => [g, CATALOGUE.filter((i) => i.group === g).map((i) => i.code)])) as Record<SourceGroup, string[]>;
}
