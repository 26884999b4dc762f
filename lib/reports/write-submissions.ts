import "server-only";
import type { Actor } from "../access/actor";
import { pathInScope, pathStrictlyInScope } from "../access/actor";
import { conflict, forbidden, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { parseInput } from "../access/validate";
import { audit } from "../audit/write-audit";
import { hotBatch, hotQuery, type Tx } from "../db";
import { formatInZone, isPeriodKey, periodLabel, periodOf, type Period } from "./calendar";
import { dataSchema } from "./fields";
import { findFilerNode, likePatterns, usersWithRolesOn } from "./filers";
import { noticeText, notifyUsers, reportLink } from "./notify";
import { cachedTypeDef, forgetCachedType, loadTypeDef } from "./report-types";
import type { WriteReportInput } from "./schemas";
import { isOpen, reviewerLevel, transition, type StoredStatus, type SubmissionState } from "./status";
import type { TypeDef } from "./type-def";
import { fastId, rowsByItem, WRITE_MANY_SQL, writeItem, writeKey, writeManyValues, type WriteAction, type WriteItem, type WriteRow } from "./write-sql";

export type WriteResult = {
  id: string;
  version: number;
  status: StoredStatus;
  onTime: boolean | null;
  submittedAt: Date | null;
  /** When the content was stored (for "已自动保存 17:02"). */
  savedAt: Date;
  /** The same click answered again (a retry after a lost response, a double click). */
  replayed: boolean;
  /** A draft save with nothing new: nothing written. */
  unchanged: boolean;
};

class StaleTypeError extends Error {}

const stateSelect = {
  id: true,
  version: true,
  status: true,
  data: true,
  firstSubmittedAt: true,
  onTime: true,
  submittedAt: true,
  approvedLevel: true,
  reviewChain: true,
  reopenedUntil: true,
  updatedAt: true,
} as const;

function stateOf(row: { status: StoredStatus; version: number; firstSubmittedAt: Date | null; onTime: boolean | null; approvedLevel: number; reviewChain: string[]; reopenedUntil: Date | null }): SubmissionState {
  return { status: row.status, version: row.version, firstSubmittedAt: row.firstSubmittedAt, onTime: row.onTime, approvedLevel: row.approvedLevel, levels: row.reviewChain.length, reopenedUntil: row.reopenedUntil };
}

// The data schema of a type is built once per cached definition (not per request).
const schemas = new WeakMap<TypeDef, Record<WriteAction, ReturnType<typeof dataSchema>>>();
function schemaFor(def: TypeDef, action: WriteAction) {
  let s = schemas.get(def);
  if (!s) schemas.set(def, (s = { save: dataSchema(def.fields, "draft"), submit: dataSchema(def.fields, "submit") }));
  return s[action];
}

// Filings arriving together go to the database as one call (lib/db/group-commit.ts): one tenant per call, never
// the same (type, unit, period) twice in one.
const writeBatch = hotBatch<{ tenantId: string; item: WriteItem }, WriteRow | undefined>({
  group: (w) => w.tenantId,
  key: (w) => writeKey(w.item),
  run: async (batch) => {
    const rows = await hotQuery<WriteRow & { ord: number }>("report_write_many", WRITE_MANY_SQL, writeManyValues(batch[0].tenantId, batch.map((w) => w.item)));
    return rowsByItem(rows, batch.length);
  },
});

/** How filings went to the database so far in this process (tests, diagnostics). */
export const filingBatchStats = () => ({ ...writeBatch.stats });

export function periodFor(def: TypeDef, key: string): Period {
  if (!isPeriodKey(def.rule.cadence, key)) throw invalid("errors.validation", { period: ["validation.report.period"] });
  return periodOf(def.rule, key, def.tz);
}

/**
 * Save a draft or submit: one transaction, one statement on the hot path (shared with the filings arriving
 * alongside). Submitting is idempotent three ways: the (type, unit, period) row is unique, the write only applies
 * to the version the client saw, and a retried click (same idempotency key) gets the first answer back. A stale
 * version is refused (409), never overwritten.
 */
export async function writeReport({ actor, action, input, now = new Date() }: { actor: Actor; action: WriteAction; input: WriteReportInput; now?: Date }): Promise<WriteResult> {
  const scope = requireScope(actor, "reports.submit");
  const tenantId = tenantOf(actor);
  for (let attempt = 0; ; attempt++) {
    const def = await cachedTypeDef(actor, input.type);
    if (!def.active) throw notFound();
    const period = periodFor(def, input.period);
    if (!isOpen(period, now)) throw conflict("errors.report.notOpen");
    const data = await parseInput(schemaFor(def, action), input.data, actor.locale);
    const params = {
      tenantId,
      typeId: def.id,
      typeCode: def.code,
      typeUpdatedAt: def.updatedAt,
      nodeId: input.nodeId,
      periodKey: input.period,
      data,
      baseVersion: input.baseVersion,
      now,
      userId: actor.userId,
      onTime: now.getTime() <= period.deadline.getTime(),
      scopePatterns: likePatterns(scope.paths),
      filerKindCodes: def.filerKindCodes,
      filerRootPattern: def.filerRootPath ? `${def.filerRootPath}%` : "%",
      reviewKindCodes: def.reviewKindCodes,
      locked: !!period.lockAt && now.getTime() >= period.lockAt.getTime(),
      submissionId: fastId(),
      revisionId: fastId(),
      idempotencyKey: input.idempotencyKey ?? null,
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    };
    // One round trip, one transaction (the function's statement, shared with the filings that came with it).
    const r = await writeBatch({ tenantId, item: writeItem(params, action) });
    if (r) {
      return { id: r.id, version: r.version, status: r.status as StoredStatus, onTime: r.onTime, submittedAt: r.submittedAt, savedAt: now, replayed: false, unchanged: false };
    }
    try {
      return await inTenant(actor, (tx) => explainRefusal(tx, actor, def, period, action, input, data, now));
    } catch (e) {
      if (e instanceof StaleTypeError && attempt === 0) {
        forgetCachedType(tenantId, input.type);
        continue;
      }
      throw e;
    }
  }
}

/** The statement wrote nothing: answer a replayed click, or say exactly why (in the same transaction). */
async function explainRefusal(tx: Tx, actor: Actor, def: TypeDef, period: Period, action: WriteAction, input: WriteReportInput, data: Record<string, unknown>, now: Date): Promise<WriteResult> {
  const tenantId = tenantOf(actor);
  if (input.idempotencyKey) {
    const rev = await tx.reportRevision.findFirst({
      where: { tenantId, idempotencyKey: input.idempotencyKey },
      select: { version: true, status: true, createdAt: true, submission: { select: { id: true, reportTypeId: true, nodeId: true, periodKey: true, onTime: true, submittedAt: true } } },
    });
    if (rev) {
      const s = rev.submission;
      if (s.reportTypeId !== def.id || s.nodeId !== input.nodeId || s.periodKey !== input.period) throw conflict("errors.report.keyReused");
      return { id: s.id, version: rev.version, status: rev.status, onTime: s.onTime, submittedAt: s.submittedAt, savedAt: rev.createdAt, replayed: true, unchanged: false };
    }
  }
  await findFilerNode(tx, actor, def, input.nodeId, "reports.submit");
  const type = await tx.reportType.findFirst({ where: { tenantId, id: def.id }, select: { updatedAt: true, active: true } });
  if (!type?.active) throw notFound();
  if (type.updatedAt.getTime() !== def.updatedAt.getTime()) throw new StaleTypeError();
  const cur = await tx.reportSubmission.findFirst({ where: { tenantId, reportTypeId: def.id, nodeId: input.nodeId, periodKey: input.period }, select: stateSelect });
  const t = transition(cur ? stateOf(cur) : null, { type: action }, { now, period });
  if (!t.ok) throw conflict(`errors.report.${t.reason}`);
  if (cur && cur.version !== input.baseVersion) throw conflict("errors.report.stale");
  if (!cur && input.baseVersion !== 0) throw conflict("errors.report.stale");
  if (action === "save" && cur && JSON.stringify(cur.data) === JSON.stringify(data)) {
    return { id: cur.id, version: cur.version, status: cur.status, onTime: cur.onTime, submittedAt: cur.submittedAt, savedAt: cur.updatedAt, replayed: false, unchanged: true };
  }
  throw conflict("errors.retry");
}

/** The current state of one report (after a 409: the newer content the client must look at). */
export async function getReportState({ actor, type, period, nodeId }: { actor: Actor; type: string; period: string; nodeId: string }) {
  return inTenant(actor, async (tx) => {
    const def = await loadTypeDef(tx, tenantOf(actor), type);
    await findFilerNode(tx, actor, def, nodeId, "reports.read");
    const row = await tx.reportSubmission.findFirst({
      where: { tenantId: tenantOf(actor), reportTypeId: def.id, nodeId, periodKey: period },
      select: { version: true, status: true, data: true, updatedAt: true, updatedById: true },
    });
    if (!row) return null;
    const by = row.updatedById ? await tx.user.findFirst({ where: { tenantId: tenantOf(actor), id: row.updatedById }, select: { displayName: true } }) : null;
    return { version: row.version, status: row.status, data: row.data as Record<string, unknown>, updatedAt: row.updatedAt, updatedBy: by?.displayName ?? null };
  });
}

async function chainPathsOf(tx: Tx, tenantId: string, chain: string[]) {
  const nodes = chain.length ? await tx.orgNode.findMany({ where: { tenantId, id: { in: chain } }, select: { id: true, path: true, name: true } }) : [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return chain.map((id) => byId.get(id) ?? { id, path: "/-gone-/", name: "" });
}

/**
 * Approve or return, level by level: the reviewer acts at the highest level of the report's chain inside their
 * review scope, and only when every level below has approved. A return goes back to the unit with the comment.
 */
export async function reviewReport({ actor, input, now = new Date() }: { actor: Actor; input: { submissionId: string; decision: "approve" | "return"; comment: string | null; version: number }; now?: Date }) {
  const readScope = requireScope(actor, "reports.read");
  const reviewScope = requireScope(actor, "reports.review");
  if (input.decision === "return" && !input.comment) throw invalid("errors.validation", { comment: ["validation.report.commentRequired"] });
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const s = await tx.reportSubmission.findFirst({
      where: { id: input.submissionId, tenantId, node: nodesIn(readScope) },
      select: { ...stateSelect, nodeId: true, periodKey: true, node: { select: { name: true } }, type: { select: { code: true, name: true, cadence: true } } },
    });
    if (!s) throw notFound();
    const chain = await chainPathsOf(tx, tenantId, s.reviewChain);
    const level = reviewerLevel(chain.map((c) => c.path), (p) => pathInScope(p, reviewScope));
    if (!level) throw forbidden();
    const t = transition(stateOf(s), { type: input.decision, level }, { now, period: { opensAt: new Date(0), deadline: new Date(0), lockAt: null } });
    if (!t.ok) throw conflict(`errors.report.${t.reason}`);
    if (s.version !== input.version) throw conflict("errors.report.stale");
    const next = t.next;
    const { count } = await tx.reportSubmission.updateMany({
      where: { id: s.id, tenantId, version: s.version },
      data: {
        status: next.status,
        approvedLevel: next.approvedLevel,
        version: next.version,
        returnComment: input.decision === "return" ? input.comment : undefined,
        updatedById: actor.userId,
        updatedAt: now,
      },
    });
    if (!count) throw conflict("errors.report.stale");
    await tx.reportRevision.create({
      data: { tenantId, submissionId: s.id, version: next.version, action: input.decision, status: next.status, comment: input.comment, level, actorUserId: actor.userId, createdAt: now },
    });
    await audit(tx, actor, {
      action: `report.${input.decision}`,
      entityType: "ReportSubmission",
      entityId: s.id,
      nodeId: s.nodeId,
      before: { status: s.status, approvedLevel: s.approvedLevel },
      after: { status: next.status, approvedLevel: next.approvedLevel, level, comment: input.comment },
    });
    const params = { type: s.type.name, period: periodLabel(s.type.cadence, s.periodKey), unit: s.node.name };
    const link = reportLink(s.type.code, s.periodKey, s.nodeId);
    const filers = (await usersWithRolesOn(tx, tenantId, [s.nodeId], ["REPORTER", "UNIT_ADMIN"])).map((u) => u.userId);
    if (input.decision === "return") {
      await notifyUsers(tx, tenantId, filers, { kind: "report.returned", title: noticeText("returnedTitle", params), body: noticeText("returnedBody", { comment: input.comment ?? "" }), link, dedupeKey: `report.returned:${s.id}:${next.version}` });
    } else if (next.status === "APPROVED") {
      await notifyUsers(tx, tenantId, filers, { kind: "report.approved", title: noticeText("approvedTitle", params), body: noticeText("approvedBody", params), link, dedupeKey: `report.approved:${s.id}:${next.version}` });
    } else {
      const nextNode = chain[level];
      const reviewers = (await usersWithRolesOn(tx, tenantId, [nextNode.id], ["UNIT_ADMIN", "TENANT_ADMIN"])).map((u) => u.userId);
      await notifyUsers(tx, tenantId, reviewers, { kind: "report.awaiting", title: noticeText("awaitingTitle", params), body: noticeText("awaitingBody"), link, dedupeKey: `report.awaiting:${s.id}:${next.version}` });
    }
    return { id: s.id, status: next.status, approvedLevel: next.approvedLevel, levels: next.levels, version: next.version };
  });
}

