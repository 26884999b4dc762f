-- campaigns_rls: hand-written SQL below
SELECT ljfl_enable_tenant_rls('"Campaign"');
SELECT ljfl_enable_tenant_rls('"CampaignTemplate"');
SELECT ljfl_enable_tenant_rls('"CampaignUnit"');
SELECT ljfl_enable_tenant_rls('"CampaignTask"');
SELECT ljfl_enable_tenant_rls('"TaskAssignment"');
SELECT ljfl_enable_tenant_rls('"TaskReport"');
SELECT ljfl_enable_tenant_rls('"PledgeSignature"');
SELECT ljfl_enable_tenant_rls('"Activity"');
SELECT ljfl_enable_tenant_rls('"ActivityParticipant"');
SELECT ljfl_enable_tenant_rls('"ActivityHousehold"');
SELECT ljfl_enable_tenant_rls('"Question"');
SELECT ljfl_enable_tenant_rls('"Quiz"');
SELECT ljfl_enable_tenant_rls('"QuizAttempt"');
SELECT ljfl_enable_tenant_rls('"Suggestion"');
SELECT ljfl_enable_tenant_rls('"SuggestionSupport"');
SELECT ljfl_enable_tenant_rls('"Selection"');
SELECT ljfl_enable_tenant_rls('"Nomination"');
SELECT ljfl_enable_tenant_rls('"Vote"');

-- Progress reports and votes are never changed or removed by the app.
COMMENT ON TABLE "TaskReport" IS 'append-only: a unit''s progress reports with their evidence';
COMMENT ON TABLE "Vote" IS 'append-only: one member''s vote for one nomination';

-- Public pages (pledge signing, activity check-in) know only an unguessable token, not the tenant. This narrow
-- lookup answers the tenant and row id for one token and nothing else; the page then works inside that tenant.
CREATE OR REPLACE FUNCTION campaigns_resolve_token(p_kind text, p_token text)
RETURNS TABLE ("tenantId" text, "id" text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u."tenantId", u."id" FROM "CampaignUnit" u WHERE p_kind = 'pledge' AND u."pledgeToken" = p_token
  UNION ALL
  SELECT a."tenantId", a."id" FROM "Activity" a WHERE p_kind = 'checkin' AND a."checkinToken" = p_token
  LIMIT 1
$$;
REVOKE ALL ON FUNCTION campaigns_resolve_token(text, text) FROM PUBLIC;
COMMENT ON FUNCTION campaigns_resolve_token(text, text) IS 'app-callable';
