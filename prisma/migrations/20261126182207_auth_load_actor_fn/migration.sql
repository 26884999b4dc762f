-- auth_load_actor_fn: hand-written SQL below
-- The session check every request makes (lib/auth/load-actor.ts), in one round trip instead of a transaction of
-- ten statements: the user with their tenant's policies, their roles and followed units with the nodes' paths.
-- SECURITY INVOKER: it runs as the app role under row-level security, after setting the tenant (or the platform
-- path for platform admins) for its own single-statement transaction, exactly as the transaction did before.
CREATE OR REPLACE FUNCTION app_load_session(p_uid text, p_tid text) RETURNS jsonb
LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
  IF p_tid IS NULL THEN
    PERFORM set_config('app.platform', 'on', true);
  ELSE
    PERFORM set_config('app.tenant_id', p_tid, true);
  END IF;
  PERFORM set_config('app.user_id', p_uid, true);
  RETURN (
    SELECT jsonb_build_object(
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
    WHERE u.id = p_uid AND u."tenantId" IS NOT DISTINCT FROM p_tid
  );
END
$$;
COMMENT ON FUNCTION app_load_session(text, text) IS 'app-callable: the per-request session check (security invoker, row-level security applies)';
