/**
 * Where each table goes on a database distributed by subject (Citus): distributed on a column
 * that holds the subject's key (every such table co-located, so a subject's rows are on one
 * shard), a reference table copied to every node, or a local table on the coordinator. The
 * README's Scale-out section shows the same map, and a test holds the schema to it: every table
 * is placed, every distribution column is NOT NULL, and every foreign key between distributed
 * tables pairs the two distribution columns.
 */
export type TablePlacement =
  | { kind: 'distributed'; column: string; why: string }
  | { kind: 'reference'; why: string }
  | { kind: 'local'; why: string };

function distributed(column: string, why: string): TablePlacement {
  return { kind: 'distributed', column, why };
}

function reference(why: string): TablePlacement {
  return { kind: 'reference', why };
}

function local(why: string): TablePlacement {
  return { kind: 'local', why };
}

export const TABLE_PLACEMENT: Readonly<Record<string, TablePlacement>> = {
  subjects: distributed(
    'code',
    'the subject itself: the row every other distributed row sits with',
  ),
  subject_generations: distributed(
    'subject_code',
    'raised in the transaction of every write to the subject, on its shard (the global counter `*` is one row)',
  ),
  subject_search_ranks: distributed(
    'subject_code',
    'a subject’s count of public records, recounted in the transaction of a write to its records',
  ),
  subject_name_grams: distributed(
    'gram',
    'name search’s postings: a pair’s range is read in rank order on one shard (not co-located with the subjects: a rename writes to the shards of its pairs)',
  ),
  subject_gram_counts: distributed('gram', 'lives with its pair’s postings'),
  licensing_records: distributed(
    'subject_key',
    'grows with every decision; a profile reads one subject; records without a subject are keyed by their identity',
  ),
  penalty_records: distributed('subject_key', 'as licensing records'),
  record_versions: distributed(
    'subject_key',
    'a correction’s earlier version lives with its record',
  ),
  catalog_records: distributed('subject_key', 'as licensing records'),
  catalog_record_versions: distributed('subject_key', 'lives with its record'),
  list_entries: distributed(
    'subject_code',
    'a subject’s red and black list entries, read with its profile',
  ),
  list_entry_versions: distributed('subject_code', 'lives with its entry'),
  objections: distributed('subject_key', 'lives with the record or entry it is against'),
  repair_applications: distributed(
    'subject_key',
    'lives with the penalty or entry it would repair',
  ),
  credit_checks: distributed('subject_code', 'a check reads and records one subject’s entries'),
  check_feedback: distributed(
    'subject_code',
    'lives with its check (the foreign key carries the subject)',
  ),
  authorizations: distributed(
    'subject_code',
    'read with the subject’s records to decide what an institution sees',
  ),
  access_log: distributed(
    'subject_code',
    'written by every logged subject query, the fastest-growing table',
  ),
  catalog_items: reference('small; every submission and every visibility rule reads it'),
  catalog_item_providers: reference('small; checked with every submission'),
  catalog_item_versions: reference('small history of the catalog'),
  calendar_years: reference('small; every deadline is counted on it'),
  calendar_days: reference('small; every deadline is counted on it'),
  measures: reference('small; every check reads the measures list'),
  api_keys: local('checked once per request on the coordinator; records name a key by id only'),
  audit_events: local('append-only trail of every change, across subjects; read by the office'),
  log_chain_heads: local(
    'the head of each log’s hash chain (two rows), updated by every insert into the access log and the audit trail',
  ),
  export_batches: local(
    'one row per kind and period sent to the national platform, across subjects, with its file',
  ),
  export_batch_records: local(
    'the manifest of a batch: one row per record sent, read with its batch, across subjects',
  ),
  credit_reports: local(
    'one row per generated credit report, found by its verification code alone, not by subject',
  ),
  change_outbox: local(
    'the change feed, read in one (transaction id, id) order across subjects; transaction ids are each node’s own',
  ),
  monitored_subjects: local(
    'an institution’s list, read by institution and joined with the outbox on the coordinator',
  ),
  webhooks: local(
    'one row per institution: its endpoint, secret and delivery cursor in the feed’s order',
  ),
  webhook_deliveries: local(
    'one row per change and institution it is pushed to, claimed by the worker across subjects',
  ),
  change_sweeps: local('one row: the day the publicity sweep has reached'),
  subject_evaluations: distributed(
    'subject_code',
    'one subject’s evaluation, read with its profile',
  ),
  subject_evaluation_history: distributed('subject_code', 'one subject’s classes over time'),
  evaluation_models: reference('small; every evaluation reads the model in force'),
  evaluation_progress: local('one row: where the evaluation worker has got to'),
  submission_log: local(
    'one row per submission and source unit, across subjects; the collection report counts it',
  ),
  submission_rejections: local(
    'one row per refused row of a submission, across subjects; the rejection report lists it',
  ),
  record_counters: local(
    'counts per kind, item, source unit and day, month and year, across subjects; the stats and the collection report read them',
  ),
  unpublished_counters: local(
    'unpublished records per deadline and decision day, across subjects; PENDING and OVERDUE are split on them',
  ),
};
