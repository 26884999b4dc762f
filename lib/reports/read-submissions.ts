import "server-only";
import type { Actor } from "../access/actor";
import { pathInScope, pathStrictlyInScope, scopeOf } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import type { Tx } from "../db";
import { idsOnPath } from "../org/tree-rules";
import { periodLabel, recentPeriods } from "./calendar";
import { differsFromPrefill } from "./fields";
import { findFilerNode, likePatterns } from "./filers";
import { prefillFor } from "./prefill";
import "./prefill-providers";
import { loadTypeDef, loadTypeDefs } from "./report-types";
import { displayStatus, isEditableStatus, isLocked, isOpen, reviewerLevel, type DisplayStatus, type StoredStatus } from "./status";
import type { TypeDef } from "./type-def";
import { periodFor } from "./write-submissions";

async function userNames(tx: Tx, tenantId: string, ids: (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = list.length ? await tx.user.findMany({ where: { tenantId, id: { in: list } }, select: { id: true, displayName: true } }) : [];
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Everything the filing page shows for one unit's report of one period, and what the actor may do with it. */
export async function getReportView({ actor, type, period: key, nodeId, now = new Date() }: { actor: Actor; type: string; period: string; nodeId: string; now?: Date }) {
  requireScope(actor, "reports.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const def = await loadTypeDef(tx, tenantId, type);
    const period = periodFor(def, key);
    const node = await findFilerNode(tx, actor, def, nodeId, "reports.read");
    const sub = await tx.reportSubmission.findFirst({
      where: { tenantId, reportTypeId: def.id, nodeId: node.id, periodKey: key },
      select: { id: true, status: true, data: true, version: true, submittedAt: true, submittedById: true, firstSubmittedAt: true, onTime: true, reviewChain: true, approvedLevel: true, returnComment: true, reopenedUntil: true, updatedAt: true, updatedById: true },
    });
    const revisions = sub
      ? await tx.reportRevision.findMany({
          where: { tenantId, submissionId: sub.id },
          orderBy: [{ version: "asc" }, { createdAt: "asc" }],
          select: { id: true, version: true, action: true, status: true, comment: true, level: true, actorUserId: true, createdAt: true },
        })
      : [];
    const ancestry = await tx.orgNode.findMany({ where: { tenantId, id: { in: idsOnPath(node.path) } }, select: { id: true, name: true, path: true, depth: true } });
    const byId = new Map(ancestry.map((a) => [a.id, a]));
    const chain = (sub?.reviewChain ?? []).map((id, i) => ({ id, name: byId.get(id)?.name ?? "", path: byId.get(id)?.path ?? "/-gone-/", level: i + 1, approved: !!sub && (sub.status === "APPROVED" || i < sub.approvedLevel) }));
    const names = await userNames(tx, tenantId, [...revisions.map((r) => r.actorUserId), sub?.submittedById ?? null, sub?.updatedById ?? null]);

    const submitScope = scopeOf(actor, "reports.submit");
    const reviewScope = scopeOf(actor, "reports.review");
    const state = sub ? { status: sub.status, firstSubmittedAt: sub.firstSubmittedAt, onTime: sub.onTime, reopenedUntil: sub.reopenedUntil } : null;
    const locked = isLocked(period, state, now);
    const open = isOpen(period, now);
    const canFile = pathInScope(node.path, submitScope);
    const canEdit = canFile && def.active && open && !locked && isEditableStatus(sub?.status);
    const level = reviewerLevel(chain.map((c) => c.path), (p) => pathInScope(p, reviewScope));
    const canReview = sub?.status === "SUBMITTED" && level > 0 && level === sub.approvedLevel + 1;
    const canReopen = pathStrictlyInScope(node.path, reviewScope) && locked && isEditableStatus(sub?.status);

    const prefill = canEdit || sub ? await prefillFor(def.code, { tenantId, nodeId: node.id, periodKey: key, tx }) : {};
    const data = (sub?.data as Record<string, unknown> | undefined) ?? {};
    const initial = sub ? data : Object.keys(prefill).length ? prefill : {};
    return {
      def,
      period,
      periodLabel: periodLabel(def.rule.cadence, key, actor.locale),
      node: { id: node.id, name: node.name, breadcrumb: ancestry.sort((a, b) => a.depth - b.depth).map((a) => a.name) },
      submission: sub
        ? {
            id: sub.id,
            status: sub.status,
            version: sub.version,
            data,
            submittedAt: sub.submittedAt,
            submittedBy: sub.submittedById ? (names.get(sub.submittedById) ?? null) : null,
            firstSubmittedAt: sub.firstSubmittedAt,
            onTime: sub.onTime,
            approvedLevel: sub.approvedLevel,
            returnComment: sub.returnComment,
            reopenedUntil: sub.reopenedUntil,
            updatedAt: sub.updatedAt,
          }
        : null,
      display: displayStatus(state, period, now),
      chain: chain.map(({ path: _p, ...c }) => c),
      revisions: revisions.map((r) => ({ ...r, actorName: names.get(r.actorUserId) ?? "" })),
      initialData: initial,
      prefill,
      differsFromPrefill: Object.keys(prefill).length ? differsFromPrefill(def.fields, initial, prefill) : [],
      can: { edit: canEdit, review: canReview, reviewLevel: level, reopen: canReopen, file: canFile },
      locked,
      open,
      now,
    };
  });
}

/** One revision's content and the content before it (the diff viewer). */
export async function getRevisionPair({ actor, submissionId, revisionId }: { actor: Actor; submissionId: string; revisionId: string }) {
  const scope = requireScope(actor, "reports.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const sub = await tx.reportSubmission.findFirst({ where: { id: submissionId, tenantId, node: nodesIn(scope) }, select: { id: true } });
    if (!sub) throw notFound();
    const withData = await tx.reportRevision.findMany({
      where: { tenantId, submissionId, action: { in: ["save", "submit"] } },
      orderBy: [{ version: "asc" }, { createdAt: "asc" }],
      select: { id: true, version: true, action: true, data: true, createdAt: true },
    });
    const i = withData.findIndex((r) => r.id === revisionId);
    if (i < 0) throw notFound();
    // A submission is compared with the one before it (what changed since the reviewer last saw it); a draft
    // save with the save before it.
    const earlier = withData.slice(0, i);
    const prev = withData[i].action === "submit" ? (earlier.findLast((r) => r.action === "submit") ?? earlier.at(-1)) : earlier.at(-1);
    return { current: withData[i].data as Record<string, unknown>, previous: (prev?.data as Record<string, unknown> | undefined) ?? null, version: withData[i].version, against: prev?.version ?? null };
  });
}

