-- dashboards_rls: hand-written SQL below
-- Row-level security for the new tenant tables; the statement triggers that tell the dashboards what changed; the
-- indexes the roll-up needs on other domains' tables; the one-round-trip read of the figures.

SELECT ljfl_enable_tenant_rls('"IndicatorTarget"');
SELECT ljfl_enable_tenant_rls('"DashFact"');
SELECT ljfl_enable_tenant_rls('"DashRollup"');
SELECT ljfl_enable_tenant_rls('"DashDirty"');
SELECT ljfl_enable_tenant_rls('"DashState"');
SELECT ljfl_enable_tenant_rls('"Checklist"');
SELECT ljfl_enable_tenant_rls('"Inspection"');
SELECT ljfl_enable_tenant_rls('"Rectification"');
SELECT ljfl_enable_tenant_rls('"QuarterlyNotice"');
SELECT ljfl_enable_tenant_rls('"RankingScheme"');
SELECT ljfl_enable_tenant_rls('"Ranking"');

-- Access paths of the roll-up from a node's people to their records (lib/dashboards/engine/sources.ts).
CREATE INDEX IF NOT EXISTS "x_PledgeSignature_person" ON "PledgeSignature" ("tenantId", "personId");
CREATE INDEX IF NOT EXISTS "x_QuizAttempt_person" ON "QuizAttempt" ("tenantId", "personId");
CREATE INDEX IF NOT EXISTS "x_PointsCard_node" ON "PointsCard" ("tenantId", "nodeId");
CREATE INDEX IF NOT EXISTS "x_Rectification_overdue" ON "Rectification" ("tenantId", deadline) WHERE status = 'OPEN';

-- ───── what changed: statement triggers write (tenant, node, month, source group) into DashDirty ─────
-- One row per distinct key and statement (an import of 1,000 people marks each node once). "*" as node: every
-- node; "*" as month: every month of the window; group "" every group, "tree" a change of the tree itself.
-- SECURITY DEFINER: a write on the platform path (no tenant set) must still be able to leave its mark.

CREATE OR REPLACE FUNCTION dash_month(ts timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_char(ts AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') $$;

-- The month (China time) of a report period's deadline: the same arithmetic as lib/reports/calendar.ts periodOf.
CREATE OR REPLACE FUNCTION dash_report_month(p_cadence text, p_key text, p_weekday integer, p_offset integer) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE p_cadence
    WHEN 'WEEKLY' THEN to_char(to_date(p_key, 'IYYY-"W"IW') + (least(7, greatest(1, coalesce(p_weekday, 3))) - 1) + 7 * p_offset, 'YYYY-MM')
    WHEN 'MONTHLY' THEN to_char(to_date(p_key || '-01', 'YYYY-MM-DD') + make_interval(months => p_offset), 'YYYY-MM')
    ELSE to_char(to_date(substr(p_key, 1, 4) || '-' || lpad(((substr(p_key, 7, 1)::int - 1) * 3 + 3)::text, 2, '0') || '-01', 'YYYY-MM-DD')
      + make_interval(months => p_offset), 'YYYY-MM')
  END
$$;

-- Report submissions: filed or timeliness changed.
CREATE OR REPLACE FUNCTION dash_mark_report_submission() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- (A statement may only name the transition tables its trigger has: one branch per operation.)
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT n."tenantId", n."nodeId", dash_report_month(t.cadence::text, n."periodKey", t.weekday, t."periodOffset"), 'reports'
    FROM new_rows n JOIN "ReportType" t ON t.id = n."reportTypeId" WHERE n."firstSubmittedAt" IS NOT NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT n."tenantId", n."nodeId", dash_report_month(t.cadence::text, n."periodKey", t.weekday, t."periodOffset"), 'reports'
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "ReportType" t ON t.id = n."reportTypeId"
    WHERE o."firstSubmittedAt" IS DISTINCT FROM n."firstSubmittedAt" OR o."onTime" IS DISTINCT FROM n."onTime";
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT o."tenantId", o."nodeId", '*', 'reports' FROM old_rows o WHERE o."firstSubmittedAt" IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

-- Report types: who files and when changed for the whole tenant.
CREATE OR REPLACE FUNCTION dash_mark_report_type() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator) SELECT DISTINCT "tenantId", '*', '*', 'reports' FROM new_rows;
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator) SELECT DISTINCT "tenantId", '*', '*', 'reports' FROM old_rows;
  END IF;
  RETURN NULL;
