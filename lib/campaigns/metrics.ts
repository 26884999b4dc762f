import "server-only";
// The counts behind a campaign's rates, per node of the roster (one row per node path), and the drill-down along
// the tree. The rates themselves and their roll-up are pure (rates.ts):
//   pledge rate        = active roster people who signed ÷ active roster people
//   participation rate = active roster people checked in at ≥ 1 of the campaign's activities in its period ÷ active roster
//   awareness rate     = quiz takers whose on-time score reached the quiz's pass mark ÷ quiz takers
import { notFound } from "../access/errors";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { inPaths, likePatterns } from "./area";
import { rollUp, totalOf, type Group, type NodeCount } from "./rates";
import { periodBounds } from "./time";

export type MetricKind = "pledge" | "participation" | "awareness";

type C = { id: string; startsOn: Date; endsOn: Date };

export async function countsByNode(tx: Tx, tenantId: string, c: C, view: string[], kind: MetricKind, quizId?: string): Promise<NodeCount[]> {
  if (!view.length) return [];
  const patterns = likePatterns(view);
  if (kind === "pledge") {
    return tx.$queryRaw<NodeCount[]>`
      SELECT n.path, count(p.id)::int AS total, count(s.id)::int AS hit
      FROM "Person" p
      JOIN "OrgNode" n ON n.id = p."nodeId" AND n."tenantId" = p."tenantId"
      LEFT JOIN "PledgeSignature" s ON s."tenantId" = p."tenantId" AND s."campaignId" = ${c.id} AND s."personId" = p.id
      WHERE p."tenantId" = ${tenantId} AND p."leftAt" IS NULL AND NOT n.archived AND n.path LIKE ANY(${patterns}::text[])
      GROUP BY n.path`;
  }
  if (kind === "participation") {
    const { since, until } = periodBounds(c.startsOn, c.endsOn);
    return tx.$queryRaw<NodeCount[]>`
      SELECT n.path, count(p.id)::int AS total, count(att.pid)::int AS hit
      FROM "Person" p
      JOIN "OrgNode" n ON n.id = p."nodeId" AND n."tenantId" = p."tenantId"
      LEFT JOIN (
        SELECT DISTINCT ap."personId" AS pid
        FROM "ActivityParticipant" ap JOIN "Activity" a ON a.id = ap."activityId" AND a."tenantId" = ap."tenantId"
        WHERE ap."tenantId" = ${tenantId} AND a."campaignId" = ${c.id} AND ap."checkedInAt" IS NOT NULL AND ap."personId" IS NOT NULL
          AND a.status <> 'CANCELLED' AND a."startsAt" >= ${since} AND a."startsAt" < ${until}
      ) att ON att.pid = p.id
      WHERE p."tenantId" = ${tenantId} AND p."leftAt" IS NULL AND NOT n.archived AND n.path LIKE ANY(${patterns}::text[])
      GROUP BY n.path`;
  }
  return tx.$queryRaw<NodeCount[]>`
    WITH best AS (
      SELECT qa."personId",
        max(CASE WHEN qa.late THEN 0 ELSE qa.percent END) AS best,
        bool_or(NOT qa.late AND qa.percent >= q."passPercent") AS passed
      FROM "QuizAttempt" qa JOIN "Quiz" q ON q.id = qa."quizId" AND q."tenantId" = qa."tenantId"
      WHERE qa."tenantId" = ${tenantId} AND q."campaignId" = ${c.id} AND qa."submittedAt" IS NOT NULL
        AND (${quizId ?? null}::text IS NULL OR q.id = ${quizId ?? null})
      GROUP BY qa."personId"
    )
    SELECT n.path, count(*)::int AS total, (count(*) FILTER (WHERE b.passed))::int AS hit, coalesce(sum(b.best), 0)::int AS sum
    FROM best b
    JOIN "Person" p ON p.id = b."personId" AND p."tenantId" = ${tenantId}
    JOIN "OrgNode" n ON n.id = p."nodeId" AND n."tenantId" = p."tenantId"
    WHERE p."leftAt" IS NULL AND n.path LIKE ANY(${patterns}::text[])
    GROUP BY n.path`;
}

/**
 * The rows of a drill-down: the children of `nodeId` (a node inside the view), or, without one, the view's own
 * root(s) — one root opens straight onto its children.
 */
export async function drillGroups(tx: Tx, tenantId: string, view: string[], nodeId?: string | null) {
  if (!view.length) return { parent: null, groups: [] as Group[], trail: [] as { id: string; name: string }[] };
  let parent: { id: string; name: string; path: string } | null = null;
  if (nodeId) {
    parent = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId }, select: { id: true, name: true, path: true } });
    if (!parent || !inPaths(parent.path, view)) throw notFound();
  } else if (view.length === 1) {
    parent = await tx.orgNode.findFirst({ where: { tenantId, path: view[0] }, select: { id: true, name: true, path: true } });
  }
  const groups = parent
    ? await tx.orgNode.findMany({ where: { tenantId, parentId: parent.id, archived: false }, select: { id: true, name: true, path: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] })
    : await tx.orgNode.findMany({ where: { tenantId, path: { in: view } }, select: { id: true, name: true, path: true }, orderBy: [{ depth: "asc" }, { sortOrder: "asc" }] });
  // The way back up, but never above what the actor sees.
  const trailIds = parent ? parent.path.split("/").filter(Boolean) : [];
  const trailRows = trailIds.length ? await tx.orgNode.findMany({ where: { tenantId, id: { in: trailIds } }, select: { id: true, name: true, path: true, depth: true } }) : [];
  const trail = trailRows.filter((n) => inPaths(n.path, view)).sort((a, b) => a.depth - b.depth).map(({ id, name }) => ({ id, name }));
  return { parent, groups, trail };
}

/** A metric rolled up for one level of the drill-down. */
export async function metricRollUp(tx: Tx, tenantId: string, c: C, view: string[], kind: MetricKind, nodeId?: string | null, quizId?: string) {
  const [{ parent, groups, trail }, counts] = await inOrder([() => drillGroups(tx, tenantId, view, nodeId), () => countsByNode(tx, tenantId, c, view, kind, quizId)]);
  return { parent, trail, ...rollUp(counts, groups, parent?.path ?? null) };
}

/** The whole view's figure (the KPI on the overview). */
export async function metricTotal(tx: Tx, tenantId: string, c: C, view: string[], kind: MetricKind) {
  return totalOf(await countsByNode(tx, tenantId, c, view, kind));
}
