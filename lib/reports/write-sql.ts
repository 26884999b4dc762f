// The hot path of filing in one SQL statement: check the unit (tenant, scope, filer kind, type unchanged),
// upsert the one submission of (type, unit, period) under optimistic concurrency, append the revision and the
// audit row. One round trip inside the caller's transaction; no rows come back when anything refuses, and
// the caller then finds out why (replay of the same click, stale version, lock, scope) with ordinary reads.
//
// Plain SQL text with $n parameters, so the app (through Prisma) and the benchmark's bare node:http + pg server
// run exactly the same statement.

export type WriteAction = "save" | "submit";

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

const NODE = `
  node AS (
    SELECT n.id, n.path FROM "OrgNode" n
    JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
    WHERE n."tenantId" = $1::text AND n.id = $3::text AND NOT n.archived
      AND k.code = ANY($11::text[]) AND n.path LIKE $12::text AND n.path LIKE ANY($10::text[])
      AND EXISTS (SELECT 1 FROM "ReportType" t WHERE t."tenantId" = $1::text AND t.id = $2::text AND t.active AND t."updatedAt" = $14::timestamptz)
  )`;

// Review chain, bottom-up: ancestors of the configured kinds (or of unit kinds) that have somebody to review
// (a level nobody can act at would hold the report forever), and the tenant root.
const CHAIN = `,
  chain AS (
    SELECT COALESCE(array_agg(a.id ORDER BY a.depth DESC), '{}'::text[]) AS ids
    FROM node
    JOIN "OrgNode" a ON a."tenantId" = $1::text AND a.id = ANY(string_to_array(trim(both '/' from node.path), '/')) AND a.id <> node.id
    JOIN "OrgKind" ak ON ak.id = a."kindId" AND ak."tenantId" = a."tenantId"
    WHERE a.depth = 0 OR (
      (CASE WHEN cardinality($13::text[]) > 0 THEN ak.code = ANY($13::text[]) ELSE ak."isUnit" END)
      AND EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."tenantId" = $1::text AND r."nodeId" = a.id AND r.role IN ('UNIT_ADMIN', 'TENANT_ADMIN', 'LEADER'))
    )
  )`;

function setClause(action: WriteAction, alias: string, src: (col: string) => string) {
  const common = `data = ${src("data")}, version = ${alias}.version + 1, "updatedById" = ${src('"updatedById"')}, "updatedAt" = ${src('"updatedAt"')}`;
  if (action === "save") return common;
  return `${common}, status = 'SUBMITTED', "submittedAt" = ${src('"submittedAt"')}, "submittedById" = ${src('"submittedById"')},
      "firstSubmittedAt" = COALESCE(${alias}."firstSubmittedAt", ${src('"firstSubmittedAt"')}), "onTime" = COALESCE(${alias}."onTime", ${src('"onTime"')}),
      "reviewChain" = ${src('"reviewChain"')}, "approvedLevel" = 0, "returnComment" = NULL`;
}

function guard(action: WriteAction, alias: string, locked: boolean) {
  const g = [`${alias}.version = $6::int`, `${alias}.status IN ('DRAFT', 'RETURNED')`];
  if (locked) g.push(`${alias}."reopenedUntil" > $7::timestamptz`);
  // A draft save that changes nothing writes nothing (no empty revisions from auto-save).
  if (action === "save") g.push(`${alias}.data IS DISTINCT FROM $5::jsonb`);
  return g.join(" AND ");
}

