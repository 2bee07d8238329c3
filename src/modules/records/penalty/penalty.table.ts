import { desc, sql } from 'drizzle-orm';
import { date, index, numeric, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

import { recordColumns, subjectKeyCheck } from '../shared/record.columns.js';
import {
  PenaltySector,
  PenaltySeverity,
  PenaltyType,
  PublicityRegime,
  SeveritySource,
} from './penalty.enums.js';

export const penaltyTypeEnum = pgEnum(
  'penalty_type',
  Object.values(PenaltyType) as [PenaltyType, ...PenaltyType[]],
);
export const penaltySeverityEnum = pgEnum('penalty_severity', [
  PenaltySeverity.MINOR,
  PenaltySeverity.GENERAL,
  PenaltySeverity.SERIOUS,
]);
export const penaltySectorEnum = pgEnum(
  'penalty_sector',
  Object.values(PenaltySector) as [PenaltySector, ...PenaltySector[]],
);

export const severitySourceEnum = pgEnum('severity_source', [
  SeveritySource.MARKED,
  SeveritySource.DERIVED,
  SeveritySource.OVERRIDDEN,
]);

export const publicityRegimeEnum = pgEnum(
  'publicity_regime',
  Object.values(PublicityRegime) as [PublicityRegime, ...PublicityRegime[]],
);

/** 行政处罚 decisions in the national V2 layout. Amounts are in 万元 with six decimals. */
export const penaltyRecords = pgTable(
  'penalty_records',
  {
    ...recordColumns(),
    violationType: text().notNull(),
    facts: text().notNull(),
    basis: text().notNull(),
    penaltyTypes: penaltyTypeEnum().array().notNull(),
    penaltyTypeOther: text(),
    fineAmount: numeric({ precision: 18, scale: 6 }),
    confiscatedAmount: numeric({ precision: 18, scale: 6 }),
    suspendedLicence: text(),
    penaltyValidUntil: date({ mode: 'string' }).notNull(),
    severity: penaltySeverityEnum().notNull().default(PenaltySeverity.GENERAL),
    /** How the severity was reached: the department's marking, the rules, or the credit office. */
    severitySource: severitySourceEnum().notNull(),
    /** The rule line with its legal basis, the marking, or the office's reason (publicity-classes.ts). */
    severityBasis: text().notNull(),
    sector: penaltySectorEnum(),
    /** The publicity regime the penalty was judged under, by its decision date (DESIGN §3.3). */
    publicityRegime: publicityRegimeEnum().notNull(),
    /** Earliest date from which credit repair may be applied for. */
    publicityMinEnd: date({ mode: 'string' }).notNull(),
    /** After this date the penalty leaves the public view. */
    publicityMaxEnd: date({ mode: 'string' }).notNull(),
  },
  t => [
    subjectKeyCheck('penalty_records_subject_key', t.subjectCode, t.subjectKey),
    uniqueIndex('penalty_records_identity_idx').on(t.sourceUnitCode, t.documentNumber),
    // Covering (migrations 0017, 0022): INCLUDE (published_at, revoked_at, repaired_at, usage_scope, status,
    // catalog_item_code, counterpart_category, source_unit_code, subject_key, publicity_max_end), the
    // columns the visibility rules read, so that counts are index-only; a rule that reads another
    // column adds it there.
    index('penalty_records_subject_idx').on(t.subjectCode, desc(t.decisionDate), desc(t.id)),
    index('penalty_records_source_decision_idx').on(t.sourceUnitCode, t.decisionDate),
    index('penalty_records_decision_idx').on(desc(t.decisionDate), desc(t.id)),
    // Unpublished records that must be disclosed, newest first: the PENDING and OVERDUE lists
    // and their counts (index-only) read only this.
    index('penalty_records_unpublished_idx')
      .on(desc(t.decisionDate), desc(t.id), t.disclosureDeadline)
      .where(sql`${t.publishedOn} is null and ${t.disclosureRequired}`),
    index('penalty_records_late_idx')
      .on(desc(t.decisionDate), desc(t.id))
      .where(sql`${t.publishedOn} > ${t.disclosureDeadline} and ${t.disclosureRequired}`),
    // Covers disclosureStats: an index-only scan over a range of decision dates.
    index('penalty_records_disclosure_stats_idx').on(
      t.decisionDate,
      t.sourceUnitCode,
      t.disclosureRequired,
      t.disclosureDeadline,
      t.publishedOn,
    ),
  ],
);

export type PenaltyRow = typeof penaltyRecords.$inferSelect;
export type NewPenaltyRow = typeof penaltyRecords.$inferInsert;
