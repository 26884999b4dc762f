-- tenant_self_update: hand-written SQL below
-- A tenant's admins change its own settings (password policy, two-factor requirement): UPDATE of the own row only.
CREATE POLICY tenant_self_update ON "Tenant" FOR UPDATE
  USING ("id" = current_setting('app.tenant_id', true))
  WITH CHECK ("id" = current_setting('app.tenant_id', true));