END $$;

-- Duty records: by the person's node and the month the shift started.
CREATE OR REPLACE FUNCTION dash_mark_duty_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT r."tenantId", p."nodeId", dash_month(r."startAt"), 'duty'
    FROM new_rows r JOIN "Person" p ON p.id = r."personId" WHERE r.status = 'VERIFIED';
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", p."nodeId", dash_month(x."startAt"), 'duty' FROM (
      SELECT n."tenantId", n."personId", n."startAt" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o.status <> n.status OR o.minutes IS DISTINCT FROM n.minutes OR o."startAt" <> n."startAt" OR o."personId" <> n."personId"
      UNION
      SELECT o."tenantId", o."personId", o."startAt" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o.status <> n.status OR o.minutes IS DISTINCT FROM n.minutes OR o."startAt" <> n."startAt" OR o."personId" <> n."personId"
    ) x JOIN "Person" p ON p.id = x."personId";
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT r."tenantId", p."nodeId", dash_month(r."startAt"), 'duty'
    FROM old_rows r JOIN "Person" p ON p.id = r."personId" WHERE r.status = 'VERIFIED';
  END IF;
  RETURN NULL;
END $$;

-- Supervisors' ledgers: by the bin point's node and the day's month.
CREATE OR REPLACE FUNCTION dash_mark_supervision_ledger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT l."tenantId", b."nodeId", to_char(l.date, 'YYYY-MM'), 'disposal' FROM new_rows l JOIN "BinPoint" b ON b.id = l."binPointId";
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT l."tenantId", b."nodeId", to_char(l.date, 'YYYY-MM'), 'disposal' FROM old_rows l JOIN "BinPoint" b ON b.id = l."binPointId";
  END IF;
  RETURN NULL;
END $$;

-- A bin point moved to another node: its ledgers count there now.
CREATE OR REPLACE FUNCTION dash_mark_bin_point() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
  SELECT DISTINCT x."tenantId", x.node, '*', 'disposal' FROM (
    SELECT o."tenantId", o."nodeId" AS node FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."nodeId" <> n."nodeId"
    UNION ALL
    SELECT n."tenantId", n."nodeId" FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."nodeId" <> n."nodeId") x;
  RETURN NULL;
END $$;

-- Pledge signatures of roster people: from the month signed on (a snapshot: later months follow).
CREATE OR REPLACE FUNCTION dash_mark_pledge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT s."tenantId", p."nodeId", dash_month(s."signedAt"), 'pledge' FROM new_rows s JOIN "Person" p ON p.id = s."personId";
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT s."tenantId", p."nodeId", dash_month(s."signedAt"), 'pledge' FROM old_rows s JOIN "Person" p ON p.id = s."personId";
  END IF;
  RETURN NULL;
END $$;

-- Activity check-ins: by the person's node and the month the activity started.
CREATE OR REPLACE FUNCTION dash_mark_participant() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", p."nodeId", coalesce(dash_month(a."startsAt"), '*'), 'participation'
    FROM new_rows x JOIN "Person" p ON p.id = x."personId" LEFT JOIN "Activity" a ON a.id = x."activityId"
    WHERE x."checkedInAt" IS NOT NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", p."nodeId", coalesce(dash_month(a."startsAt"), '*'), 'participation' FROM (
      SELECT n."tenantId", n."personId", n."activityId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o."checkedInAt" IS DISTINCT FROM n."checkedInAt" OR o."personId" IS DISTINCT FROM n."personId"
      UNION
      SELECT o."tenantId", o."personId", o."activityId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o."checkedInAt" IS DISTINCT FROM n."checkedInAt" OR o."personId" IS DISTINCT FROM n."personId"
    ) x JOIN "Person" p ON p.id = x."personId" LEFT JOIN "Activity" a ON a.id = x."activityId";
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", p."nodeId", coalesce(dash_month(a."startsAt"), '*'), 'participation'
    FROM old_rows x JOIN "Person" p ON p.id = x."personId" LEFT JOIN "Activity" a ON a.id = x."activityId"
    WHERE x."checkedInAt" IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

