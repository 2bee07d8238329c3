import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ProviderCategory, providerCategoryEnum, usageScopeEnum } from './catalog.enums.js';

/**
 * Licensing and penalty decisions are made public within 7 working days of the decision
 * (国办发〔2015〕51号; 国发〔2016〕33号; 发改办财金〔2018〕424号), unless the credit office sets
 * another count for an item and department.
 */
export const DEFAULT_DISCLOSURE_WORKING_DAYS = 7;

/**
 * 公共信用信息目录: the items of public credit information the platform collects and publishes.
 * A change makes a new version; the previous one is kept in catalog_item_versions, and every
 * record keeps the version it was collected under.
 */
export const catalogItems = pgTable('catalog_items', {
  code: text().primaryKey(),
  version: integer().notNull().default(1),
  name: text().notNull(),
  category: text().notNull(),
  description: text().notNull(),
  /** Who may see the item's records; the stricter of this and a record's own scope applies. */
  usageScope: usageScopeEnum().notNull(),
  requiresReview: boolean().notNull().default(false),
  publicityRule: text().notNull(),
  legalBasis: text().notNull(),
  updateFrequency: text().notNull(),
  /**
   * The fields a record of the item carries, for items stored generically (everything but
   * licensing and penalty, which have typed tables); empty for the typed ones.
   */
  fields: jsonb().$type<CatalogFieldDefinition[]>().notNull().default([]),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});

/** The departments and platforms allowed to provide an item (数据来源单位). */
export const catalogItemProviders = pgTable(
  'catalog_item_providers',
  {
    itemCode: text()
      .notNull()
      .references(() => catalogItems.code, { onDelete: 'cascade' }),
    organizationCode: text().notNull(),
    organizationName: text().notNull(),
    /** A government department, or a platform reporting on its merchants. */
    category: providerCategoryEnum().notNull().default(ProviderCategory.DEPARTMENT),
    /**
     * The working days after a decision by which the department must make it public (DESIGN
     * §3.2: 7 unless the credit office configures another count for the item and department).
     */
    disclosureWorkingDays: smallint().notNull().default(DEFAULT_DISCLOSURE_WORKING_DAYS),
  },
  t => [primaryKey({ columns: [t.itemCode, t.organizationCode] })],
);

/** Earlier versions of catalog items, as they were. */
export const catalogItemVersions = pgTable(
  'catalog_item_versions',
  {
    itemCode: text().notNull(),
    version: integer().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    supersededAt: timestamp({ withTimezone: true }).notNull(),
    supersededByKeyId: uuid(),
  },
  t => [primaryKey({ columns: [t.itemCode, t.version] })],
);

export type CatalogFieldType = 'TEXT' | 'DATE' | 'ENUM' | 'DECIMAL';

/** One field of a generically stored catalog item. */
export interface CatalogFieldDefinition {
  name: string;
  label: string;
  type: CatalogFieldType;
  required: boolean;
  /** Longest TEXT value, in characters. */
  maxLength?: number;
  /** Allowed ENUM values. */
  values?: string[];
  /** Roles that see the value masked (null); the others see it as stored. */
  hiddenFrom?: string[];
}

export type CatalogItemRow = typeof catalogItems.$inferSelect;
export type CatalogProviderRow = typeof catalogItemProviders.$inferSelect;
