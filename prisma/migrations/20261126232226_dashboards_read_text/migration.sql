-- dashboards_read_text: dash_read() returns its figures as compact text instead of one jsonb document.
-- Same inputs, same scope and row-level security, still one round trip; building and printing a jsonb array of
-- every (node, period, indicator) row was most of the function's cost. Rows: one line per roll-up row,
-- "nodeId<TAB>periodKey<TAB>indicator<TAB>num<TAB>den" (ids, period keys and indicator codes never hold tabs or
-- line breaks). Nodes and targets stay JSON (a handful of entries).
DROP FUNCTION IF EXISTS dash_read(text, text, text[], text[], boolean, text[], text[]);

CREATE FUNCTION dash_read(p_tenant text, p_user text, p_scope text[], p_nodes text[], p_children boolean, p_periods text[], p_indicators text[],
  OUT nodes json, OUT rows text, OUT targets json, OUT refreshed_at timestamptz)
LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant, true), set_config('app.user_id', p_user, true);
  -- The nodes asked for (or their children), inside the caller's scope; from here on p_nodes holds only those.
  SELECT json_agg(json_build_object('id', n.id, 'name', n.name, 'parentId', n."parentId", 'path', n.path, 'depth', n.depth, 'kind', k.name,
      'hasChildren', EXISTS (SELECT 1 FROM "OrgNode" c WHERE c."tenantId" = p_tenant AND c."parentId" = n.id AND NOT c.archived))
      ORDER BY n."sortOrder", n.name),
    array_agg(n.id)
  INTO nodes, p_nodes
  FROM "OrgNode" n JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
  WHERE n."tenantId" = p_tenant AND n.path LIKE ANY(p_scope)
    AND CASE WHEN p_children THEN n."parentId" = ANY(p_nodes) AND NOT n.archived ELSE n.id = ANY(p_nodes) END;
  SELECT string_agg(concat_ws(E'\t', r."nodeId", r."periodKey", r.indicator, r.num, r.den), E'\n') INTO rows
  FROM "DashRollup" r
  WHERE r."tenantId" = p_tenant AND r."nodeId" = ANY(p_nodes) AND r."periodKey" = ANY(p_periods)
    AND (p_indicators IS NULL OR r.indicator = ANY(p_indicators));
  SELECT json_object_agg(t.indicator, t.target) INTO targets FROM "IndicatorTarget" t WHERE t."tenantId" = p_tenant;
  SELECT s."refreshedAt" INTO refreshed_at FROM "DashState" s WHERE s."tenantId" = p_tenant;
END $$;
COMMENT ON FUNCTION dash_read(text, text, text[], text[], boolean, text[], text[]) IS 'app-callable: dashboard figures in one round trip (security invoker, row-level security applies)';
