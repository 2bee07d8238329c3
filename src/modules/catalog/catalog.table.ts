import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { usageScopeEnum } from './catalog.enums.js';

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

/** The departments allowed to provide an item (数据来源单位). */
export const catalogItemProviders = pgTable(
  'catalog_item_providers',
  {
    itemCode: text()
      .notNull()
      .references(() => catalogItems.code, { onDelete: 'cascade' }),
    organizationCode: text().notNull(),
    organizationName: text().notNull(),
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
