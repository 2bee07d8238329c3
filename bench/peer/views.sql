-- The peer's public surface: views over the platform's base tables that hold exactly the rows the
-- public profile may show (the same predicate as bench/floor.ts), for PostGraphile 4 to serve.
-- Benchmark-only; idempotent (server.mjs applies it at every start).
--
-- The views are simple (no aggregates, no window functions, no DISTINCT), so PostgreSQL inlines
-- them and pushes `subject_code = $code` and `order by decision_date desc, id desc limit 20` down
-- to the base tables' (subject_code, decision_date desc, id desc) indexes.
--
-- "Today" is the China calendar date, as the platform's clock computes it (chinaDateOf).

create schema if not exists peer;

create or replace view peer.subjects as
  select s.code, s.name, s.category::text as category
  from public.subjects s;

comment on view peer.subjects is E'@primaryKey code\n@omit create,update,delete';

create or replace view peer.licensing_records as
  select
    'licensing:' || r.id as id,
    r.id as row_id,
    r.subject_code,
    r.document_title,
    r.document_number,
    r.decision_date,
    r.authority,
    r.valid_to,
    case when not r.disclosure_required then 'NOT_REQUIRED'
      when r.published_on is not null and r.published_on <= r.disclosure_deadline then 'ON_TIME'
      when r.published_on is not null then 'LATE'
      when r.disclosure_deadline < (now() at time zone 'Asia/Shanghai')::date then 'OVERDUE'
      else 'PENDING' end as disclosure_status
  from public.licensing_records r
  where r.published_at is not null and r.revoked_at is null and r.repaired_at is null
    and r.usage_scope = 'PUBLIC' and r.counterpart_category <> 'NATURAL_PERSON'
    and r.catalog_item_code in (select c.code from public.catalog_items c where c.usage_scope = 'PUBLIC')
    and r.valid_to >= (now() at time zone 'Asia/Shanghai')::date;

comment on view peer.licensing_records is
  E'@primaryKey row_id\n@omit create,update,delete\n@foreignKey (subject_code) references peer.subjects (code)|@fieldName subject|@foreignFieldName licensingRecords';

create or replace view peer.penalty_records as
  select
    'penalty:' || r.id as id,
    r.id as row_id,
    r.subject_code,
    r.document_number,
    r.decision_date,
    r.penalty_types::text[] as penalty_types,
    r.fine_amount::text as fine_amount,
    r.authority,
    case when not r.disclosure_required then 'NOT_REQUIRED'
      when r.published_on is not null and r.published_on <= r.disclosure_deadline then 'ON_TIME'
      when r.published_on is not null then 'LATE'
      when r.disclosure_deadline < (now() at time zone 'Asia/Shanghai')::date then 'OVERDUE'
      else 'PENDING' end as disclosure_status
  from public.penalty_records r
  where r.published_at is not null and r.revoked_at is null and r.repaired_at is null
    and r.usage_scope = 'PUBLIC' and r.counterpart_category <> 'NATURAL_PERSON'
    and r.catalog_item_code in (select c.code from public.catalog_items c where c.usage_scope = 'PUBLIC')
    and r.publicity_max_end >= (now() at time zone 'Asia/Shanghai')::date;

comment on view peer.penalty_records is
  E'@primaryKey row_id\n@omit create,update,delete\n@foreignKey (subject_code) references peer.subjects (code)|@fieldName subject|@foreignFieldName penaltyRecords';
