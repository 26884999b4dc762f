-- participation_rls: hand-written SQL below
-- Row-level security for every participation table, append-only ledgers, and the checks the data layer relies on
-- (named x_* so the drift test treats them as hand-written extras).
SELECT ljfl_enable_tenant_rls('"OrgLink"');
SELECT ljfl_enable_tenant_rls('"HouseholdVisit"');
SELECT ljfl_enable_tenant_rls('"DoubleRegistration"');
SELECT ljfl_enable_tenant_rls('"DoubleRating"');
SELECT ljfl_enable_tenant_rls('"MemberRole"');
SELECT ljfl_enable_tenant_rls('"DutyPost"');
SELECT ljfl_enable_tenant_rls('"DutyPostHolder"');
SELECT ljfl_enable_tenant_rls('"BinPoint"');
SELECT ljfl_enable_tenant_rls('"DutySlot"');
SELECT ljfl_enable_tenant_rls('"DutySignup"');
SELECT ljfl_enable_tenant_rls('"DutyRecord"');
SELECT ljfl_enable_tenant_rls('"SupervisionLedger"');
SELECT ljfl_enable_tenant_rls('"PointsRule"');
SELECT ljfl_enable_tenant_rls('"PointsCard"');
SELECT ljfl_enable_tenant_rls('"PointsAccount"');
SELECT ljfl_enable_tenant_rls('"LedgerEntry"');
SELECT ljfl_enable_tenant_rls('"PointsClaim"');
SELECT ljfl_enable_tenant_rls('"ExchangeStation"');
SELECT ljfl_enable_tenant_rls('"ExchangeGoods"');
SELECT ljfl_enable_tenant_rls('"Exchange"');
SELECT ljfl_enable_tenant_rls('"ExchangeLine"');
SELECT ljfl_enable_tenant_rls('"RedBlackList"');
SELECT ljfl_enable_tenant_rls('"RedBlackEntry"');
SELECT ljfl_enable_tenant_rls('"ModelHousehold"');

-- The ledger and completed exchanges are never edited or deleted by the app: a correction is a reversing entry.
COMMENT ON TABLE "LedgerEntry" IS 'append-only: points and volunteer minutes; corrections are reversing entries';
COMMENT ON TABLE "Exchange" IS 'append-only: completed exchanges and their receipts';
COMMENT ON TABLE "ExchangeLine" IS 'append-only: the goods of a completed exchange';

-- Duty hours: an end after the start, at most 12 hours, and never two records of one person that overlap
-- (an open check-in reaches to infinity until its check-out). Rejected records do not count.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "DutyRecord" ADD CONSTRAINT "x_DutyRecord_end_after_start" CHECK ("endAt" IS NULL OR "endAt" > "startAt");
ALTER TABLE "DutyRecord" ADD CONSTRAINT "x_DutyRecord_minutes" CHECK ("minutes" IS NULL OR ("minutes" >= 1 AND "minutes" <= 720));
ALTER TABLE "DutyRecord" ADD CONSTRAINT "x_DutyRecord_no_overlap" EXCLUDE USING gist (
  "tenantId" WITH =, "personId" WITH =,
  tstzrange("startAt", COALESCE("endAt", 'infinity'::timestamptz), '[)') WITH &&
) WHERE ("status" <> 'REJECTED');
ALTER TABLE "DutySlot" ADD CONSTRAINT "x_DutySlot_times" CHECK ("startMinute" >= 0 AND "endMinute" > "startMinute" AND "endMinute" <= 1440);

ALTER TABLE "SupervisionLedger" ADD CONSTRAINT "x_SupervisionLedger_counts"
  CHECK ("observed" >= 0 AND "correct" >= 0 AND "corrected" >= 0 AND "correct" + "corrected" <= "observed");
ALTER TABLE "SupervisionLedger" ADD CONSTRAINT "x_SupervisionLedger_score" CHECK ("score" IS NULL OR ("score" >= 0 AND "score" <= 100));

-- Points may go below zero through deductions; minutes only ever come in as deposits and leave by exchange.
ALTER TABLE "PointsAccount" ADD CONSTRAINT "x_PointsAccount_minutes" CHECK ("minutes" >= 0);
ALTER TABLE "PointsAccount" ADD CONSTRAINT "x_PointsAccount_owner" CHECK (("personId" IS NULL) <> ("cardId" IS NULL));
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "x_LedgerEntry_amount" CHECK ("amount" <> 0);
ALTER TABLE "ExchangeGoods" ADD CONSTRAINT "x_ExchangeGoods_stock" CHECK ("stock" >= 0 AND "price" > 0);
ALTER TABLE "ExchangeLine" ADD CONSTRAINT "x_ExchangeLine_quantity" CHECK ("quantity" > 0 AND "price" > 0);
ALTER TABLE "Exchange" ADD CONSTRAINT "x_Exchange_total" CHECK ("total" > 0);
ALTER TABLE "HouseholdVisit" ADD CONSTRAINT "x_HouseholdVisit_minutes" CHECK ("minutes" >= 0 AND "minutes" <= 720);
