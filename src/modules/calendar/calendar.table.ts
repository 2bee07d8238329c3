import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The years of the official holiday calendar that are loaded, with the notice they come from. */
export const calendarYears = pgTable('calendar_years', {
  year: integer().primaryKey(),
  source: text(),
  loadedAt: timestamp({ withTimezone: true }).notNull(),
  loadedByKeyId: uuid(),
});

/** Official days off and make-up working days (调休上班) of the loaded years. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date({ mode: 'string' }).primaryKey(),
    year: integer()
      .notNull()
      .references(() => calendarYears.year, { onDelete: 'cascade' }),
    working: boolean().notNull(),
    name: text(),
  },
  t => [index('calendar_days_year_idx').on(t.year)],
);
