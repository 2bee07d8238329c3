-- Name search through postings (subject_name_grams, src/modules/subjects/subject-search.table.ts):
-- a 2-character query is one range of the primary key, already in rank order, so its first page
-- reads 21 index entries; the GIN index of 0009 rechecked the name of every candidate.
-- The heat of a subject's public records: 0 for none, then one step per doubling (1, 2–3, 4–7 …),
-- at most 15, so a publication moves a subject's postings only when it crosses a power of 2.
CREATE OR REPLACE FUNCTION subject_search_heat(public_records integer) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT least(15, length(ltrim(greatest(public_records, 0)::bit(32)::text, '0')))::smallint
$$;
--> statement-breakpoint
-- A subject's postings: each distinct pair of its lower-cased name, with its match class (0 the
-- name is the pair, 1 it starts with it, 2 otherwise), and the pair its code starts with (class
-- 2, so that a 2-character code prefix is found by the same range as the names).
CREATE OR REPLACE FUNCTION subject_name_postings(name text, code text, heat smallint)
  RETURNS TABLE (gram text, sort smallint)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT g.gram, (min(g.class) * 16 + 15 - heat)::smallint
  FROM (
    SELECT substr(lower(name), i, 2) AS gram,
      CASE WHEN i > 1 THEN 2 WHEN char_length(name) = 2 THEN 0 ELSE 1 END AS class
    FROM generate_series(1, char_length(name) - 1) AS i
    UNION ALL
    SELECT lower(left(code, 2)), 2
  ) g
  GROUP BY g.gram
$$;
--> statement-breakpoint
-- The public state a record counts in for the rank (record.visibility.ts' inForce and public
-- scope; the end of publicity is a matter of the day and is not part of a rank).
CREATE OR REPLACE FUNCTION subject_public_records(code text) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((SELECT count(*) FROM licensing_records r WHERE r.subject_code = code
      AND r.published_at IS NOT NULL AND r.revoked_at IS NULL AND r.repaired_at IS NULL
      AND r.usage_scope = 'PUBLIC' AND r.status NOT IN ('INVALID', 'REVOKED'))
    + (SELECT count(*) FROM penalty_records r WHERE r.subject_code = code
      AND r.published_at IS NOT NULL AND r.revoked_at IS NULL AND r.repaired_at IS NULL
      AND r.usage_scope = 'PUBLIC' AND r.status NOT IN ('INVALID', 'REVOKED')))::integer
