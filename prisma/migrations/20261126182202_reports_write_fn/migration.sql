-- reports_write_fn: hand-written SQL below
-- The hot path of filing a report in one round trip (lib/reports/write-sql.ts calls it). SECURITY INVOKER: it runs
-- as the app role under row-level security, after setting the tenant for its own (single-statement) transaction.
-- It checks the unit (tenant, the caller's scope, filer kind, type unchanged), upserts the one submission of
-- (type, unit, period) only over the version the client saw, and appends the revision and the audit row.
-- No row comes back when anything refuses; the caller then finds out why with ordinary reads.
CREATE OR REPLACE FUNCTION report_write(
  p_tenant text, p_type text, p_type_code text, p_type_updated timestamptz, p_node text, p_period text,
  p_data jsonb, p_base integer, p_now timestamptz, p_user text, p_on_time boolean, p_scope text[],
  p_filer_kinds text[], p_filer_root text, p_review_kinds text[], p_locked boolean, p_action text,
  p_submission_id text, p_revision_id text, p_key text, p_ip text, p_request text)
RETURNS TABLE (id text, version integer, status text, "onTime" boolean, "submittedAt" timestamptz, "updatedAt" timestamptz)
LANGUAGE plpgsql SECURITY INVOKER AS $$
#variable_conflict use_column
DECLARE
  v_path text;
  v_chain text[] := '{}';
  v_submit boolean := p_action = 'submit';
  r record;
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant, true), set_config('app.user_id', p_user, true);

  SELECT n.path INTO v_path
  FROM "OrgNode" n JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
  WHERE n."tenantId" = p_tenant AND n.id = p_node AND NOT n.archived
    AND k.code = ANY(p_filer_kinds) AND n.path LIKE p_filer_root AND n.path LIKE ANY(p_scope)
    AND EXISTS (SELECT 1 FROM "ReportType" t WHERE t."tenantId" = p_tenant AND t.id = p_type AND t.active AND t."updatedAt" = p_type_updated);
  IF v_path IS NULL THEN RETURN; END IF;

  IF v_submit THEN
    -- Review chain, bottom-up: ancestors of the configured kinds (or of unit kinds) that have somebody to review
    -- (a level nobody can act at would hold the report forever), and the tenant root.
    SELECT COALESCE(array_agg(a.id ORDER BY a.depth DESC), '{}') INTO v_chain
    FROM unnest(string_to_array(trim(both '/' from v_path), '/')) AS anc(id)
    JOIN "OrgNode" a ON a."tenantId" = p_tenant AND a.id = anc.id
    JOIN "OrgKind" ak ON ak.id = a."kindId" AND ak."tenantId" = a."tenantId"
    WHERE a.id <> p_node AND (a.depth = 0 OR (
      (CASE WHEN cardinality(p_review_kinds) > 0 THEN ak.code = ANY(p_review_kinds) ELSE ak."isUnit" END)
      AND EXISTS (SELECT 1 FROM "RoleAssignment" ra WHERE ra."tenantId" = p_tenant AND ra."nodeId" = a.id AND ra.role IN ('UNIT_ADMIN', 'TENANT_ADMIN', 'LEADER'))));
  END IF;

  IF p_locked THEN
    -- Past the lock: only a row a higher level reopened may change, and no row may be created.
    UPDATE "ReportSubmission" s SET
      data = p_data, version = s.version + 1, "updatedById" = p_user, "updatedAt" = p_now,
      status = CASE WHEN v_submit THEN 'SUBMITTED'::"ReportStatus" ELSE s.status END,
      "submittedAt" = CASE WHEN v_submit THEN p_now ELSE s."submittedAt" END,
      "submittedById" = CASE WHEN v_submit THEN p_user ELSE s."submittedById" END,
      "firstSubmittedAt" = CASE WHEN v_submit THEN COALESCE(s."firstSubmittedAt", p_now) ELSE s."firstSubmittedAt" END,
      "onTime" = CASE WHEN v_submit THEN COALESCE(s."onTime", p_on_time) ELSE s."onTime" END,
      "reviewChain" = CASE WHEN v_submit THEN v_chain ELSE s."reviewChain" END,
      "approvedLevel" = CASE WHEN v_submit THEN 0 ELSE s."approvedLevel" END,
      "returnComment" = CASE WHEN v_submit THEN NULL ELSE s."returnComment" END
    WHERE s."tenantId" = p_tenant AND s."reportTypeId" = p_type AND s."nodeId" = p_node AND s."periodKey" = p_period
      AND s.version = p_base AND s.status IN ('DRAFT', 'RETURNED') AND s."reopenedUntil" > p_now
      AND (v_submit OR s.data IS DISTINCT FROM p_data)
    RETURNING s.id, s.version, s.status, s."onTime", s."submittedAt", s."updatedAt" INTO r;
  ELSE
    INSERT INTO "ReportSubmission" AS s ("id", "tenantId", "reportTypeId", "nodeId", "periodKey", "status", "data", "version",
      "submittedAt", "submittedById", "firstSubmittedAt", "onTime", "reviewChain", "approvedLevel", "updatedById", "createdAt", "updatedAt")
    VALUES (p_submission_id, p_tenant, p_type, p_node, p_period,
      CASE WHEN v_submit THEN 'SUBMITTED'::"ReportStatus" ELSE 'DRAFT'::"ReportStatus" END, p_data, 1,
      CASE WHEN v_submit THEN p_now END, CASE WHEN v_submit THEN p_user END, CASE WHEN v_submit THEN p_now END,
      CASE WHEN v_submit THEN p_on_time END, v_chain, 0, p_user, p_now, p_now)
    ON CONFLICT ("tenantId", "reportTypeId", "nodeId", "periodKey") DO UPDATE SET
      data = EXCLUDED.data, version = s.version + 1, "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt",
      status = CASE WHEN v_submit THEN 'SUBMITTED'::"ReportStatus" ELSE s.status END,
      "submittedAt" = CASE WHEN v_submit THEN EXCLUDED."submittedAt" ELSE s."submittedAt" END,
      "submittedById" = CASE WHEN v_submit THEN EXCLUDED."submittedById" ELSE s."submittedById" END,
      "firstSubmittedAt" = CASE WHEN v_submit THEN COALESCE(s."firstSubmittedAt", EXCLUDED."firstSubmittedAt") ELSE s."firstSubmittedAt" END,
      "onTime" = CASE WHEN v_submit THEN COALESCE(s."onTime", EXCLUDED."onTime") ELSE s."onTime" END,
      "reviewChain" = CASE WHEN v_submit THEN EXCLUDED."reviewChain" ELSE s."reviewChain" END,
      "approvedLevel" = CASE WHEN v_submit THEN 0 ELSE s."approvedLevel" END,
      "returnComment" = CASE WHEN v_submit THEN NULL ELSE s."returnComment" END
    WHERE s.version = p_base AND s.status IN ('DRAFT', 'RETURNED')
      -- A draft save that changes nothing writes nothing (no empty revisions from auto-save).
      AND (v_submit OR s.data IS DISTINCT FROM EXCLUDED.data)
    RETURNING s.id, s.version, s.status, s."onTime", s."submittedAt", s."updatedAt" INTO r;
  END IF;
  IF NOT FOUND THEN RETURN; END IF;

  INSERT INTO "ReportRevision" ("id", "tenantId", "submissionId", "version", "action", "status", "data", "actorUserId", "idempotencyKey", "createdAt")
  VALUES (p_revision_id, p_tenant, r.id, r.version, p_action, r.status, p_data, p_user, p_key, p_now);
  INSERT INTO "AuditLog" ("tenantId", "actorUserId", "action", "entityType", "entityId", "nodeId", "after", "ip", "requestId")
  VALUES (p_tenant, p_user, 'report.' || p_action, 'ReportSubmission', r.id, p_node,
    jsonb_build_object('type', p_type_code, 'periodKey', p_period, 'version', r.version, 'status', r.status, 'onTime', r."onTime"), p_ip, p_request);

  RETURN QUERY SELECT r.id, r.version, r.status::text, r."onTime", r."submittedAt", r."updatedAt";
END
$$;
COMMENT ON FUNCTION report_write(text, text, text, timestamptz, text, text, jsonb, integer, timestamptz, text, boolean, text[], text[], text, text[], boolean, text, text, text, text, text, text)
  IS 'app-callable: the filing hot path (security invoker, row-level security applies)';
