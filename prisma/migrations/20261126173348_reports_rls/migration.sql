-- reports_rls: hand-written SQL below
SELECT ljfl_enable_tenant_rls('"ReportType"');
SELECT ljfl_enable_tenant_rls('"ReportSubmission"');
SELECT ljfl_enable_tenant_rls('"ReportRevision"');

-- Nothing a unit submitted is ever lost: revisions are written once and never changed or removed by the app.
COMMENT ON TABLE "ReportRevision" IS 'append-only: every change of a report, with who, when and the content';

-- The review queue looks for reports waiting for a reviewer.
CREATE INDEX IF NOT EXISTS "x_ReportSubmission_waiting" ON "ReportSubmission" ("tenantId") WHERE "status" = 'SUBMITTED';
