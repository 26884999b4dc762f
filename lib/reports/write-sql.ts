// The hot path of filing in one round trip: the report_write_many() function (migration *_hot_path_batches)
// checks each request's unit (tenant, scope, filer kind, type unchanged), upserts the one submission of (type,
// unit, period) under optimistic concurrency and appends the revision and the audit row, in the statement's own
// transaction, under row-level security. It takes a batch (the app's group commit sends the requests that
// arrive together as one call); a request that wrote gets a row back, one that was refused gets none, and the
// caller then finds out why (replay of the same click, stale version, lock, scope) with ordinary reads.
//
// Plain SQL text with $n parameters, so the app (through hotQuery on its pg pool) and the benchmark's bare
// node:http + pg server run exactly the same statement.

import { randomBytes } from "node:crypto";

export type WriteAction = "save" | "submit";

/** Ids for the hot path: "r" + 24 characters of [a-z0-9] from 128 random bits (cuid2 hashes, which costs more per call). */
export function fastId(): string {
  const b = randomBytes(16);
  return `r${(b.readBigUInt64BE(0) * 2n ** 64n + b.readBigUInt64BE(8)).toString(36).padStart(25, "0").slice(0, 24)}`;
}

export type WriteParams = {
  tenantId: string;
  typeId: string;
  typeCode: string;
  typeUpdatedAt: Date;
  nodeId: string;
  periodKey: string;
  data: Record<string, unknown>;
  /** The version the client's content was based on (0: the client saw no submission). */
  baseVersion: number;
  now: Date;
  userId: string;
  /** Whether a submission now would be on time (kept from the first submission only). */
  onTime: boolean;
  /** LIKE patterns of the actor's reports.submit scope ('/a/b/%'). */
  scopePatterns: string[];
  filerKindCodes: string[];
  /** LIKE pattern of the type's filer subtree ('%' for the whole tenant). */
  filerRootPattern: string;
  reviewKindCodes: string[];
  /** The period's lock instant has passed: only a reopened row may change, and no row may be created. */
  locked: boolean;
  submissionId: string;
  revisionId: string;
  idempotencyKey: string | null;
  ip: string | null;
  requestId: string | null;
};

export type WriteRow = { id: string; version: number; status: string; onTime: boolean | null; submittedAt: Date | null; updatedAt: Date };

/** A batch of writes of one tenant, no two for the same (type, unit, period): a row for each item that wrote, by ordinal. */
export const WRITE_MANY_SQL = "SELECT * FROM report_write_many($1::text, $2::jsonb)";

export type WriteItem = ReturnType<typeof writeItem>;

/** One request of a batch, as report_write_many() reads it (jsonb_to_recordset: the names are its columns). */
export function writeItem(p: WriteParams, action: WriteAction) {
  return {
    type: p.typeId,
    type_code: p.typeCode,
    type_updated: p.typeUpdatedAt.toISOString(),
    node: p.nodeId,
    period: p.periodKey,
    data: p.data,
    base: p.baseVersion,
    at: p.now.toISOString(),
    actor: p.userId,
    on_time: p.onTime,
    scope: p.scopePatterns,
    filer_kinds: p.filerKindCodes,
    filer_root: p.filerRootPattern,
    review_kinds: p.reviewKindCodes,
    locked: p.locked,
    action,
    submission_id: p.submissionId,
    revision_id: p.revisionId,
    key: p.idempotencyKey,
    ip: p.ip,
    request: p.requestId,
  };
}

/** Requests for the same report (type, unit, period) never share a call: one row written twice in a statement fails it. */
export const writeKey = (item: WriteItem) => `${item.type}/${item.node}/${item.period}`;

/** The parameters of WRITE_MANY_SQL: the tenant and the items, numbered in order. */
export function writeManyValues(tenantId: string, items: WriteItem[]): unknown[] {
  return [tenantId, JSON.stringify(items.map((item, ord) => ({ ord, ...item })))];
}

/** The batch's rows, back in the items' order (undefined: that item wrote nothing). */
export function rowsByItem(rows: (WriteRow & { ord: number })[], count: number): (WriteRow | undefined)[] {
  const out: (WriteRow | undefined)[] = new Array(count).fill(undefined);
  for (const { ord, ...row } of rows) out[ord] = row;
  return out;
}
