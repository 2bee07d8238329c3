import { asc, eq } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import { calendarDays, calendarYears } from './calendar.table.js';
import { type WorkingCalendar, buildCalendar } from './working-days.js';

/** The whole loaded calendar, in two small statements. */
export async function loadWorkingCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const [years, days] = await Promise.all([
    db.select({ year: calendarYears.year }).from(calendarYears),
    db.select({ date: calendarDays.date, working: calendarDays.working }).from(calendarDays),
  ]);
  return buildCalendar(
    years.map(y => y.year),
    days,
  );
}

export async function findCalendarYear(db: DbOrTx, year: number) {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year)).limit(1);
  if (row === undefined) {
    return undefined;
  }
  const days = await db
    .select()
    .from(calendarDays)
    .where(eq(calendarDays.year, year))
    .orderBy(asc(calendarDays.date));
  return { ...row, days };
}

export async function listCalendarYears(db: DbOrTx) {
  return db.select().from(calendarYears).orderBy(asc(calendarYears.year));
}

/** Replaces one year: its row and all its days. */
export async function replaceCalendarYear(
  db: DbOrTx,
  year: number,
  source: string | null,
  days: readonly { date: string; working: boolean; name: string | null }[],
  byKeyId: string | null,
  at: Date,
): Promise<void> {
  await db.delete(calendarDays).where(eq(calendarDays.year, year));
  await db
    .insert(calendarYears)
    .values({ year, source, loadedByKeyId: byKeyId, loadedAt: at })
    .onConflictDoUpdate({
      target: calendarYears.year,
      set: { source, loadedByKeyId: byKeyId, loadedAt: at },
    });
  if (days.length > 0) {
    await db.insert(calendarDays).values(days.map(day => ({ ...day, year })));
  }
}
