-- hot_path_batches: hand-written SQL below
-- The two statements every filing makes (the session check and the write) take a batch: under load the server
-- gathers the requests that arrive while the previous call is running and sends them as one call (group commit,
-- lib/db/group-commit.ts), so parsing, planning, the transaction and the statement triggers are paid once per
-- batch instead of once per request. A request on its own is a batch of one. Same checks, same rows, same
-- row-level security as the one-request functions they replace (report_write, app_load_session): every row is
-- still checked against its own request's unit, scope, version and type.

-- The session check of a batch of users of one tenant (NULL: platform admins), one row per user found.
CREATE OR REPLACE FUNCTION app_load_sessions(p_tid text, p_uids text[]) RETURNS TABLE (uid text, s jsonb)
LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
  IF p_tid IS NULL THEN
    PERFORM set_config('app.platform', 'on', true);
  ELSE
    PERFORM set_config('app.tenant_id', p_tid, true);
  END IF;
  RETURN QUERY
  SELECT u.id, jsonb_build_object(
      'id', u.id, 'tenantId', u."tenantId", 'personId', u."personId", 'displayName', u."displayName", 'disabled', u.disabled,
      'platformAdmin', u."platformAdmin", 'sessionVersion', u."sessionVersion", 'mustChangePassword', u."mustChangePassword",
      'totpEnabled', u."totpEnabled",
      'tenant', (SELECT jsonb_build_object('settings', t.settings, 'archived', t.archived) FROM "Tenant" t WHERE t.id = u."tenantId"),
      'roles', COALESCE((
        SELECT jsonb_agg(jsonb_build_object('role', r.role, 'nodeId', r."nodeId", 'path', n.path, 'archived', n.archived))
        FROM "RoleAssignment" r JOIN "OrgNode" n ON n.id = r."nodeId" AND n."tenantId" = r."tenantId"
        WHERE r."userId" = u.id), '[]'::jsonb),
      'follows', COALESCE((
        SELECT jsonb_agg(jsonb_build_object('nodeId', f."nodeId", 'path', n.path, 'archived', n.archived))
        FROM "RepresentativeFollow" f JOIN "OrgNode" n ON n.id = f."nodeId" AND n."tenantId" = f."tenantId"
        WHERE f."userId" = u.id), '[]'::jsonb))
  FROM "User" u
  WHERE u.id = ANY(p_uids) AND u."tenantId" IS NOT DISTINCT FROM p_tid;
END
$$;
COMMENT ON FUNCTION app_load_sessions(text, text[]) IS 'app-callable: the per-request session check, batched (security invoker, row-level security applies)';

