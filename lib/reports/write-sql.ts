// The hot path of filing in one round trip: the report_write() function (migration *_reports_write_fn) checks
// the unit (tenant, scope, filer kind, type unchanged), upserts the one submission of (type, unit, period) under
// optimistic concurrency and appends the revision and the audit row, in the statement's own transaction, under
// row-level security. No row comes back when anything refuses; the caller then finds out why (replay of the same
// click, stale version, lock, scope) with ordinary reads.
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

export const WRITE_SQL = `SELECT * FROM report_write($1::text, $2::text, $3::text, $4::timestamptz, $5::text, $6::text, $7::jsonb, $8::int,
  $9::timestamptz, $10::text, $11::boolean, $12::text[], $13::text[], $14::text, $15::text[], $16::boolean, $17::text, $18::text, $19::text,
  $20::text, $21::text, $22::text)`;

/** Parameters in the function's order. */
export function writeValues(p: WriteParams, action: WriteAction): unknown[] {
  return [
    p.tenantId,
    p.typeId,
    p.typeCode,
    p.typeUpdatedAt,
    p.nodeId,
    p.periodKey,
    JSON.stringify(p.data),
    p.baseVersion,
    p.now,
    p.userId,
    p.onTime,
    p.scopePatterns,
    p.filerKindCodes,
    p.filerRootPattern,
    p.reviewKindCodes,
    p.locked,
    action,
    p.submissionId,
    p.revisionId,
    p.idempotencyKey,
    p.ip,
    p.requestId,
  ];
}