-- An activity cancelled or moved: its participants' figures of the old and new month.
CREATE OR REPLACE FUNCTION dash_mark_activity() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
  SELECT DISTINCT x."tenantId", p."nodeId", x.month, 'participation' FROM (
    SELECT n."tenantId", n.id, dash_month(o."startsAt") AS month FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.status <> n.status OR o."startsAt" <> n."startsAt"
    UNION
    SELECT n."tenantId", n.id, dash_month(n."startsAt") FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.status <> n.status OR o."startsAt" <> n."startsAt") x
  JOIN "ActivityParticipant" ap ON ap."activityId" = x.id AND ap."checkedInAt" IS NOT NULL
  JOIN "Person" p ON p.id = ap."personId";
  RETURN NULL;
END $$;

-- Knowledge-contest attempts: by the person's node and the month submitted.
CREATE OR REPLACE FUNCTION dash_mark_quiz_attempt() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", p."nodeId", dash_month(x."submittedAt"), 'awareness' FROM new_rows x JOIN "Person" p ON p.id = x."personId"
    WHERE x."submittedAt" IS NOT NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", p."nodeId", dash_month(x."submittedAt"), 'awareness' FROM old_rows x JOIN "Person" p ON p.id = x."personId"
    WHERE x."submittedAt" IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

-- A contest's pass mark changed: everybody who took it.
CREATE OR REPLACE FUNCTION dash_mark_quiz() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
  SELECT DISTINCT n."tenantId", p."nodeId", '*', 'awareness'
  FROM old_rows o JOIN new_rows n ON n.id = o.id AND o."passPercent" <> n."passPercent"
  JOIN "QuizAttempt" qa ON qa."quizId" = n.id JOIN "Person" p ON p.id = qa."personId";
  RETURN NULL;
END $$;

-- People: joining changes the roster of their node; a move, leaving or a changed flag changes all their history.
CREATE OR REPLACE FUNCTION dash_mark_person() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT p."tenantId", p."nodeId", '*', g.g FROM new_rows p CROSS JOIN (VALUES ('pledge'), ('participation'), ('duty')) g(g);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT p."tenantId", p."nodeId", '*', '' FROM old_rows p;
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", x.node, '*', '' FROM (
      SELECT o."tenantId", o."nodeId" AS node, n."nodeId" AS node2 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o."nodeId" <> n."nodeId" OR o."leftAt" IS DISTINCT FROM n."leftAt" OR o."joinedAt" IS DISTINCT FROM n."joinedAt"
        OR o."isPartyMember" <> n."isPartyMember"
    ) y CROSS JOIN LATERAL (VALUES (y."tenantId", y.node), (y."tenantId", y.node2)) AS x("tenantId", node);
  END IF;
  RETURN NULL;
END $$;

-- Households and their links (三联 coverage), and visits without a roster visitor, count on the household's node.
CREATE OR REPLACE FUNCTION dash_mark_household() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT h."tenantId", h."nodeId", dash_month(h."createdAt"), 'coverage' FROM new_rows h;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT h."tenantId", h."nodeId", '*', g.g FROM old_rows h CROSS JOIN (VALUES ('coverage'), ('visits')) g(g);
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", x.node, '*', g.g FROM (
      SELECT o."tenantId", o."nodeId" AS node FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."nodeId" <> n."nodeId"
      UNION SELECT n."tenantId", n."nodeId" FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."nodeId" <> n."nodeId") x
    CROSS JOIN (VALUES ('coverage'), ('visits')) g(g);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dash_mark_household_link() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT l."tenantId", h."nodeId", dash_month(l."createdAt"), 'coverage' FROM new_rows l JOIN "Household" h ON h.id = l."householdId";
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT l."tenantId", h."nodeId", '*', 'coverage' FROM old_rows l JOIN "Household" h ON h.id = l."householdId";
  END IF;
  RETURN NULL;
