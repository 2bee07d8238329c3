-- Public-profile cache invalidation (src/modules/profile-cache): every write that touches a
-- subject raises its counter in subject_generations, in the writer's own transaction; writes
-- that can change any profile raise the global counter '*'. Statement-level triggers with
-- transition tables: one upsert per statement, however many rows it wrote (COPY included).
CREATE OR REPLACE FUNCTION bump_subject_generations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  codes text;
BEGIN
  -- TG_ARGV[0] names the column that holds the subject's credit code.
  IF TG_OP = 'INSERT' THEN
    codes := format('SELECT %I AS code FROM new_rows', TG_ARGV[0]);
  ELSIF TG_OP = 'UPDATE' THEN
    codes := format('SELECT %I AS code FROM new_rows UNION SELECT %I FROM old_rows', TG_ARGV[0], TG_ARGV[0]);
  ELSE
    codes := format('SELECT %I AS code FROM old_rows', TG_ARGV[0]);
  END IF;
  EXECUTE 'INSERT INTO subject_generations AS g (subject_code, generation)
    SELECT DISTINCT code, 1 FROM (' || codes || ') c WHERE code IS NOT NULL ORDER BY code
    ON CONFLICT (subject_code) DO UPDATE SET generation = g.generation + 1';
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_global_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO subject_generations AS g (subject_code, generation) VALUES ('*', 1)
    ON CONFLICT (subject_code) DO UPDATE SET generation = g.generation + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER licensing_records_generation_insert AFTER INSERT ON licensing_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER licensing_records_generation_update AFTER UPDATE ON licensing_records
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER licensing_records_generation_delete AFTER DELETE ON licensing_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER licensing_records_generation_truncate AFTER TRUNCATE ON licensing_records
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER penalty_records_generation_insert AFTER INSERT ON penalty_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER penalty_records_generation_update AFTER UPDATE ON penalty_records
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER penalty_records_generation_delete AFTER DELETE ON penalty_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER penalty_records_generation_truncate AFTER TRUNCATE ON penalty_records
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER catalog_records_generation_insert AFTER INSERT ON catalog_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER catalog_records_generation_update AFTER UPDATE ON catalog_records
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER catalog_records_generation_delete AFTER DELETE ON catalog_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER catalog_records_generation_truncate AFTER TRUNCATE ON catalog_records
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER list_entries_generation_insert AFTER INSERT ON list_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER list_entries_generation_update AFTER UPDATE ON list_entries
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER list_entries_generation_delete AFTER DELETE ON list_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER list_entries_generation_truncate AFTER TRUNCATE ON list_entries
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER objections_generation_insert AFTER INSERT ON objections
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER objections_generation_update AFTER UPDATE ON objections
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER objections_generation_delete AFTER DELETE ON objections
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('subject_code');
--> statement-breakpoint
CREATE TRIGGER objections_generation_truncate AFTER TRUNCATE ON objections
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER subjects_generation_insert AFTER INSERT ON subjects
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('code');
--> statement-breakpoint
CREATE TRIGGER subjects_generation_update AFTER UPDATE ON subjects
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('code');
--> statement-breakpoint
CREATE TRIGGER subjects_generation_delete AFTER DELETE ON subjects
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subject_generations('code');
--> statement-breakpoint
CREATE TRIGGER subjects_generation_truncate AFTER TRUNCATE ON subjects
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER catalog_items_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_items
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER catalog_item_versions_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item_versions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER catalog_item_providers_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item_providers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER calendar_years_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_years
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
--> statement-breakpoint
CREATE TRIGGER calendar_days_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION bump_global_generation();
