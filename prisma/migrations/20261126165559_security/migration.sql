-- security: hand-written SQL below
-- The second wall. Every tenant-scoped table gets row-level security, enabled and forced, keyed on the
-- transaction-local setting app.tenant_id (set_config(..., true)). A query that forgets the setting sees nothing.
-- The platform admin's cross-tenant reads set app.platform = 'on' through their own explicit code path.
-- Later migrations call ljfl_enable_tenant_rls('"NewTable"') for each new tenant-scoped table; a test checks that
-- no table with a "tenantId" column is left without it.

CREATE OR REPLACE FUNCTION ljfl_enable_tenant_rls(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS platform_read ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING ("tenantId" = current_setting(''app.tenant_id'', true)) '
    'WITH CHECK ("tenantId" = current_setting(''app.tenant_id'', true))', tbl);
  EXECUTE format(
    'CREATE POLICY platform_read ON %s FOR SELECT USING (current_setting(''app.platform'', true) = ''on'')', tbl);
END
$$;

SELECT ljfl_enable_tenant_rls('"OrgKind"');
SELECT ljfl_enable_tenant_rls('"OrgNode"');
SELECT ljfl_enable_tenant_rls('"Person"');
SELECT ljfl_enable_tenant_rls('"Household"');
SELECT ljfl_enable_tenant_rls('"HouseholdLink"');
SELECT ljfl_enable_tenant_rls('"User"');
SELECT ljfl_enable_tenant_rls('"RoleAssignment"');
SELECT ljfl_enable_tenant_rls('"RepresentativeFollow"');
SELECT ljfl_enable_tenant_rls('"AuditLog"');
SELECT ljfl_enable_tenant_rls('"SignInEvent"');
SELECT ljfl_enable_tenant_rls('"ImportJob"');

-- The tenant row itself: visible to its own tenant; created and changed only on the platform path.
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Tenant" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_self ON "Tenant" FOR SELECT USING ("id" = current_setting('app.tenant_id', true));
CREATE POLICY tenant_platform ON "Tenant" USING (current_setting('app.platform', true) = 'on')
  WITH CHECK (current_setting('app.platform', true) = 'on');

-- Platform admins have no tenant: their own user row, role rows and audit rows live on the platform path.
CREATE POLICY platform_write ON "User" FOR ALL
  USING ("tenantId" IS NULL AND current_setting('app.platform', true) = 'on')
  WITH CHECK ("tenantId" IS NULL AND current_setting('app.platform', true) = 'on');
CREATE POLICY platform_write ON "AuditLog" FOR INSERT
  WITH CHECK ("tenantId" IS NULL AND current_setting('app.platform', true) = 'on');
CREATE POLICY platform_write ON "SignInEvent" FOR INSERT
  WITH CHECK ("tenantId" IS NULL);

-- Sign-in happens before the tenant is known: one narrow lookup by login name or phone, and nothing else.
-- SECURITY DEFINER runs as the owner (superuser or BYPASSRLS); the app role may only call it.
CREATE OR REPLACE FUNCTION auth_find_login(p_login text)
RETURNS TABLE (
  "id" text, "tenantId" text, "passwordHash" text, "disabled" boolean,
  "sessionVersion" integer, "mustChangePassword" boolean
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u."id", u."tenantId", u."passwordHash", u."disabled", u."sessionVersion", u."mustChangePassword"
  FROM "User" u
  WHERE u."username" = lower(p_login) OR u."phone" = p_login
  ORDER BY (u."username" = lower(p_login)) DESC
  LIMIT 1
$$;
REVOKE ALL ON FUNCTION auth_find_login(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ljfl_enable_tenant_rls(regclass) FROM PUBLIC;

-- Append-only tables: the migration runner grants the app role SELECT and INSERT only on these.
COMMENT ON TABLE "AuditLog" IS 'append-only: every change, kept at least 180 days';
COMMENT ON TABLE "SignInEvent" IS 'append-only: sign-in history';

-- Subtree lookups are prefix matches on the materialized path; text_pattern_ops serves LIKE 'prefix%' in any
-- collation (the embedded server uses C, a managed server may not).
CREATE INDEX IF NOT EXISTS "x_OrgNode_path_pattern" ON "OrgNode" ("path" text_pattern_ops);

-- Functions the app role may call (the migration runner grants EXECUTE on these and no others).
COMMENT ON FUNCTION auth_find_login(text) IS 'app-callable';
