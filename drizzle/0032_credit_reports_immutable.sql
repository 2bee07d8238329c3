-- A credit report is recorded once and never changed (src/modules/credit-reports): its
-- verification code vouches for what it stated. No UPDATE, DELETE or TRUNCATE, whoever asks;
-- the API's login may only insert and read it anyway (src/db/roles.ts).
CREATE OR REPLACE FUNCTION credit_reports_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is recorded once and never changed: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER credit_reports_no_update_delete BEFORE UPDATE OR DELETE ON credit_reports
  FOR EACH ROW EXECUTE FUNCTION credit_reports_immutable();
--> statement-breakpoint
CREATE TRIGGER credit_reports_no_truncate BEFORE TRUNCATE ON credit_reports
  FOR EACH STATEMENT EXECUTE FUNCTION credit_reports_immutable();
