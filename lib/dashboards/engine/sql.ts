// SQL pieces the sources share: period keys of a timestamp in China time, the requested periods as a table, and
// the roster at each period's as-of instant counted from join and leave events (one pass over the people however
// many periods, instead of people × periods). Plain strings: no database access here.
import type { Granularity } from "../periods";

/** Anything that runs raw SQL: a Prisma client or transaction (the app role's or the owner's). */
export type Sql = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

const TZ = "'Asia/Shanghai'";

/** The period key (of a granularity) of a timestamptz expression, in China time. */
export function keyOfTs(g: Granularity, ts: string): string {
  const local = `(${ts} AT TIME ZONE ${TZ})`;
  return keyOfLocal(g, local);
}

/** The period key of a DATE column (a civil date already). */
export function keyOfDate(g: Granularity, d: string): string {
  return keyOfLocal(g, `(${d})::timestamp`);
}

function keyOfLocal(g: Granularity, local: string): string {
  if (g === "month") return `to_char(${local}, 'YYYY-MM')`;
  if (g === "quarter") return `to_char(${local}, 'YYYY-"Q"Q')`;
  if (g === "half") return `(to_char(${local}, 'YYYY') || CASE WHEN extract(month FROM ${local}) < 7 THEN '-H1' ELSE '-H2' END)`;
  return `to_char(${local}, 'YYYY')`;
}

/**
 * Parameters every source takes: $1 tenant, $2 node ids (NULL: every node), $3 period keys of one granularity
 * (oldest first), $4 their starts, $5 their ends, $6 now. `per` holds each period with its as-of instant (its end,
 * or now while it runs) and its position j; `bounds` the whole range and the sorted as-of instants.
 */
export const PERIODS_CTE = `
  per AS (
    SELECT p.key, p.s, p.e, least(p.e, $6::timestamptz) AS at, p.j::int AS j
    FROM unnest($3::text[], $4::timestamptz[], $5::timestamptz[]) WITH ORDINALITY AS p(key, s, e, j)
  ),
  bounds AS (SELECT min(s) AS lo, max(e) AS hi, array_agg(at ORDER BY j) AS ats, count(*)::int AS n FROM per)`;

/** Rows of a table whose node column is in $2 (or all rows when $2 is NULL). */
export const nodeFilter = (col: string) => `($2::text[] IS NULL OR ${col} = ANY($2::text[]))`;

/** When someone counts on the roster from: the earlier of the record's creation and the day they joined (China time). */
export const PERSON_START = `LEAST(p."createdAt", (p."joinedAt"::timestamp AT TIME ZONE ${TZ}))`;

/** Position of the first period whose as-of instant is at or after `ts` (n + 1 when none). */
export const firstAtOrAfter = (ts: string) => `(width_bucket((${ts}) - interval '1 millisecond', (SELECT ats FROM bounds)) + 1)`;

/**
 * Counts per node and period from +1/−1 events: `events` must select (node, j, a, b) where a and b are two counters
 * moved at period position j (a person joining counts from j on; leaving stops them from j on). The result `cum`
 * has (node, key, a, b): the running totals at each requested period.
 */
export function cumulative(events: string): string {
  return `
  ev AS (${events}),
  esum AS (SELECT node, j, sum(a) AS a, sum(b) AS b FROM ev WHERE j <= (SELECT n FROM bounds) GROUP BY node, j),
  grid AS (SELECT x.node, per.j, per.key FROM (SELECT DISTINCT node FROM esum) x CROSS JOIN per),
  cum AS (
    SELECT g.node, g.key,
      sum(coalesce(e.a, 0)) OVER (PARTITION BY g.node ORDER BY g.j) AS a,
      sum(coalesce(e.b, 0)) OVER (PARTITION BY g.node ORDER BY g.j) AS b
    FROM grid g LEFT JOIN esum e ON e.node = g.node AND e.j = g.j
  )`;
}

/**
 * The people of the nodes asked for, with when they count from and until: `ppl` (id, node, party, start, left_at).
 * People whose leaving precedes their start never count.
 */
export const PEOPLE_CTE = `
  ppl AS (
    SELECT p.id, p."nodeId" AS node, p."isPartyMember" AS party, ${PERSON_START} AS start, p."leftAt" AS left_at
    FROM "Person" p
    WHERE p."tenantId" = $1 AND ${nodeFilter('p."nodeId"')} AND (p."leftAt" IS NULL OR p."leftAt" > ${PERSON_START})
  )`;

/** Roster events of `ppl` rows matching `where`: +1 in counter `col` from the start, −1 from leaving. */
export function rosterEvents(where: string, col: "a" | "b"): string {
  const [a, b] = col === "a" ? ["1", "0"] : ["0", "1"];
  const [na, nb] = col === "a" ? ["-1", "0"] : ["0", "-1"];
  return `SELECT node, ${firstAtOrAfter("start")} AS j, ${a} AS a, ${b} AS b FROM ppl WHERE ${where}
    UNION ALL
    SELECT node, ${firstAtOrAfter("left_at")} AS j, ${na} AS a, ${nb} AS b FROM ppl WHERE ${where} AND left_at IS NOT NULL`;
}

/** Active on the roster at an instant. */
export const activeAt = (p: string, at: string) => `(${p}.start <= ${at} AND (${p}.left_at IS NULL OR ${p}.left_at > ${at}))`;
