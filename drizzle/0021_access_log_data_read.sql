ALTER TABLE "access_log" ADD COLUMN "data_read" text[];--> statement-breakpoint
-- The chained content of an entry holds what it read; entries written before the column
-- (data_read null) keep the content, and so the hash, they were chained with.
CREATE OR REPLACE FUNCTION log_chain_content(r access_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT (jsonb_build_array(r.chain_seq, r.id,
    to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    r.key_id, r.role, r.organization_name, r.organization_code, r.subject_code, r.purpose,
    r.operation)
    || CASE WHEN r.data_read IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(to_jsonb(r.data_read)) END)::text
$$;
