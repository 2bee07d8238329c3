-- ID-number masking in SQL, the same rule as src/shared/masking.ts, for statements that build
-- their answer in the database. An 18-character resident ID keeps its six-digit division and
-- its last four characters; a number of up to 4 characters is all stars; another keeps about a
-- third at the start and its last two characters.
CREATE FUNCTION mask_id_number(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN length(value) = 18 THEN substr(value, 1, 6) || repeat('*', 8) || substr(value, 15)
    WHEN length(value) <= 4 THEN repeat('*', length(value))
    ELSE substr(value, 1, length(value) / 3)
      || repeat('*', length(value) - length(value) / 3 - 2)
      || right(value, 2)
  END
$$;
--> statement-breakpoint
-- What a role sees of an ID number (DESIGN §3.5): in full for regulators and the credit office,
-- masked for institutions and data providers, nothing for the public; nothing for an empty one.
CREATE FUNCTION id_number_for(role text, value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN value IS NULL OR value = '' THEN NULL
    WHEN role IN ('REGULATOR', 'ADMIN') THEN value
    WHEN role IN ('INSTITUTION', 'PROVIDER') THEN mask_id_number(value)
    ELSE NULL
  END
$$;
