-- The hash chains of the append-only logs (access_log, audit_events). Each row stores its place
-- in its log's chain (chain_seq), the hash of the row before it (prev_hash) and its own hash
-- (row_hash): hex sha256 of prev_hash, a newline and the row's canonical content. The first
-- row's prev_hash is 64 zeros. `npm run audit:verify` recomputes the chains.

-- The canonical content of a row: its columns in a fixed order as a JSON array, the instant in
-- UTC with microseconds, so neither the session's time zone nor its DateStyle changes it.
CREATE FUNCTION log_chain_content(r access_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(r.chain_seq, r.id,
    to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    r.key_id, r.role, r.organization_name, r.organization_code, r.subject_code, r.purpose,
    r.operation)::text
$$;
--> statement-breakpoint
CREATE FUNCTION log_chain_content(r audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(r.chain_seq, r.id,
    to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    r.action, r.actor_key_id, r.actor_role, r.actor_organization_code, r.entity_type,
    r.entity_id, r.details)::text
$$;
--> statement-breakpoint
CREATE FUNCTION log_chain_hash(prev_hash text, content text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(prev_hash || E'\n' || content, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Links each inserted row to its chain, whoever inserts and however. A transaction's first
-- insert locks the chain's head row (SELECT … FOR UPDATE, held to the end of the transaction),
-- so concurrent inserts queue and each row chains to the last committed one; under REPEATABLE
-- READ a concurrent head change is a serialization failure, never a fork. The transaction's
-- running head is then kept in a transaction-local setting, checked against the row it names,
-- and written to the head row once per statement (log_chain_advance): updating the head row for
-- every row of a large statement would cost time quadratic in its rows. SECURITY DEFINER: the
-- API's login has no right to write the heads, and cannot disable these triggers (it owns no
-- table); a setting it forges names no row and is refused, and the unique chain_seq refuses a
-- second row at one place.
CREATE FUNCTION log_chain_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  setting text := 'log_chain.' || TG_TABLE_NAME;
  running text := current_setting(setting, true);
  xact text := pg_current_xact_id()::text;
  head_seq bigint;
  head_hash text;
BEGIN
  IF running IS NOT NULL AND split_part(running, ':', 1) = xact THEN
    head_seq := split_part(running, ':', 2)::bigint;
    head_hash := split_part(running, ':', 3);
    IF TG_TABLE_NAME = 'access_log' THEN
      PERFORM FROM access_log WHERE chain_seq = head_seq AND row_hash = head_hash;
    ELSE
      PERFORM FROM audit_events WHERE chain_seq = head_seq AND row_hash = head_hash;
    END IF;
    IF NOT FOUND THEN
      RAISE EXCEPTION '% names no row of %', setting, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSE
    SELECT seq, hash INTO head_seq, head_hash FROM log_chain_heads WHERE chain = TG_TABLE_NAME FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO log_chain_heads (chain) VALUES (TG_TABLE_NAME) ON CONFLICT (chain) DO NOTHING;
      SELECT seq, hash INTO head_seq, head_hash FROM log_chain_heads WHERE chain = TG_TABLE_NAME FOR UPDATE;
    END IF;
  END IF;
  NEW.chain_seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  NEW.row_hash := log_chain_hash(head_hash, log_chain_content(NEW));
  PERFORM set_config(setting, xact || ':' || NEW.chain_seq || ':' || NEW.row_hash, true);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Writes the transaction's running head to the head row, after each inserting statement.
CREATE FUNCTION log_chain_advance() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  running text := current_setting('log_chain.' || TG_TABLE_NAME, true);
BEGIN
  IF running IS NOT NULL AND split_part(running, ':', 1) = pg_current_xact_id()::text THEN
    UPDATE log_chain_heads SET seq = split_part(running, ':', 2)::bigint, hash = split_part(running, ':', 3)
      WHERE chain = TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- One append-only guard for both logs (it replaces access_log's own of migration 0002).
CREATE FUNCTION log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER access_log_no_update_delete ON access_log;
--> statement-breakpoint
DROP TRIGGER access_log_no_truncate ON access_log;
--> statement-breakpoint
DROP FUNCTION access_log_append_only();
--> statement-breakpoint
-- The rows stored before the chains existed are chained in id order.
DO $$
DECLARE
  r access_log;
  prev text := repeat('0', 64);
  n bigint := 0;
BEGIN
  CREATE TEMP TABLE log_chain_backfill (id bigint PRIMARY KEY, chain_seq bigint, prev_hash text, row_hash text);
  FOR r IN SELECT * FROM access_log ORDER BY id LOOP
    n := n + 1;
    r.chain_seq := n;
    r.row_hash := log_chain_hash(prev, log_chain_content(r));
    INSERT INTO log_chain_backfill VALUES (r.id, n, prev, r.row_hash);
    prev := r.row_hash;
  END LOOP;
  UPDATE access_log a SET chain_seq = b.chain_seq, prev_hash = b.prev_hash, row_hash = b.row_hash
    FROM log_chain_backfill b WHERE a.id = b.id;
  INSERT INTO log_chain_heads (chain, seq, hash) VALUES ('access_log', n, prev);
  DROP TABLE log_chain_backfill;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  r audit_events;
  prev text := repeat('0', 64);
  n bigint := 0;
BEGIN
  CREATE TEMP TABLE log_chain_backfill (id bigint PRIMARY KEY, chain_seq bigint, prev_hash text, row_hash text);
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    n := n + 1;
    r.chain_seq := n;
    r.row_hash := log_chain_hash(prev, log_chain_content(r));
    INSERT INTO log_chain_backfill VALUES (r.id, n, prev, r.row_hash);
    prev := r.row_hash;
  END LOOP;
  UPDATE audit_events a SET chain_seq = b.chain_seq, prev_hash = b.prev_hash, row_hash = b.row_hash
    FROM log_chain_backfill b WHERE a.id = b.id;
  INSERT INTO log_chain_heads (chain, seq, hash) VALUES ('audit_events', n, prev);
  DROP TABLE log_chain_backfill;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log
  FOR EACH ROW EXECUTE FUNCTION log_chain_link();
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION log_chain_link();
--> statement-breakpoint
CREATE TRIGGER access_log_chain_head AFTER INSERT ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION log_chain_advance();
--> statement-breakpoint
CREATE TRIGGER audit_events_chain_head AFTER INSERT ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION log_chain_advance();
--> statement-breakpoint
CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION log_append_only();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION log_append_only();