/**
 * A higher level lifts the lock for one unit's period (a missing report, a draft, a returned one) for a few days.
 * Logged as a revision and in the audit log; the unit is told.
 */
export async function reopenReport({ actor, input, now = new Date() }: { actor: Actor; input: { type: string; period: string; nodeId: string; days: number; reason: string }; now?: Date }) {
  const reviewScope = requireScope(actor, "reports.review");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const def = await loadTypeDef(tx, tenantId, input.type);
    const period = periodFor(def, input.period);
    const node = await findFilerNode(tx, actor, def, input.nodeId, "reports.read");
    if (!pathStrictlyInScope(node.path, reviewScope)) throw forbidden();
    const until = new Date(now.getTime() + input.days * 86_400_000);
    const cur = await tx.reportSubmission.findFirst({ where: { tenantId, reportTypeId: def.id, nodeId: node.id, periodKey: input.period }, select: stateSelect });
    const t = transition(cur ? stateOf(cur) : null, { type: "reopen", until }, { now, period });
    if (!t.ok) throw conflict(`errors.report.${t.reason}`);
    let id: string;
    if (cur) {
      const { count } = await tx.reportSubmission.updateMany({ where: { id: cur.id, tenantId, version: cur.version }, data: { reopenedUntil: until, version: t.next.version, updatedById: actor.userId, updatedAt: now } });
      if (!count) throw conflict("errors.report.stale");
      id = cur.id;
    } else {
      const row = await tx.reportSubmission.create({
        data: { tenantId, reportTypeId: def.id, nodeId: node.id, periodKey: input.period, status: "DRAFT", version: 1, reopenedUntil: until, updatedById: actor.userId, createdAt: now, updatedAt: now },
        select: { id: true },
      });
      id = row.id;
    }
    await tx.reportRevision.create({
      data: { tenantId, submissionId: id, version: t.next.version, action: "reopen", status: t.next.status, comment: input.reason, actorUserId: actor.userId, createdAt: now },
    });
    await audit(tx, actor, { action: "report.reopen", entityType: "ReportSubmission", entityId: id, nodeId: node.id, before: { reopenedUntil: cur?.reopenedUntil ?? null }, after: { reopenedUntil: until, reason: input.reason, periodKey: input.period, type: def.code } });
    const filers = (await usersWithRolesOn(tx, tenantId, [node.id], ["REPORTER", "UNIT_ADMIN"])).map((u) => u.userId);
    await notifyUsers(tx, tenantId, filers, {
      kind: "report.reopened",
      title: noticeText("reopenedTitle", { type: def.name, period: periodLabel(def.rule.cadence, input.period) }),
      body: noticeText("reopenedBody", { unit: node.name, until: formatInZone(until, def.tz), reason: input.reason }),
      link: reportLink(def.code, input.period, node.id),
      dedupeKey: `report.reopened:${id}:${t.next.version}`,
    });
    return { id, reopenedUntil: until };
  });
}

