-- Name search answers depend on every subject's name and code: a counter under '#subjects' is
-- raised when a statement changes any row of subjects (an upsert that changes nothing does not
-- count), so cached search answers stay valid until a name or a subject changes.
CREATE OR REPLACE FUNCTION bump_subjects_search_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT EXISTS (SELECT 1 FROM old_rows) INTO changed;
  ELSE
    SELECT EXISTS (SELECT 1 FROM new_rows) INTO changed;
  END IF;
  IF changed THEN
    INSERT INTO subject_generations AS g (subject_code, generation) VALUES ('#subjects', 1)
      ON CONFLICT (subject_code) DO UPDATE SET generation = g.generation + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER subjects_search_generation_insert AFTER INSERT ON subjects
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subjects_search_generation();
--> statement-breakpoint
CREATE TRIGGER subjects_search_generation_update AFTER UPDATE ON subjects
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subjects_search_generation();
--> statement-breakpoint
CREATE TRIGGER subjects_search_generation_delete AFTER DELETE ON subjects
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_subjects_search_generation();