$$;
--> statement-breakpoint
-- Postings follow the subjects' names: the postings of the rows a statement removed or renamed
-- go, those of the rows it added or renamed come, and the pairs' counts move by the difference
-- (a pair whose class changed only moves within its range). One statement per statement.
CREATE OR REPLACE FUNCTION subject_name_grams_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_set text := 'SELECT NULL::text AS code, NULL::text AS name WHERE false';
  new_set text := 'SELECT NULL::text AS code, NULL::text AS name WHERE false';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    old_set := 'SELECT code, name FROM old_rows';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    new_set := 'SELECT code, name FROM new_rows';
  END IF;
  EXECUTE format($sql$
    WITH gone AS (%1$s EXCEPT %2$s), came AS (%2$s EXCEPT %1$s),
    old_p AS (
      SELECT p.gram, p.sort, s.code FROM gone s
      LEFT JOIN subject_search_ranks r ON r.subject_code = s.code
      CROSS JOIN LATERAL subject_name_postings(s.name, s.code, subject_search_heat(coalesce(r.public_records, 0))) p),
    new_p AS (
      SELECT p.gram, p.sort, s.code FROM came s
      LEFT JOIN subject_search_ranks r ON r.subject_code = s.code
      CROSS JOIN LATERAL subject_name_postings(s.name, s.code, subject_search_heat(coalesce(r.public_records, 0))) p),
    removed AS (SELECT * FROM old_p EXCEPT SELECT * FROM new_p),
    added AS (SELECT * FROM new_p EXCEPT SELECT * FROM old_p),
    deleted AS (
      DELETE FROM subject_name_grams g USING removed d
      WHERE g.gram = d.gram AND g.sort = d.sort AND g.subject_code = d.code
      RETURNING g.gram),
    inserted AS (
      INSERT INTO subject_name_grams (gram, sort, subject_code)
      SELECT gram, sort, code FROM added ORDER BY gram, sort, code
      ON CONFLICT DO NOTHING
      RETURNING gram)
    INSERT INTO subject_gram_counts AS c (gram, shard, subjects)
    SELECT gram, (pg_backend_pid() %% 8)::smallint, sum(delta)::integer
    FROM (SELECT gram, -1 AS delta FROM deleted UNION ALL SELECT gram, 1 FROM inserted) d
    GROUP BY gram HAVING sum(delta) <> 0 ORDER BY gram
    ON CONFLICT (gram, shard) DO UPDATE SET subjects = c.subjects + excluded.subjects
  $sql$, old_set, new_set);
  IF TG_OP = 'DELETE' THEN
    DELETE FROM subject_search_ranks r USING old_rows o WHERE r.subject_code = o.code;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER subjects_name_grams_insert AFTER INSERT ON subjects
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_name_grams_follow();
--> statement-breakpoint
CREATE TRIGGER subjects_name_grams_update AFTER UPDATE ON subjects
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_name_grams_follow();
--> statement-breakpoint
CREATE TRIGGER subjects_name_grams_delete AFTER DELETE ON subjects
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_name_grams_follow();
--> statement-breakpoint
-- Emptying subjects empties the search's tables; emptying a record table counts the ranks again.
CREATE OR REPLACE FUNCTION subject_name_grams_empty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'subjects' THEN
    TRUNCATE subject_name_grams, subject_gram_counts, subject_search_ranks;
  ELSE
    TRUNCATE subject_search_ranks;
    UPDATE subject_name_grams SET sort = sort - sort % 16 + 15 WHERE sort % 16 <> 15;
    INSERT INTO subject_search_ranks (subject_code, public_records)
    SELECT code, n FROM (SELECT code, subject_public_records(code) AS n FROM subjects) c WHERE n > 0;
    UPDATE subject_name_grams g SET sort = g.sort - subject_search_heat(r.public_records)
    FROM subject_search_ranks r WHERE g.subject_code = r.subject_code;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER subjects_name_grams_truncate AFTER TRUNCATE ON subjects
  FOR EACH STATEMENT EXECUTE FUNCTION subject_name_grams_empty();
--> statement-breakpoint
CREATE TRIGGER licensing_records_search_rank_truncate AFTER TRUNCATE ON licensing_records
  FOR EACH STATEMENT EXECUTE FUNCTION subject_name_grams_empty();
--> statement-breakpoint
CREATE TRIGGER penalty_records_search_rank_truncate AFTER TRUNCATE ON penalty_records
  FOR EACH STATEMENT EXECUTE FUNCTION subject_name_grams_empty();