-- Filing a batch of reports of one tenant (lib/reports/write-sql.ts): p_items is a JSON array of requests, each
-- with its ordinal, and no two for the same (type, unit, period). For each request it checks the unit (the
-- caller's scope, filer kind and subtree, type unchanged), upserts the one submission of (type, unit, period)
-- only over the version the client saw (past the lock: only a reopened row, never a new one), and appends the
-- revision and the audit row, all in one statement. A row comes back for each request that wrote; the caller
-- finds out why the others did not with ordinary reads.
CREATE OR REPLACE FUNCTION report_write_many(p_tenant text, p_items jsonb)
RETURNS TABLE (ord integer, id text, version integer, status text, "onTime" boolean, "submittedAt" timestamptz, "updatedAt" timestamptz)
LANGUAGE plpgsql SECURITY INVOKER AS $$
#variable_conflict use_column
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant, true);
  RETURN QUERY
  WITH item AS (
    SELECT * FROM jsonb_to_recordset(p_items) AS x(
      ord integer, type text, type_code text, type_updated timestamptz, node text, period text, data jsonb, base integer,
      at timestamptz, actor text, on_time boolean, scope text[], filer_kinds text[], filer_root text, review_kinds text[],
      locked boolean, action text, submission_id text, revision_id text, key text, ip text, request text)
  ),
  allowed AS (
    SELECT i.*, n.path, i.action = 'submit' AS submit
    FROM item i
    JOIN "OrgNode" n ON n."tenantId" = p_tenant AND n.id = i.node AND NOT n.archived
    JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
    WHERE k.code = ANY(i.filer_kinds) AND n.path LIKE i.filer_root AND n.path LIKE ANY(i.scope)
      AND EXISTS (SELECT 1 FROM "ReportType" t WHERE t."tenantId" = p_tenant AND t.id = i.type AND t.active AND t."updatedAt" = i.type_updated)
  ),
  chained AS (
    -- Review chain of a submission, bottom-up: ancestors of the configured kinds (or of unit kinds) that have
    -- somebody to review (a level nobody can act at would hold the report forever), and the tenant root.
    SELECT a0.*, CASE WHEN a0.submit THEN (
      SELECT COALESCE(array_agg(a.id ORDER BY a.depth DESC), '{}')
      FROM unnest(string_to_array(trim(both '/' from a0.path), '/')) AS anc(node_id)
      JOIN "OrgNode" a ON a."tenantId" = p_tenant AND a.id = anc.node_id
      JOIN "OrgKind" ak ON ak.id = a."kindId" AND ak."tenantId" = a."tenantId"
      WHERE a.id <> a0.node AND (a.depth = 0 OR (
        (CASE WHEN cardinality(a0.review_kinds) > 0 THEN ak.code = ANY(a0.review_kinds) ELSE ak."isUnit" END)
        AND EXISTS (SELECT 1 FROM "RoleAssignment" ra WHERE ra."tenantId" = p_tenant AND ra."nodeId" = a.id AND ra.role IN ('UNIT_ADMIN', 'TENANT_ADMIN', 'LEADER'))))
    ) ELSE '{}'::text[] END AS chain
    FROM allowed a0
  ),
  upserted AS (
    -- Inserted in key order, so two batches touching the same rows lock them in the same order.
    INSERT INTO "ReportSubmission" AS s ("id", "tenantId", "reportTypeId", "nodeId", "periodKey", "status", "data", "version",
      "submittedAt", "submittedById", "firstSubmittedAt", "onTime", "reviewChain", "approvedLevel", "updatedById", "createdAt", "updatedAt")
    SELECT c.submission_id, p_tenant, c.type, c.node, c.period,
      CASE WHEN c.submit THEN 'SUBMITTED'::"ReportStatus" ELSE 'DRAFT'::"ReportStatus" END, c.data, 1,
      CASE WHEN c.submit THEN c.at END, CASE WHEN c.submit THEN c.actor END, CASE WHEN c.submit THEN c.at END,
      CASE WHEN c.submit THEN c.on_time END, c.chain, 0, c.actor, c.at, c.at
    FROM chained c WHERE NOT c.locked
    ORDER BY c.type, c.node, c.period
    -- On conflict, EXCLUDED.status = 'SUBMITTED' says the request submits (a save inserts a draft).
    ON CONFLICT ("tenantId", "reportTypeId", "nodeId", "periodKey") DO UPDATE SET
      data = EXCLUDED.data, version = s.version + 1, "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt",
      status = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN 'SUBMITTED'::"ReportStatus" ELSE s.status END,
      "submittedAt" = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN EXCLUDED."submittedAt" ELSE s."submittedAt" END,
      "submittedById" = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN EXCLUDED."submittedById" ELSE s."submittedById" END,
      "firstSubmittedAt" = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN COALESCE(s."firstSubmittedAt", EXCLUDED."firstSubmittedAt") ELSE s."firstSubmittedAt" END,
      "onTime" = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN COALESCE(s."onTime", EXCLUDED."onTime") ELSE s."onTime" END,
      "reviewChain" = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN EXCLUDED."reviewChain" ELSE s."reviewChain" END,
      "approvedLevel" = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN 0 ELSE s."approvedLevel" END,
      "returnComment" = CASE WHEN EXCLUDED.status = 'SUBMITTED' THEN NULL ELSE s."returnComment" END
    WHERE s.status IN ('DRAFT', 'RETURNED')
      AND s.version = (SELECT c.base FROM chained c WHERE c.type = s."reportTypeId" AND c.node = s."nodeId" AND c.period = s."periodKey")
      -- A draft save that changes nothing writes nothing (no empty revisions from auto-save).
      AND (EXCLUDED.status = 'SUBMITTED' OR s.data IS DISTINCT FROM EXCLUDED.data)
    RETURNING s.id, s."reportTypeId", s."nodeId", s."periodKey", s.version, s.status, s."onTime", s."submittedAt", s."updatedAt"
  ),
  reopened AS (
    -- Past the lock: only a row a higher level reopened may change, and no row may be created.
    UPDATE "ReportSubmission" s SET
      data = c.data, version = s.version + 1, "updatedById" = c.actor, "updatedAt" = c.at,
      status = CASE WHEN c.submit THEN 'SUBMITTED'::"ReportStatus" ELSE s.status END,
      "submittedAt" = CASE WHEN c.submit THEN c.at ELSE s."submittedAt" END,
      "submittedById" = CASE WHEN c.submit THEN c.actor ELSE s."submittedById" END,
      "firstSubmittedAt" = CASE WHEN c.submit THEN COALESCE(s."firstSubmittedAt", c.at) ELSE s."firstSubmittedAt" END,
      "onTime" = CASE WHEN c.submit THEN COALESCE(s."onTime", c.on_time) ELSE s."onTime" END,
      "reviewChain" = CASE WHEN c.submit THEN c.chain ELSE s."reviewChain" END,
      "approvedLevel" = CASE WHEN c.submit THEN 0 ELSE s."approvedLevel" END,
      "returnComment" = CASE WHEN c.submit THEN NULL ELSE s."returnComment" END
    FROM chained c
    WHERE c.locked AND s."tenantId" = p_tenant AND s."reportTypeId" = c.type AND s."nodeId" = c.node AND s."periodKey" = c.period
      AND s.version = c.base AND s.status IN ('DRAFT', 'RETURNED') AND s."reopenedUntil" > c.at
      AND (c.submit OR s.data IS DISTINCT FROM c.data)
    RETURNING s.id, s."reportTypeId", s."nodeId", s."periodKey", s.version, s.status, s."onTime", s."submittedAt", s."updatedAt"
  ),
  written AS (
    SELECT w.*, c.ord, c.action, c.data AS content, c.actor, c.key, c.at, c.revision_id, c.type_code, c.ip, c.request
    FROM (SELECT * FROM upserted UNION ALL SELECT * FROM reopened) w
    JOIN chained c ON c.type = w."reportTypeId" AND c.node = w."nodeId" AND c.period = w."periodKey"
  ),
  revisions AS (
    INSERT INTO "ReportRevision" ("id", "tenantId", "submissionId", "version", "action", "status", "data", "actorUserId", "idempotencyKey", "createdAt")
    SELECT w.revision_id, p_tenant, w.id, w.version, w.action, w.status, w.content, w.actor, w.key, w.at FROM written w
  ),
  audits AS (
    INSERT INTO "AuditLog" ("tenantId", "actorUserId", "action", "entityType", "entityId", "nodeId", "after", "ip", "requestId")
    SELECT p_tenant, w.actor, 'report.' || w.action, 'ReportSubmission', w.id, w."nodeId",
      jsonb_build_object('type', w.type_code, 'periodKey', w."periodKey", 'version', w.version, 'status', w.status, 'onTime', w."onTime"), w.ip, w.request
    FROM written w
  )
  SELECT w.ord, w.id, w.version, w.status::text, w."onTime", w."submittedAt", w."updatedAt" FROM written w;
END
$$;
COMMENT ON FUNCTION report_write_many(text, jsonb) IS 'app-callable: the filing hot path, batched (security invoker, row-level security applies)';

DROP FUNCTION report_write(text, text, text, timestamptz, text, text, jsonb, integer, timestamptz, text, boolean, text[], text[], text, text[], boolean, text, text, text, text, text, text);
DROP FUNCTION app_load_session(text, text);
