-- Name search for the 2-character queries common in Chinese (科技, 餐饮, 建设): trigram indexes
-- cannot serve a 2-character LIKE, so every name is also indexed by its character pairs.
-- searchSubjects asks for names containing every pair of the query, then checks the whole
-- query with ILIKE. Lower-cased, so that Latin letters match as ILIKE does.
CREATE OR REPLACE FUNCTION subject_name_bigrams(name text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(lower(name), i, 2)), '{}')
  FROM generate_series(1, char_length(name) - 1) AS i
$$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS subjects_name_bigrams_idx ON subjects USING gin (subject_name_bigrams(name));