END $$;

-- Points and time-bank entries (append-only): by the account's person or card node.
CREATE OR REPLACE FUNCTION dash_mark_ledger_entry() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
  SELECT DISTINCT e."tenantId", coalesce(p."nodeId", c."nodeId"), dash_month(e."createdAt"), 'points'
  FROM new_rows e JOIN "PointsAccount" a ON a.id = e."accountId"
  LEFT JOIN "Person" p ON p.id = a."personId" LEFT JOIN "PointsCard" c ON c.id = a."cardId"
  WHERE coalesce(p."nodeId", c."nodeId") IS NOT NULL;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dash_mark_visit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT v."tenantId", coalesce(p."nodeId", h."nodeId"), to_char(v."visitedOn", 'YYYY-MM'), 'visits'
    FROM new_rows v LEFT JOIN "Person" p ON p.id = v."visitorId" LEFT JOIN "Household" h ON h.id = v."householdId"
    WHERE coalesce(p."nodeId", h."nodeId") IS NOT NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT v."tenantId", coalesce(p."nodeId", h."nodeId"), to_char(v."visitedOn", 'YYYY-MM'), 'visits'
    FROM old_rows v LEFT JOIN "Person" p ON p.id = v."visitorId" LEFT JOIN "Household" h ON h.id = v."householdId"
    WHERE coalesce(p."nodeId", h."nodeId") IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

-- Inspections (scores; drops counted feed the correct disposal rate) and rectifications (by deadline month).
CREATE OR REPLACE FUNCTION dash_mark_inspection() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT i."tenantId", i."nodeId", dash_month(i."occurredAt"), g.g FROM new_rows i CROSS JOIN (VALUES ('inspection'), ('disposal')) g(g);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT i."tenantId", i."nodeId", dash_month(i."occurredAt"), g.g FROM old_rows i CROSS JOIN (VALUES ('inspection'), ('disposal')) g(g);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dash_mark_rectification() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT r."tenantId", r."nodeId", dash_month(r.deadline), 'rectification' FROM new_rows r;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT r."tenantId", r."nodeId", dash_month(r.deadline), 'rectification' FROM old_rows r;
  END IF;
  RETURN NULL;
END $$;

-- The tree: a new unit files reports; a move, an archive or a deletion changes which totals it feeds.
CREATE OR REPLACE FUNCTION dash_mark_org_node() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator) SELECT DISTINCT "tenantId", id, '*', 'reports' FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT "tenantId", "parentId", '*', 'tree' FROM old_rows WHERE "parentId" IS NOT NULL;
  ELSE
    INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
    SELECT DISTINCT x."tenantId", x.node, '*', x.g FROM (
      SELECT o."tenantId", o."parentId" AS node, 'tree' AS g FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o."parentId" IS DISTINCT FROM n."parentId" OR o.archived <> n.archived
      UNION ALL SELECT n."tenantId", n."parentId", 'tree' FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o."parentId" IS DISTINCT FROM n."parentId" OR o.archived <> n.archived
      UNION ALL SELECT n."tenantId", n.id, 'tree' FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."parentId" IS DISTINCT FROM n."parentId"
      UNION ALL SELECT n."tenantId", n.id, 'reports' FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."kindId" <> n."kindId" OR o.archived <> n.archived
    ) x WHERE x.node IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

