-- Name search's ranks, postings and pair counts rebuilt from the subjects and their records in
-- four set-wise statements, the postings' key built once, sorted: what 0037's backfill did, for a
-- bulk load that ran with the follow triggers disabled (seeds/city.ts). Following a load of
-- 5,000,000 records statement by statement moves the postings of every subject each time its
-- heat changes, 12.5 million updated rows of a 14 million-row key per table loaded.
CREATE OR REPLACE FUNCTION subject_search_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE subject_search_ranks, subject_name_grams, subject_gram_counts;
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
  ALTER TABLE subject_name_grams DROP CONSTRAINT subject_name_grams_pkey;
  INSERT INTO subject_name_grams (gram, sort, subject_code)
  SELECT p.gram, p.sort, s.code FROM subjects s
  LEFT JOIN subject_search_ranks r ON r.subject_code = s.code
  CROSS JOIN LATERAL subject_name_postings(s.name, s.code, subject_search_heat(coalesce(r.public_records, 0))) p;
  ALTER TABLE subject_name_grams ADD CONSTRAINT subject_name_grams_pkey PRIMARY KEY (gram, sort, subject_code);
  INSERT INTO subject_gram_counts (gram, shard, subjects)
  SELECT gram, 0, count(*)::integer FROM subject_name_grams GROUP BY gram;
  -- Cached search pages were ranked by the postings just replaced.
  INSERT INTO subject_generations AS g (subject_code, generation) VALUES ('#subjects', 1)
    ON CONFLICT (subject_code) DO UPDATE SET generation = g.generation + 1;
END;
$$;