// Every parameter is typed even where a variant of the statement does not use it.
const TAIL = `,
  _params AS (SELECT $9::boolean AS on_time, $13::text[] AS review_kinds, $15::boolean AS locked, $16::text AS new_id),
  rev AS (
    INSERT INTO "ReportRevision" ("id", "tenantId", "submissionId", "version", "action", "status", "data", "actorUserId", "idempotencyKey", "createdAt")
    SELECT $17::text, $1::text, up.id, up.version, $19::text, up.status, $5::jsonb, $8::text, $18::text, $7::timestamptz FROM up
  ),
  aud AS (
    INSERT INTO "AuditLog" ("tenantId", "actorUserId", "action", "entityType", "entityId", "nodeId", "after", "ip", "requestId")
    SELECT $1::text, $8::text, 'report.' || $19::text, 'ReportSubmission', up.id, $3::text,
      jsonb_build_object('type', $20::text, 'periodKey', $4::text, 'version', up.version, 'status', up.status, 'onTime', up."onTime"),
      $21::text, $22::text
    FROM up
  )
SELECT id, version, status::text AS status, "onTime", "submittedAt", "updatedAt" FROM up`;

const RETURNING = `RETURNING s.id, s.version, s.status, s."onTime", s."submittedAt", s."updatedAt"`;

/** The statement for a draft save or a submission; `locked` selects the update-only form. */
export function writeSql(action: WriteAction, locked: boolean): string {
  const submit = action === "submit";
  const src = (col: string) => `EXCLUDED.${col}`;
  if (locked) {
    const vals: Record<string, string> = {
      data: "$5::jsonb",
      '"updatedById"': "$8::text",
      '"updatedAt"': "$7::timestamptz",
      '"submittedAt"': "$7::timestamptz",
      '"submittedById"': "$8::text",
      '"firstSubmittedAt"': "$7::timestamptz",
      '"onTime"': "$9::boolean",
      '"reviewChain"': "chain.ids",
    };
    return `WITH${NODE}${CHAIN},
  up AS (
    UPDATE "ReportSubmission" s SET ${setClause(action, "s", (c) => vals[c])}
    FROM node, chain
    WHERE s."tenantId" = $1::text AND s."reportTypeId" = $2::text AND s."nodeId" = node.id AND s."periodKey" = $4::text
      AND ${guard(action, "s", true)}
    ${RETURNING}
  )${TAIL}`;
  }
  return `WITH${NODE}${submit ? CHAIN : ""},
  up AS (
    INSERT INTO "ReportSubmission" AS s ("id", "tenantId", "reportTypeId", "nodeId", "periodKey", "status", "data", "version",
      "submittedAt", "submittedById", "firstSubmittedAt", "onTime", "reviewChain", "approvedLevel", "updatedById", "createdAt", "updatedAt")
    SELECT $16::text, $1::text, $2::text, node.id, $4::text, '${submit ? "SUBMITTED" : "DRAFT"}', $5::jsonb, 1,
      ${submit ? "$7::timestamptz, $8::text, $7::timestamptz, $9::boolean, chain.ids" : "NULL, NULL, NULL, NULL, '{}'::text[]"}, 0, $8::text, $7::timestamptz, $7::timestamptz
    FROM node${submit ? ", chain" : ""}
    ON CONFLICT ("tenantId", "reportTypeId", "nodeId", "periodKey") DO UPDATE SET ${setClause(action, "s", src)}
    WHERE ${guard(action, "s", false)}
    ${RETURNING}
  )${TAIL}`;
}

/** Parameters in the statement's order ($1 … $22). */
export function writeValues(p: WriteParams, action: WriteAction): unknown[] {
  return [
    p.tenantId, // 1
    p.typeId, // 2
    p.nodeId, // 3
    p.periodKey, // 4
    JSON.stringify(p.data), // 5
    p.baseVersion, // 6
    p.now, // 7
    p.userId, // 8
    p.onTime, // 9
    p.scopePatterns, // 10
    p.filerKindCodes, // 11
    p.filerRootPattern, // 12
    p.reviewKindCodes, // 13
    p.typeUpdatedAt, // 14
    p.locked, // 15 (selects the statement; kept for a stable numbering)
    p.submissionId, // 16
    p.revisionId, // 17
    p.idempotencyKey, // 18
    action, // 19
    p.typeCode, // 20
    p.ip, // 21
    p.requestId, // 22
  ];
}