-- The tenant's duty norm.
CREATE OR REPLACE FUNCTION dash_mark_tenant() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "DashDirty" ("tenantId", "nodeId", "periodKey", indicator)
  SELECT n.id, '*', '*', 'duty' FROM old_rows o JOIN new_rows n ON n.id = o.id
  WHERE o.settings->'dutyNormMinutes' IS DISTINCT FROM n.settings->'dutyNormMinutes';
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('ReportSubmission', 'dash_mark_report_submission', 'IUD'),
    ('ReportType', 'dash_mark_report_type', 'IUD'),
    ('DutyRecord', 'dash_mark_duty_record', 'IUD'),
    ('SupervisionLedger', 'dash_mark_supervision_ledger', 'IUD'),
    ('BinPoint', 'dash_mark_bin_point', 'U'),
    ('PledgeSignature', 'dash_mark_pledge', 'IUD'),
    ('ActivityParticipant', 'dash_mark_participant', 'IUD'),
    ('Activity', 'dash_mark_activity', 'U'),
    ('QuizAttempt', 'dash_mark_quiz_attempt', 'IUD'),
    ('Quiz', 'dash_mark_quiz', 'U'),
    ('Person', 'dash_mark_person', 'IUD'),
    ('Household', 'dash_mark_household', 'IUD'),
    ('HouseholdLink', 'dash_mark_household_link', 'ID'),
    ('LedgerEntry', 'dash_mark_ledger_entry', 'I'),
    ('HouseholdVisit', 'dash_mark_visit', 'IUD'),
    ('Inspection', 'dash_mark_inspection', 'IUD'),
    ('Rectification', 'dash_mark_rectification', 'IUD'),
    ('OrgNode', 'dash_mark_org_node', 'IUD'),
    ('Tenant', 'dash_mark_tenant', 'U')
  ) AS v(tbl, fn, ops) LOOP
    IF position('I' IN t.ops) > 0 THEN
      EXECUTE format('CREATE TRIGGER dash_ins AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl, t.fn);
    END IF;
    IF position('U' IN t.ops) > 0 THEN
      EXECUTE format('CREATE TRIGGER dash_upd AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl, t.fn);
    END IF;
    IF position('D' IN t.ops) > 0 THEN
      EXECUTE format('CREATE TRIGGER dash_del AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl, t.fn);
    END IF;
  END LOOP;
END $$;

-- ───── reading the figures in one round trip ─────
-- The nodes asked for (or their children) inside the caller's scope, their subtree totals for some periods, the
-- tenant's targets and when the figures were refreshed. SECURITY INVOKER: row-level security applies after the
-- tenant is set for the statement's own transaction.
CREATE OR REPLACE FUNCTION dash_read(p_tenant text, p_user text, p_scope text[], p_nodes text[], p_children boolean, p_periods text[], p_indicators text[])
RETURNS jsonb
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
  v jsonb;
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant, true), set_config('app.user_id', p_user, true);
  WITH nodes AS (
    SELECT n.id, n.name, n."parentId", n.path, n.depth, n."sortOrder", k.name AS kind,
      EXISTS (SELECT 1 FROM "OrgNode" c WHERE c."tenantId" = p_tenant AND c."parentId" = n.id AND NOT c.archived) AS has_children
    FROM "OrgNode" n JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
    WHERE n."tenantId" = p_tenant AND n.path LIKE ANY(p_scope)
      AND CASE WHEN p_children THEN n."parentId" = ANY(p_nodes) AND NOT n.archived ELSE n.id = ANY(p_nodes) END
  )
  SELECT jsonb_build_object(
    'nodes', coalesce((SELECT jsonb_agg(jsonb_build_object('id', id, 'name', name, 'parentId', "parentId", 'path', path, 'depth', depth,
      'kind', kind, 'hasChildren', has_children) ORDER BY "sortOrder", name) FROM nodes), '[]'::jsonb),
    'rows', coalesce((SELECT jsonb_agg(jsonb_build_array(r."nodeId", r."periodKey", r.indicator, r.num, r.den))
      FROM nodes JOIN "DashRollup" r ON r."tenantId" = p_tenant AND r."nodeId" = nodes.id AND r."periodKey" = ANY(p_periods)
      WHERE p_indicators IS NULL OR r.indicator = ANY(p_indicators)), '[]'::jsonb),
    'targets', coalesce((SELECT jsonb_object_agg(t.indicator, t.target) FROM "IndicatorTarget" t WHERE t."tenantId" = p_tenant), '{}'::jsonb),
    'refreshedAt', (SELECT s."refreshedAt" FROM "DashState" s WHERE s."tenantId" = p_tenant)
  ) INTO v;
  RETURN v;
END $$;
COMMENT ON FUNCTION dash_read(text, text, text[], text[], boolean, text[], text[]) IS 'app-callable: dashboard figures in one round trip (security invoker, row-level security applies)';