--> statement-breakpoint
-- A subject's rank follows its records: the subjects a statement touched are counted again, and
-- those whose heat changed move their postings (their keys are their name's, recomputed) and
-- raise the search counter of the profile cache, whose cached pages are in rank order.
CREATE OR REPLACE FUNCTION subject_search_ranks_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text;
  moved integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := 'SELECT subject_code FROM new_rows';
  ELSIF TG_OP = 'UPDATE' THEN
    touched := 'SELECT subject_code FROM new_rows UNION SELECT subject_code FROM old_rows';
  ELSE
    touched := 'SELECT subject_code FROM old_rows';
  END IF;
  EXECUTE format($sql$
    WITH codes AS (SELECT DISTINCT subject_code AS code FROM (%s) t WHERE subject_code IS NOT NULL),
    counted AS (
      SELECT c.code, subject_public_records(c.code) AS n, coalesce(r.public_records, 0) AS was
      FROM codes c LEFT JOIN subject_search_ranks r ON r.subject_code = c.code),
    saved AS (
      INSERT INTO subject_search_ranks AS r (subject_code, public_records)
      SELECT code, n FROM counted WHERE n <> was ORDER BY code
      ON CONFLICT (subject_code) DO UPDATE SET public_records = excluded.public_records),
    heats AS (
      SELECT code, subject_search_heat(was) AS before, subject_search_heat(n) AS after
      FROM counted WHERE subject_search_heat(was) <> subject_search_heat(n)),
    moved AS (
      UPDATE subject_name_grams g SET sort = g.sort + h.before - h.after
      FROM heats h JOIN subjects s ON s.code = h.code
      CROSS JOIN LATERAL subject_name_postings(s.name, s.code, h.before) p
      WHERE g.gram = p.gram AND g.sort = p.sort AND g.subject_code = h.code
      RETURNING 1)
    SELECT count(*) FROM moved
  $sql$, touched) INTO moved;
  IF moved > 0 THEN
    INSERT INTO subject_generations AS g (subject_code, generation) VALUES ('#subjects', 1)
      ON CONFLICT (subject_code) DO UPDATE SET generation = g.generation + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER licensing_records_search_rank_insert AFTER INSERT ON licensing_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_search_ranks_follow();
--> statement-breakpoint
CREATE TRIGGER licensing_records_search_rank_update AFTER UPDATE ON licensing_records
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_search_ranks_follow();
--> statement-breakpoint
CREATE TRIGGER licensing_records_search_rank_delete AFTER DELETE ON licensing_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_search_ranks_follow();
--> statement-breakpoint
CREATE TRIGGER penalty_records_search_rank_insert AFTER INSERT ON penalty_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_search_ranks_follow();
--> statement-breakpoint
CREATE TRIGGER penalty_records_search_rank_update AFTER UPDATE ON penalty_records
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_search_ranks_follow();
--> statement-breakpoint
CREATE TRIGGER penalty_records_search_rank_delete AFTER DELETE ON penalty_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_search_ranks_follow();
--> statement-breakpoint
-- The backfill: ranks by one pass over the records, postings by one INSERT … SELECT over the
-- subjects into the table without its key, which is then built once, sorted.
INSERT INTO subject_search_ranks (subject_code, public_records)
SELECT subject_code, count(*)::integer FROM (
  SELECT subject_code FROM licensing_records
  WHERE subject_code IS NOT NULL AND published_at IS NOT NULL AND revoked_at IS NULL
    AND repaired_at IS NULL AND usage_scope = 'PUBLIC' AND status NOT IN ('INVALID', 'REVOKED')
  UNION ALL
  SELECT subject_code FROM penalty_records
  WHERE subject_code IS NOT NULL AND published_at IS NOT NULL AND revoked_at IS NULL
    AND repaired_at IS NULL AND usage_scope = 'PUBLIC' AND status NOT IN ('INVALID', 'REVOKED')
) r GROUP BY subject_code;
--> statement-breakpoint
ALTER TABLE subject_name_grams DROP CONSTRAINT subject_name_grams_pkey;
--> statement-breakpoint
INSERT INTO subject_name_grams (gram, sort, subject_code)
SELECT p.gram, p.sort, s.code FROM subjects s
LEFT JOIN subject_search_ranks r ON r.subject_code = s.code
CROSS JOIN LATERAL subject_name_postings(s.name, s.code, subject_search_heat(coalesce(r.public_records, 0))) p;
--> statement-breakpoint
ALTER TABLE subject_name_grams ADD CONSTRAINT subject_name_grams_pkey PRIMARY KEY (gram, sort, subject_code);
--> statement-breakpoint
INSERT INTO subject_gram_counts (gram, shard, subjects)
SELECT gram, 0, count(*)::integer FROM subject_name_grams GROUP BY gram;
--> statement-breakpoint
ANALYZE subject_name_grams;
--> statement-breakpoint
ANALYZE subject_gram_counts;
--> statement-breakpoint
-- The GIN index of character pairs is replaced by the postings.
DROP INDEX IF EXISTS subjects_name_bigrams_idx;
--> statement-breakpoint
DROP FUNCTION IF EXISTS subject_name_bigrams(text);