export type FilingRow = { key: string; label: string; deadline: Date; status: DisplayStatus; stored: StoredStatus | null; locked: boolean };

/**
 * The reports of the units the actor files for (their REPORTER and UNIT_ADMIN roles): the newest periods of
 * each type with their status. Tenant-wide roles are not "my units": those actors use completeness and review.
 */
export async function listMyFilings({ actor, now = new Date(), periods = 6, maxUnits = 30 }: { actor: Actor; now?: Date; periods?: number; maxUnits?: number }) {
  const submitScope = scopeOf(actor, "reports.submit");
  const grantPaths = actor.grants.filter((g) => (g.role === "REPORTER" || g.role === "UNIT_ADMIN") && pathInScope(g.path, submitScope)).map((g) => g.path);
  if (!grantPaths.length) return [];
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const defs = await loadTypeDefs(tx, tenantId, { activeOnly: true });
    const out: { def: TypeDef; units: { id: string; name: string; periods: FilingRow[] }[]; more: number }[] = [];
    for (const def of defs) {
      const where = {
        tenantId,
        archived: false,
        kind: { code: { in: def.filerKindCodes } },
        AND: [{ OR: grantPaths.map((p) => ({ path: { startsWith: p } })) }, ...(def.filerRootPath ? [{ path: { startsWith: def.filerRootPath } }] : [])],
      };
      const units = await tx.orgNode.findMany({ where, select: { id: true, name: true }, orderBy: [{ depth: "asc" }, { sortOrder: "asc" }, { name: "asc" }], take: maxUnits });
      const total = units.length < maxUnits ? units.length : await tx.orgNode.count({ where });
      if (!units.length) continue;
      const list = recentPeriods(def.rule, now, def.tz, periods).filter((p) => p.deadline.getTime() >= def.activeFrom.getTime());
      const subs = await tx.reportSubmission.findMany({
        where: { tenantId, reportTypeId: def.id, nodeId: { in: units.map((u) => u.id) }, periodKey: { in: list.map((p) => p.key) } },
        select: { nodeId: true, periodKey: true, status: true, firstSubmittedAt: true, onTime: true, reopenedUntil: true },
      });
      const byKey = new Map(subs.map((s) => [`${s.nodeId}:${s.periodKey}`, s]));
      out.push({
        def,
        more: total - units.length,
        units: units.map((u) => ({
          ...u,
          periods: list.map((p) => {
            const s = byKey.get(`${u.id}:${p.key}`) ?? null;
            return { key: p.key, label: periodLabel(def.rule.cadence, p.key, actor.locale), deadline: p.deadline, status: displayStatus(s, p, now), stored: s?.status ?? null, locked: isLocked(p, s, now) };
          }),
        })),
      });
    }
    return out;
  });
}

