import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * A counter per subject, raised by triggers in the transaction of every write that touches the
 * subject (its records, list entries, objections, its own row), and a global one under `*` for
 * writes that can change any profile (catalog scopes, the holiday calendar, truncations). A
 * cached public profile is valid for the counters it was computed under, on every instance.
 */
export const subjectGenerations = pgTable('subject_generations', {
  subjectCode: text().primaryKey(),
  generation: bigint({ mode: 'number' }).notNull(),
});
