import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

import { usageScopeEnum } from '../records/shared/record.enums.js';

/** 公共信用信息目录: the items of public credit information the platform collects and publishes. */
export const catalogItems = pgTable('catalog_items', {
  code: text().primaryKey(),
  name: text().notNull(),
  category: text().notNull(),
  description: text().notNull(),
  defaultUsageScope: usageScopeEnum().notNull(),
  requiresReview: boolean().notNull().default(false),
  publicityRule: text().notNull(),
  legalBasis: text().notNull(),
  updateFrequency: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type CatalogItemRow = typeof catalogItems.$inferSelect;
