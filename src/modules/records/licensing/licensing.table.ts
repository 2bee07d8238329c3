import { desc, sql } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

import { recordColumns, subjectKeyCheck } from '../shared/record.columns.js';
import { LicenceCategory } from './licensing.enums.js';

export const licenceCategoryEnum = pgEnum('licence_category', [
  LicenceCategory.ORDINARY,
  LicenceCategory.FRANCHISE,
  LicenceCategory.RECOGNITION,
  LicenceCategory.APPROVAL,
  LicenceCategory.REGISTRATION,
  LicenceCategory.OTHER,
]);

/** 行政许可 decisions in the national V2 layout. */
export const licensingRecords = pgTable(
  'licensing_records',
  {
    ...recordColumns(),
    documentTitle: text().notNull(),
    licenceCategory: licenceCategoryEnum().notNull(),
    licenceCategoryOther: text(),
    certificateName: text(),
    certificateNumber: text(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }).notNull(),
  },
  t => [
    subjectKeyCheck('licensing_records_subject_key', t.subjectCode, t.subjectKey),
    uniqueIndex('licensing_records_identity_idx').on(t.sourceUnitCode, t.documentNumber),
    // Covering (migrations 0017, 0022): INCLUDE (published_at, revoked_at, repaired_at, usage_scope, status,
    // catalog_item_code, counterpart_category, source_unit_code, subject_key, valid_to), the
    // columns the visibility rules read, so that counts are index-only; a rule that reads another
    // column adds it there.
    index('licensing_records_subject_idx').on(t.subjectCode, desc(t.decisionDate), desc(t.id)),
    index('licensing_records_source_decision_idx').on(t.sourceUnitCode, t.decisionDate),
    index('licensing_records_decision_idx').on(desc(t.decisionDate), desc(t.id)),
    // Unpublished records that must be disclosed, newest first: the PENDING and OVERDUE lists
    // and their counts (index-only) read only this.
    index('licensing_records_unpublished_idx')
      .on(desc(t.decisionDate), desc(t.id), t.disclosureDeadline)
      .where(sql`${t.publishedOn} is null and ${t.disclosureRequired}`),
    index('licensing_records_late_idx')
      .on(desc(t.decisionDate), desc(t.id))
      .where(sql`${t.publishedOn} > ${t.disclosureDeadline} and ${t.disclosureRequired}`),
    // Covers disclosureStats: an index-only scan over a range of decision dates.
    index('licensing_records_disclosure_stats_idx').on(
      t.decisionDate,
      t.sourceUnitCode,
      t.disclosureRequired,
      t.disclosureDeadline,
      t.publishedOn,
    ),
  ],
);

export type LicensingRow = typeof licensingRecords.$inferSelect;
export type NewLicensingRow = typeof licensingRecords.$inferInsert;
