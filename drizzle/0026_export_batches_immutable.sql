-- An export batch to the national platform and its manifest are issued once and never changed
-- (src/modules/export): they are the proof of what was sent. No UPDATE, DELETE or TRUNCATE,
-- whoever asks; the API's login may only insert and read them anyway (src/db/roles.ts).
CREATE OR REPLACE FUNCTION export_batches_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is issued once and never changed: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER export_batches_no_update_delete BEFORE UPDATE OR DELETE ON export_batches
  FOR EACH ROW EXECUTE FUNCTION export_batches_immutable();
--> statement-breakpoint
CREATE TRIGGER export_batches_no_truncate BEFORE TRUNCATE ON export_batches
  FOR EACH STATEMENT EXECUTE FUNCTION export_batches_immutable();
--> statement-breakpoint
CREATE TRIGGER export_batch_records_no_update_delete BEFORE UPDATE OR DELETE ON export_batch_records
  FOR EACH ROW EXECUTE FUNCTION export_batches_immutable();
--> statement-breakpoint
CREATE TRIGGER export_batch_records_no_truncate BEFORE TRUNCATE ON export_batch_records
  FOR EACH STATEMENT EXECUTE FUNCTION export_batches_immutable();
