import { sql } from 'drizzle-orm';
import {
  type PgColumn,
  bigserial,
  boolean,
  check,
  date,
  integer,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { subjectCategoryEnum } from '../../subjects/index.js';
import { UsageScope } from '../../catalog/index.js';
import { DEFAULT_DISCLOSURE_WORKING_DAYS, usageScopeEnum } from '../../catalog/index.js';
import { RecordStatusCode, recordStatusCodeEnum } from './record.enums.js';

/**
 * The columns every 双公示 record has: the counterpart (行政相对人) fields, the decision, the
 * authority and source unit, the usage scope and the platform's own bookkeeping.
 */
export function recordColumns() {
  return {
    id: bigserial({ mode: 'number' }).primaryKey(),
    counterpartName: text().notNull(),
    counterpartCategory: subjectCategoryEnum().notNull(),
    creditCode: text(),
    /** The subject this record is about; null for natural persons and placeholder codes. */
    subjectCode: text(),
    /**
     * The distribution key (see README, Scale-out): the subject's code, or for a record without
     * a subject a key of its own identity (`~<source unit>/<document number>`), so that every
     * record, its versions and its objections live together.
     */
    subjectKey: text().notNull(),
    businessRegistrationNo: text(),
    organizationCode: text(),
    taxRegistrationNo: text(),
    institutionCertificateNo: text(),
    socialOrganizationNo: text(),
    legalRepresentative: text(),
    legalRepresentativeIdType: text(),
    legalRepresentativeIdNumber: text(),
    personIdType: text(),
    personIdNumber: text(),
    documentNumber: text().notNull(),
    content: text().notNull(),
    decisionDate: date({ mode: 'string' }).notNull(),
    authority: text().notNull(),
    authorityCode: text().notNull(),
    sourceUnit: text().notNull(),
    sourceUnitCode: text().notNull(),
    remarks: text(),
    usageScope: usageScopeEnum().notNull().default(UsageScope.PUBLIC),
    /** 当前状态 as the department marks it; INVALID and REVOKED records are never public. */
    status: recordStatusCodeEnum().notNull().default(RecordStatusCode.VALID),
    /** The catalog item the record was collected under, and that item's version then. */
    catalogItemCode: text().notNull(),
    catalogItemVersion: integer().notNull(),
    /** sha256 of the normalised submitted fields: an identical resubmission is a duplicate. */
    contentHash: text().notNull(),
    version: integer().notNull().default(1),
    submittedByKeyId: uuid(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    /** The China Standard Time date of publishedAt: what the disclosure deadline is judged on. */
    publishedOn: date({ mode: 'string' }),
    /** False for records never to be published (natural persons, non-public scope, minor penalties under 第36号令). */
    disclosureRequired: boolean().notNull(),
    /**
     * The working days the deadline counts: its provider's for its catalog item when the record
     * was received (7 unless the credit office configured another count).
     */
    disclosureWorkingDays: smallint().notNull().default(DEFAULT_DISCLOSURE_WORKING_DAYS),
    /** The disclosureWorkingDays-th working day after the decision date (DESIGN §3.2). */
    disclosureDeadline: date({ mode: 'string' }).notNull(),
    /** True while the deadline reaches into a year whose holiday calendar is not loaded. */
    deadlineProvisional: boolean().notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revocationReason: text(),
    /** When an approved credit repair took the record out of the public view (信用修复). */
    repairedAt: timestamp({ withTimezone: true }),
  };
}

/**
 * A record with a subject is keyed by the subject's code: its distribution key and its subject
 * agree, so a profile's records are all on the subject's shard.
 */
export function subjectKeyCheck(name: string, subjectCode: PgColumn, subjectKey: PgColumn) {
  return check(name, sql`${subjectCode} is null or ${subjectKey} = ${subjectCode}`);
}

/**
 * A record's distribution key: its subject's code, or for a record without a subject (natural
 * persons, placeholder codes) `~` and the parts of its identity, which no credit code can equal.
 * Migration 0013 fills the stored rows with the same expression.
 */
export function recordSubjectKey(subjectCode: string | null, ...identity: string[]): string {
  return subjectCode ?? `~${identity.join('/')}`;
}
