-- The counters of record_counters and unpublished_counters follow every write of the tables they
-- count, in the writing statement's transaction: statement-level triggers aggregate the changed
-- rows (their transition tables, the new rows +1 and the old -1) and add the sums to the counter
-- rows. One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
-- Each statement is built by a function from the rows it counts, so that the backfill below
-- counts the stored rows with the very statement the triggers run.

-- The counters' own columns travel in their keys' index: reads are index-only.
ALTER TABLE "record_counters" DROP CONSTRAINT "record_counters_pkey";--> statement-breakpoint
ALTER TABLE "record_counters" ADD CONSTRAINT "record_counters_pkey"
  PRIMARY KEY ("grain", "period", "kind", "catalog_item_code", "source_unit_code", "source_unit")
  INCLUDE ("total", "on_time", "late", "not_required", "unpublished", "received", "published", "corrected", "logged", "rejected");--> statement-breakpoint
ALTER TABLE "unpublished_counters" DROP CONSTRAINT "unpublished_counters_pkey";--> statement-breakpoint
ALTER TABLE "unpublished_counters" ADD CONSTRAINT "unpublished_counters_pkey"
  PRIMARY KEY ("deadline", "decision_date", "kind", "catalog_item_code", "source_unit_code")
  INCLUDE ("n");--> statement-breakpoint

