// The SQL that makes each source group's facts: one statement per group and granularity, over the records of the
// nodes asked for ($2, or all), returning (node, period, indicator, num, den). Records count for the node they hang
// on: a person's records for the person's node on the roster (as the duty, campaign and points pages count them),
// a bin point's ledgers for its node, a household for its node, an inspection and a rectification for their unit.
// Parameters: see PERIODS_CTE; group extras from $7.
import type { SourceGroup } from "../catalogue";
import type { Granularity } from "../periods";
import { activeAt, cumulative, firstAtOrAfter, keyOfDate, keyOfTs, nodeFilter, PEOPLE_CTE, PERIODS_CTE, rosterEvents } from "./sql";

export type FactRow = { node: string; period: string; indicator: string; num: number; den: number };

const inRange = (ts: string) => `${ts} >= (SELECT lo FROM bounds) AND ${ts} < (SELECT hi FROM bounds)`;
const dateInRange = (d: string) =>
  `${d} >= ((SELECT lo FROM bounds) AT TIME ZONE 'Asia/Shanghai')::date AND ${d} < ((SELECT hi FROM bounds) AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * Report submission and on-time rates, per month of the deadline. $7: the due periods as JSON
 * [{ t: typeId, r: filer root LIKE pattern, k: [filer kind codes], p: [[periodKey, month], …] }] — periods whose
 * deadline has passed, computed from the report calendar (lib/reports/calendar.ts) by the caller.
 */
function reports(): string {
  return `
  WITH ${PERIODS_CTE},
  due AS (
    SELECT d->>'t' AS type_id, d->>'r' AS root, kind.code AS kind, e->>0 AS pkey, e->>1 AS month
    FROM jsonb_array_elements($7::jsonb) d
    CROSS JOIN LATERAL jsonb_array_elements_text(d->'k') AS kind(code)
    CROSS JOIN LATERAL jsonb_array_elements(d->'p') e
    WHERE e->>1 IN (SELECT key FROM per)
  ),
  units AS (
    SELECT n.id, n.path, k.code FROM "OrgNode" n JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
    WHERE n."tenantId" = $1 AND NOT n.archived AND ${nodeFilter("n.id")}
  ),
  cells AS (SELECT u.id AS node, d.month, d.type_id, d.pkey FROM due d JOIN units u ON u.code = d.kind AND u.path LIKE d.root),
  agg AS (
    SELECT c.node, c.month, count(*)::float8 AS expected, count(s."firstSubmittedAt")::float8 AS submitted,
      (count(*) FILTER (WHERE s."onTime"))::float8 AS ontime
    FROM cells c
    LEFT JOIN "ReportSubmission" s ON s."tenantId" = $1 AND s."reportTypeId" = c.type_id AND s."nodeId" = c.node AND s."periodKey" = c.pkey
    GROUP BY 1, 2
  )
  SELECT node, month AS period, 'report_submission' AS indicator, submitted AS num, expected AS den FROM agg
  UNION ALL
  SELECT node, month, 'report_ontime', ontime, submitted FROM agg`;
}

/** Pledge rate: active people who have signed a pledge ÷ active people, at each month's as-of instant. */
function pledge(): string {
  return `
  WITH ${PERIODS_CTE},
  ${PEOPLE_CTE},
  sg AS (
    SELECT s."personId" AS pid, min(s."signedAt") AS fs
    FROM "PledgeSignature" s JOIN ppl ON ppl.id = s."personId"
    WHERE s."tenantId" = $1 AND s."personId" IS NOT NULL
    GROUP BY 1
  ),
  signed AS (SELECT ppl.node, greatest(ppl.start, sg.fs) AS start, ppl.left_at FROM ppl JOIN sg ON sg.pid = ppl.id),
  ${cumulative(`${rosterEvents("true", "a")}
    UNION ALL
    SELECT node, ${firstAtOrAfter("start")}, 0, 1 FROM signed WHERE left_at IS NULL OR left_at > start
    UNION ALL
    SELECT node, ${firstAtOrAfter("left_at")}, 0, -1 FROM signed WHERE left_at > start`)}
  SELECT node, key AS period, 'pledge_rate' AS indicator, b::float8 AS num, a::float8 AS den FROM cum`;
}

/**
 * Participation rate over a period: active people checked in at ≥ 1 activity (not cancelled) that started in the
 * period ÷ active people at the period's as-of instant.
 */
function participation(g: Granularity): string {
  return `
  WITH ${PERIODS_CTE},
  ${PEOPLE_CTE},
  ${cumulative(rosterEvents("true", "a"))},
  att AS (
    SELECT DISTINCT ppl.node, ppl.id, per.key
    FROM ppl
    JOIN "ActivityParticipant" ap ON ap."tenantId" = $1 AND ap."personId" = ppl.id AND ap."checkedInAt" IS NOT NULL
    JOIN "Activity" a ON a.id = ap."activityId" AND a."tenantId" = ap."tenantId" AND a.status <> 'CANCELLED' AND ${inRange('a."startsAt"')}
    JOIN per ON per.key = ${keyOfTs(g, 'a."startsAt"')}
    WHERE ${activeAt("ppl", "per.at")}
  ),
  hits AS (SELECT node, key, count(*) AS n FROM att GROUP BY 1, 2)
  SELECT coalesce(c.node, h.node) AS node, coalesce(c.key, h.key) AS period, 'participation_rate' AS indicator,
    coalesce(h.n, 0)::float8 AS num, coalesce(c.a, 0)::float8 AS den
  FROM cum c FULL JOIN hits h ON h.node = c.node AND h.key = c.key`;
}

/**
 * Awareness rate (知晓率) over a period: people (active at its as-of instant) who submitted a knowledge-contest
 * attempt in the period and passed at least one on time ÷ people who submitted an attempt in it.
 */
function awareness(g: Granularity): string {
  return `
  WITH ${PERIODS_CTE},
  ${PEOPLE_CTE},
  tk AS (
    SELECT ppl.node, ppl.id, per.key, bool_or(NOT qa.late AND qa.percent >= q."passPercent") AS passed
    FROM ppl
    JOIN "QuizAttempt" qa ON qa."tenantId" = $1 AND qa."personId" = ppl.id AND qa."submittedAt" IS NOT NULL AND ${inRange('qa."submittedAt"')}
    JOIN "Quiz" q ON q.id = qa."quizId" AND q."tenantId" = qa."tenantId"
    JOIN per ON per.key = ${keyOfTs(g, 'qa."submittedAt"')}
    WHERE ${activeAt("ppl", "per.at")}
    GROUP BY 1, 2, 3
  )
  SELECT node, key AS period, 'awareness_rate' AS indicator, (count(*) FILTER (WHERE passed))::float8 AS num, count(*)::float8 AS den
  FROM tk GROUP BY 1, 2`;
}

/** Correct disposal rate: correctly sorted ÷ observed drops, from supervisors' ledgers and inspections that counted drops. */
function disposal(): string {
  return `
  WITH ${PERIODS_CTE},
  x AS (
    SELECT bp."nodeId" AS node, ${keyOfDate("month", "l.date")} AS key, l.correct AS num, l.observed AS den
    FROM "BinPoint" bp
    JOIN "SupervisionLedger" l ON l."tenantId" = bp."tenantId" AND l."binPointId" = bp.id AND ${dateInRange("l.date")}
    WHERE bp."tenantId" = $1 AND ${nodeFilter('bp."nodeId"')}
    UNION ALL
    SELECT i."nodeId", ${keyOfTs("month", 'i."occurredAt"')}, i.correct, i.observed
    FROM "Inspection" i
    WHERE i."tenantId" = $1 AND ${nodeFilter('i."nodeId"')} AND i.observed > 0 AND i.correct IS NOT NULL AND ${inRange('i."occurredAt"')}
  )
  SELECT x.node, x.key AS period, 'disposal_rate' AS indicator, sum(x.num)::float8 AS num, sum(x.den)::float8 AS den
  FROM x JOIN per ON per.key = x.key GROUP BY 1, 2`;
}

/**
 * Duty: verified minutes (duty_hours), and party members active at the month's as-of instant with verified
 * minutes ≥ the tenant's norm ÷ active party members (duty_norm_share). $7: the norm in minutes.
 */
function duty(): string {
  return `
  WITH ${PERIODS_CTE},
  ${PEOPLE_CTE},
  pm AS (
    SELECT ppl.id, ppl.node, ppl.party, ppl.start, ppl.left_at, per.key, per.at, sum(r.minutes) AS mins
    FROM ppl
    JOIN "DutyRecord" r ON r."tenantId" = $1 AND r."personId" = ppl.id AND r.status = 'VERIFIED' AND ${inRange('r."startAt"')}
    JOIN per ON per.key = ${keyOfTs("month", 'r."startAt"')}
    GROUP BY 1, 2, 3, 4, 5, 6, 7
  ),
  hours AS (SELECT node, key, sum(mins) AS mins FROM pm GROUP BY 1, 2),
  reach AS (
    SELECT node, key, count(*) AS n FROM pm
    WHERE party AND mins >= $7::int AND ${activeAt("pm", "pm.at")}
    GROUP BY 1, 2
  ),
  ${cumulative(rosterEvents("party", "a"))}
  SELECT node, key AS period, 'duty_hours' AS indicator, mins::float8 AS num, 0::float8 AS den FROM hours
  UNION ALL
  SELECT coalesce(c.node, r.node), coalesce(c.key, r.key), 'duty_norm_share', coalesce(r.n, 0)::float8, coalesce(c.a, 0)::float8
  FROM cum c FULL JOIN reach r ON r.node = c.node AND r.key = c.key`;
}

/** Household-link coverage: households with a member linked ÷ households, at each month's as-of instant. */
function coverage(): string {
  return `
  WITH ${PERIODS_CTE},
  hh AS (
    SELECT h."nodeId" AS node, h."createdAt" AS start,
      (SELECT min(l."createdAt") FROM "HouseholdLink" l WHERE l."tenantId" = h."tenantId" AND l."householdId" = h.id) AS linked
    FROM "Household" h WHERE h."tenantId" = $1 AND ${nodeFilter('h."nodeId"')}
  ),
  ${cumulative(`SELECT node, ${firstAtOrAfter("start")} AS j, 1 AS a, 0 AS b FROM hh
    UNION ALL
    SELECT node, ${firstAtOrAfter("greatest(start, linked)")}, 0, 1 FROM hh WHERE linked IS NOT NULL`)}
  SELECT node, key AS period, 'link_coverage' AS indicator, b::float8 AS num, a::float8 AS den FROM cum`;
}

/**
 * Points and the time bank, by the account's person (or card household's) node: points booked other than
 * exchanges (claims, awards, deductions, corrections: points_issued), points spent at exchanges (points_redeemed),
 * volunteer minutes deposited net of reversals (volunteer_hours).
 */
function points(): string {
  return `
  WITH ${PERIODS_CTE},
  acc AS (
    SELECT a.id, p."nodeId" AS node FROM "PointsAccount" a JOIN "Person" p ON p.id = a."personId" AND p."tenantId" = a."tenantId"
    WHERE a."tenantId" = $1 AND ${nodeFilter('p."nodeId"')}
    UNION ALL
    SELECT a.id, c."nodeId" FROM "PointsAccount" a JOIN "PointsCard" c ON c.id = a."cardId" AND c."tenantId" = a."tenantId"
    WHERE a."tenantId" = $1 AND ${nodeFilter('c."nodeId"')}
  ),
  x AS (
    SELECT acc.node, ${keyOfTs("month", 'e."createdAt"')} AS key,
      sum(e.amount) FILTER (WHERE e.currency = 'POINTS' AND e.kind <> 'EXCHANGE') AS issued,
      -sum(e.amount) FILTER (WHERE e.currency = 'POINTS' AND e.kind = 'EXCHANGE') AS redeemed,
      sum(e.amount) FILTER (WHERE e.currency = 'MINUTES' AND e.kind <> 'EXCHANGE') AS minutes
    FROM acc JOIN "LedgerEntry" e ON e."tenantId" = $1 AND e."accountId" = acc.id AND ${inRange('e."createdAt"')}
    GROUP BY 1, 2
  ),
  y AS (SELECT x.* FROM x JOIN per ON per.key = x.key)
  SELECT node, key AS period, 'points_issued' AS indicator, coalesce(issued, 0)::float8 AS num, 0::float8 AS den FROM y
  UNION ALL SELECT node, key, 'points_redeemed', coalesce(redeemed, 0)::float8, 0 FROM y
  UNION ALL SELECT node, key, 'volunteer_hours', coalesce(minutes, 0)::float8, 0 FROM y`;
}

/** Door-to-door visits: by the visitor's node, or the household's when no visitor is on the roster. */
function visits(): string {
  return `
  WITH ${PERIODS_CTE},
  x AS (
    SELECT p."nodeId" AS node, ${keyOfDate("month", 'v."visitedOn"')} AS key
    FROM "Person" p JOIN "HouseholdVisit" v ON v."tenantId" = p."tenantId" AND v."visitorId" = p.id AND ${dateInRange('v."visitedOn"')}
    WHERE p."tenantId" = $1 AND ${nodeFilter('p."nodeId"')}
    UNION ALL
    SELECT h."nodeId", ${keyOfDate("month", 'v."visitedOn"')}
    FROM "Household" h JOIN "HouseholdVisit" v ON v."tenantId" = h."tenantId" AND v."householdId" = h.id AND v."visitorId" IS NULL AND ${dateInRange('v."visitedOn"')}
    WHERE h."tenantId" = $1 AND ${nodeFilter('h."nodeId"')}
  )
  SELECT x.node, x.key AS period, 'visits' AS indicator, count(*)::float8 AS num, 0::float8 AS den FROM x JOIN per ON per.key = x.key GROUP BY 1, 2`;
}

/** Inspection score: the mean of monthly checks' and unannounced inspections' scores as a percentage of the maximum. */
function inspection(): string {
  return `
  WITH ${PERIODS_CTE}
  SELECT i."nodeId" AS node, per.key AS period, 'inspection_score' AS indicator,
    sum(i.total / i."maxTotal" * 100)::float8 AS num, count(*)::float8 AS den
  FROM "Inspection" i JOIN per ON per.key = ${keyOfTs("month", 'i."occurredAt"')}
  WHERE i."tenantId" = $1 AND ${nodeFilter('i."nodeId"')} AND i.kind <> 'FOLLOW_UP' AND i."maxTotal" > 0 AND ${inRange('i."occurredAt"')}
  GROUP BY 1, 2`;
}

/** Rectifications due (deadline passed) in the month that the unit completed by the deadline ÷ rectifications due. */
function rectification(): string {
  return `
  WITH ${PERIODS_CTE}
  SELECT r."nodeId" AS node, per.key AS period, 'rectification_rate' AS indicator,
    (count(*) FILTER (WHERE r.status <> 'OPEN' AND r."doneAt" <= r.deadline))::float8 AS num, count(*)::float8 AS den
  FROM "Rectification" r JOIN per ON per.key = ${keyOfTs("month", "r.deadline")}
  WHERE r."tenantId" = $1 AND ${nodeFilter('r."nodeId"')} AND r.deadline <= $6::timestamptz AND ${inRange("r.deadline")}
  GROUP BY 1, 2`;
}

/** The SQL of a group at a granularity (months for every group; longer periods only for "distinct" groups). */
export function sourceSql(group: SourceGroup, g: Granularity): string {
  switch (group) {
    case "reports":
      return reports();
    case "pledge":
      return pledge();
    case "participation":
      return participation(g);
    case "awareness":
      return awareness(g);
    case "disposal":
      return disposal();
    case "duty":
      return duty();
    case "coverage":
      return coverage();
    case "points":
      return points();
    case "visits":
      return visits();
    case "inspection":
      return inspection();
    case "rectification":
      return rectification();
  }
}