export type QueueRow = {
  id: string;
  typeCode: string;
  typeName: string;
  cadence: "WEEKLY" | "MONTHLY" | "QUARTERLY";
  periodKey: string;
  nodeId: string;
  nodeName: string;
  submittedAt: Date;
  onTime: boolean;
  approvedLevel: number;
  levels: number;
};

/**
 * Reports waiting for the actor: submitted, with the next level of their chain inside the actor's review scope
 * and no higher level in it (a district waits until the grassroots union has approved). One query.
 */
export async function listReviewQueue({ actor, take = 200 }: { actor: Actor; take?: number }) {
  const reviewScope = requireScope(actor, "reports.review");
  const readScope = requireScope(actor, "reports.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const review = likePatterns(reviewScope.paths);
    const read = likePatterns(readScope.paths);
    return tx.$queryRawUnsafe<QueueRow[]>(
      `SELECT s.id, t.code AS "typeCode", t.name AS "typeName", t.cadence::text AS cadence, s."periodKey", s."nodeId", n.name AS "nodeName",
              s."submittedAt", s."onTime", s."approvedLevel", cardinality(s."reviewChain") AS levels
       FROM "ReportSubmission" s
       JOIN "ReportType" t ON t.id = s."reportTypeId" AND t."tenantId" = s."tenantId"
       JOIN "OrgNode" n ON n.id = s."nodeId" AND n."tenantId" = s."tenantId"
       JOIN "OrgNode" nx ON nx.id = s."reviewChain"[s."approvedLevel" + 1] AND nx."tenantId" = s."tenantId"
       LEFT JOIN "OrgNode" nh ON nh.id = s."reviewChain"[s."approvedLevel" + 2] AND nh."tenantId" = s."tenantId"
       WHERE s."tenantId" = $1 AND s.status = 'SUBMITTED'
         AND nx.path LIKE ANY($2::text[]) AND (nh.id IS NULL OR NOT nh.path LIKE ANY($2::text[]))
         AND n.path LIKE ANY($3::text[])
       ORDER BY s."submittedAt" ASC
       LIMIT $4`,
      tenantId,
      review,
      read,
      take,
    );
  });
}

/** Reports waiting for the actor's review (the count on the home card and the sidebar). */
export async function countReviewQueue({ actor }: { actor: Actor }) {
  if (!scopeOf(actor, "reports.review").paths.length) return 0;
  return (await listReviewQueue({ actor, take: 1000 })).length;
}

/** The staff home card: reports of my units still to file this period, and reports waiting for my review. */
export async function summarizeReportsForHome({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  if (!scopeOf(actor, "reports.read").paths.length) return null;
  const filings = scopeOf(actor, "reports.submit").paths.length ? await listMyFilings({ actor, now, periods: 2 }) : [];
  const open = new Set<DisplayStatus>(["NOT_STARTED", "DRAFT", "MISSING", "RETURNED"]);
  const toFile = filings.reduce((n, f) => n + f.units.reduce((m, u) => m + u.periods.filter((p) => open.has(p.status) && !p.locked).length, 0), 0);
  const toReview = scopeOf(actor, "reports.review").paths.length ? await countReviewQueue({ actor }) : null;
  return { toFile, toReview };
}