-- Adds day-grain events (item, code, name, day, counts...) to the day, month and year rows.
-- `events` is a query whose columns are catalog_item_code, source_unit_code, source_unit, day
-- and then the named counter columns; sums that net to zero write nothing. Rows are written in
-- key order, so that concurrent writers lock counter rows in one order.
CREATE FUNCTION record_counters_upsert_sql(kind text, events text, counters text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  sums text := (SELECT string_agg(format('sum(%I) AS %I', c, c), ', ') FROM unnest(counters) AS c);
  names text := (SELECT string_agg(format('%I', c), ', ') FROM unnest(counters) AS c);
  nonzero text := (SELECT string_agg(format('sum(%I) <> 0', c), ' OR ') FROM unnest(counters) AS c);
  sets text := (SELECT string_agg(format('%I = c.%I + excluded.%I', c, c, c), ', ') FROM unnest(counters) AS c);
BEGIN
  RETURN format(
    $q$INSERT INTO record_counters AS c (grain, period, kind, catalog_item_code, source_unit_code, source_unit, %2$s)
       SELECT g.grain,
              CASE g.grain WHEN 'D' THEN e.day
                           WHEN 'M' THEN date_trunc('month', e.day::timestamp)::date
                           ELSE date_trunc('year', e.day::timestamp)::date END AS period,
              %3$L, e.catalog_item_code, e.source_unit_code, e.source_unit, %1$s
       FROM (SELECT catalog_item_code, source_unit_code, source_unit, day, %1$s
             FROM (%4$s) AS ev GROUP BY 1, 2, 3, 4) AS e
       CROSS JOIN (VALUES ('D'), ('M'), ('Y')) AS g(grain)
       GROUP BY 1, 2, 3, 4, 5, 6
       HAVING %5$s
       ORDER BY 1, 2, 3, 4, 5, 6
       ON CONFLICT (grain, period, kind, catalog_item_code, source_unit_code, source_unit)
       DO UPDATE SET %6$s$q$,
    sums, names, kind, events, nonzero, sets);
END
$fn$;--> statement-breakpoint

-- Licensing and penalty records: the disclosure status by decision date (an unpublished record
-- also by its deadline, in unpublished_counters), receipt and publication by their days.
-- `delta` yields the record columns and s, +1 or -1.
CREATE FUNCTION record_counters_records_sql(kind text, delta text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
  RETURN format(
    $q$WITH d AS MATERIALIZED (%2$s),
       u AS (
         INSERT INTO unpublished_counters AS c (deadline, decision_date, kind, catalog_item_code, source_unit_code, n)
         SELECT disclosure_deadline, decision_date, %1$L, catalog_item_code, source_unit_code, sum(s)
         FROM d WHERE disclosure_required AND published_on IS NULL
         GROUP BY 1, 2, 3, 4, 5 HAVING sum(s) <> 0 ORDER BY 1, 2, 3, 4, 5
         ON CONFLICT (deadline, decision_date, kind, catalog_item_code, source_unit_code)
         DO UPDATE SET n = c.n + excluded.n
       )
       %3$s$q$,
    kind, delta,
    record_counters_upsert_sql(kind,
      $e$SELECT catalog_item_code, source_unit_code, source_unit, decision_date AS day,
                s AS total,
                CASE WHEN disclosure_required AND published_on <= disclosure_deadline THEN s ELSE 0 END AS on_time,
                CASE WHEN disclosure_required AND published_on > disclosure_deadline THEN s ELSE 0 END AS late,
                CASE WHEN NOT disclosure_required THEN s ELSE 0 END AS not_required,
                CASE WHEN disclosure_required AND published_on IS NULL THEN s ELSE 0 END AS unpublished,
                0 AS received, 0 AS published
         FROM d
         UNION ALL
         SELECT catalog_item_code, source_unit_code, source_unit, (received_at AT TIME ZONE 'Asia/Shanghai')::date,
                0, 0, 0, 0, 0, s, 0
         FROM d
         UNION ALL
         SELECT catalog_item_code, source_unit_code, source_unit, published_on, 0, 0, 0, 0, 0, 0, s
         FROM d WHERE published_on IS NOT NULL$e$,
      ARRAY['total', 'on_time', 'late', 'not_required', 'unpublished', 'received', 'published']));
END
$fn$;--> statement-breakpoint

-- Records stored by field list and list entries: receipt and publication by their days.
CREATE FUNCTION record_counters_undated_sql(kind text, delta text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
  RETURN format('WITH d AS MATERIALIZED (%s) %s', delta,
    record_counters_upsert_sql(kind,
      $e$SELECT catalog_item_code, source_unit_code, source_unit,
                (received_at AT TIME ZONE 'Asia/Shanghai')::date AS day, s AS received, 0 AS published
         FROM d
         UNION ALL
         SELECT catalog_item_code, source_unit_code, source_unit,
                (published_at AT TIME ZONE 'Asia/Shanghai')::date, 0, s
         FROM d WHERE published_at IS NOT NULL$e$,
      ARRAY['received', 'published']));
END
$fn$;--> statement-breakpoint

-- The changed rows of a record table as `delta` for the functions above: new rows +1, old -1.
CREATE FUNCTION record_counters_delta_sql(op text, columns text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE op
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS s FROM new_rows', columns)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS s FROM old_rows', columns)
    ELSE format('SELECT %1$s, 1 AS s FROM new_rows UNION ALL SELECT %1$s, -1 FROM old_rows', columns)
  END
$fn$;--> statement-breakpoint

CREATE FUNCTION record_counters_count_records() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE record_counters_records_sql(TG_ARGV[0], record_counters_delta_sql(TG_OP,
    'catalog_item_code, source_unit_code, source_unit, decision_date, disclosure_required, published_on, disclosure_deadline, received_at'));
  RETURN NULL;
END
$fn$;--> statement-breakpoint

-- TG_ARGV: the kind, and the columns naming the source unit's code and name.
CREATE FUNCTION record_counters_count_undated() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE record_counters_undated_sql(TG_ARGV[0], record_counters_delta_sql(TG_OP,
    format('catalog_item_code, %I AS source_unit_code, %I AS source_unit, received_at, published_at', TG_ARGV[1], TG_ARGV[2])));
  RETURN NULL;
END
$fn$;--> statement-breakpoint

-- Corrections: the superseded versions (`versions`, a table or new_rows) by their day, under their
-- record's item and source unit. `target` names the record table of the kind and how a version
-- joins it: its code and name columns, its key, and the version's key and record id columns.
CREATE FUNCTION record_counters_corrections_sql(kind text, versions text, target text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT record_counters_upsert_sql(kind, format(
    $e$SELECT r.catalog_item_code, r.%2$I AS source_unit_code, r.%3$I AS source_unit,
              (v.superseded_at AT TIME ZONE 'Asia/Shanghai')::date AS day, 1 AS corrected
       FROM %1$s AS v JOIN %4$I AS r ON r.%5$I = v.%6$I AND r.id = v.%7$I %8$s$e$,
    versions, target[2], target[3], target[1], target[4], target[5], target[6], target[7]), ARRAY['corrected'])
$fn$;--> statement-breakpoint

-- The record table of a kind and how its versions join it, for record_counters_corrections_sql;
-- record_versions holds both 双公示 kinds, told apart by its kind column.
CREATE FUNCTION record_counters_corrections_target(kind text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE kind
    WHEN 'LICENSING' THEN ARRAY['licensing_records', 'source_unit_code', 'source_unit', 'subject_key', 'subject_key', 'record_id', $w$WHERE v.kind = 'LICENSING'$w$]
    WHEN 'PENALTY' THEN ARRAY['penalty_records', 'source_unit_code', 'source_unit', 'subject_key', 'subject_key', 'record_id', $w$WHERE v.kind = 'PENALTY'$w$]
    WHEN 'CATALOG' THEN ARRAY['catalog_records', 'source_unit_code', 'source_unit', 'subject_key', 'subject_key', 'record_id', '']
    WHEN 'LIST' THEN ARRAY['list_entries', 'listing_authority_code', 'listing_authority', 'subject_code', 'subject_code', 'entry_id', '']
  END
$fn$;--> statement-breakpoint

-- TG_ARGV: the kinds whose versions the table holds.
CREATE FUNCTION record_counters_count_corrections() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  kind text;
BEGIN
  FOREACH kind IN ARRAY TG_ARGV LOOP
    EXECUTE record_counters_corrections_sql(kind, 'new_rows', record_counters_corrections_target(kind));
  END LOOP;
  RETURN NULL;
END
$fn$;--> statement-breakpoint

-- The submission log: its lines and the rows they refused, by the submission's day.
CREATE FUNCTION record_counters_submissions_sql(lines text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT record_counters_upsert_sql('SUBMISSION', format(
    $e$SELECT item_code AS catalog_item_code, source_unit_code, '' AS source_unit,
              (submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS day, 1 AS logged, rejected
       FROM %s$e$, lines), ARRAY['logged', 'rejected'])
$fn$;--> statement-breakpoint

CREATE FUNCTION record_counters_count_submissions() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE record_counters_submissions_sql('new_rows');
  RETURN NULL;
END
$fn$;--> statement-breakpoint

CREATE TRIGGER "licensing_records_count_insert" AFTER INSERT ON "licensing_records"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_records('LICENSING');--> statement-breakpoint
CREATE TRIGGER "licensing_records_count_update" AFTER UPDATE ON "licensing_records"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_records('LICENSING');--> statement-breakpoint
CREATE TRIGGER "licensing_records_count_delete" AFTER DELETE ON "licensing_records"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_records('LICENSING');--> statement-breakpoint
CREATE TRIGGER "penalty_records_count_insert" AFTER INSERT ON "penalty_records"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_records('PENALTY');--> statement-breakpoint
CREATE TRIGGER "penalty_records_count_update" AFTER UPDATE ON "penalty_records"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_records('PENALTY');--> statement-breakpoint
CREATE TRIGGER "penalty_records_count_delete" AFTER DELETE ON "penalty_records"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_records('PENALTY');--> statement-breakpoint
CREATE TRIGGER "catalog_records_count_insert" AFTER INSERT ON "catalog_records"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_undated('CATALOG', 'source_unit_code', 'source_unit');--> statement-breakpoint
CREATE TRIGGER "catalog_records_count_update" AFTER UPDATE ON "catalog_records"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_undated('CATALOG', 'source_unit_code', 'source_unit');--> statement-breakpoint
CREATE TRIGGER "catalog_records_count_delete" AFTER DELETE ON "catalog_records"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_undated('CATALOG', 'source_unit_code', 'source_unit');--> statement-breakpoint
CREATE TRIGGER "list_entries_count_insert" AFTER INSERT ON "list_entries"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_undated('LIST', 'listing_authority_code', 'listing_authority');--> statement-breakpoint
CREATE TRIGGER "list_entries_count_update" AFTER UPDATE ON "list_entries"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_undated('LIST', 'listing_authority_code', 'listing_authority');--> statement-breakpoint
CREATE TRIGGER "list_entries_count_delete" AFTER DELETE ON "list_entries"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_undated('LIST', 'listing_authority_code', 'listing_authority');--> statement-breakpoint
CREATE TRIGGER "record_versions_count_insert" AFTER INSERT ON "record_versions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_corrections('LICENSING', 'PENALTY');--> statement-breakpoint
CREATE TRIGGER "catalog_record_versions_count_insert" AFTER INSERT ON "catalog_record_versions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_corrections('CATALOG');--> statement-breakpoint
CREATE TRIGGER "list_entry_versions_count_insert" AFTER INSERT ON "list_entry_versions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_corrections('LIST');--> statement-breakpoint
CREATE TRIGGER "submission_log_count_insert" AFTER INSERT ON "submission_log"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_counters_count_submissions();--> statement-breakpoint

-- The backfill: the stored rows, counted once by the same statements.
DO $$
BEGIN
  EXECUTE record_counters_records_sql('LICENSING', 'SELECT catalog_item_code, source_unit_code, source_unit, decision_date, disclosure_required, published_on, disclosure_deadline, received_at, 1 AS s FROM licensing_records');
  EXECUTE record_counters_records_sql('PENALTY', 'SELECT catalog_item_code, source_unit_code, source_unit, decision_date, disclosure_required, published_on, disclosure_deadline, received_at, 1 AS s FROM penalty_records');
  EXECUTE record_counters_undated_sql('CATALOG',
    'SELECT catalog_item_code, source_unit_code, source_unit, received_at, published_at, 1 AS s FROM catalog_records');
  EXECUTE record_counters_undated_sql('LIST',
    'SELECT catalog_item_code, listing_authority_code AS source_unit_code, listing_authority AS source_unit, received_at, published_at, 1 AS s FROM list_entries');
  EXECUTE record_counters_corrections_sql('LICENSING', 'record_versions', record_counters_corrections_target('LICENSING'));
  EXECUTE record_counters_corrections_sql('PENALTY', 'record_versions', record_counters_corrections_target('PENALTY'));
  EXECUTE record_counters_corrections_sql('CATALOG', 'catalog_record_versions', record_counters_corrections_target('CATALOG'));
  EXECUTE record_counters_corrections_sql('LIST', 'list_entry_versions', record_counters_corrections_target('LIST'));
  EXECUTE record_counters_submissions_sql('submission_log');
END
$$;
