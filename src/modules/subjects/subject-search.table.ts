import { integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

/**
 * Name search's postings: one row per subject and distinct character pair of its lower-cased
 * name, plus the pair its credit code starts with. `sort` is the rank of the subject for that
 * pair (subject_name_postings(), migration 0034): 16 × the match class (0 the name is the pair,
 * 1 it starts with it, 2 otherwise) + 15 − the heat of its public records, so a pair's postings
 * in key order are its matches in rank order, the credit code breaking ties. Kept by triggers
 * on subjects and on the record tables, in the writer's transaction.
 */
export const subjectNameGrams = pgTable(
  'subject_name_grams',
  {
    gram: text().notNull(),
    sort: smallint().notNull(),
    subjectCode: text().notNull(),
  },
  t => [primaryKey({ name: 'subject_name_grams_pkey', columns: [t.gram, t.sort, t.subjectCode] })],
);

/**
 * How many subjects each pair's postings hold, for the estimate of a large search's total.
 * Split into shards (the writer's backend pid mod 8), so that concurrent intake does not queue
 * on the rows of 有限 and 公司; a pair's count is the sum of its shards.
 */
export const subjectGramCounts = pgTable(
  'subject_gram_counts',
  {
    gram: text().notNull(),
    shard: smallint().notNull(),
    subjects: integer().notNull(),
  },
  t => [primaryKey({ name: 'subject_gram_counts_pkey', columns: [t.gram, t.shard] })],
);

/**
 * The number of a subject's licensing and penalty records in the public state (published,
 * neither revoked nor repaired, public scope, not marked 无效 or 撤销): the search's rank
 * after the match class. Only subjects with such records have a row.
 */
export const subjectSearchRanks = pgTable('subject_search_ranks', {
  subjectCode: text().primaryKey(),
  publicRecords: integer().notNull(),
});
