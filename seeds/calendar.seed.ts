import type { DbOrTx } from '../src/db/types.js';
import { listCalendarYears, replaceCalendarYear } from '../src/modules/calendar/index.js';
import { CALENDAR_SEEDS, daysOffOf, makeUpWorkdaysOf } from './calendar/index.js';

/**
 * Loads the seeded years (2015–2026) that are not in the database yet. A year already there is
 * left alone: the credit office may have corrected it through loadHolidayCalendar.
 */
export async function seedCalendar(db: DbOrTx, at: Date): Promise<number> {
  const present = new Set((await listCalendarYears(db)).map(row => row.year));
  let loaded = 0;
  for (const seed of CALENDAR_SEEDS) {
    if (present.has(seed.year)) {
      continue;
    }
    const names = new Map<string, string>();
    for (const holiday of seed.holidays) {
      for (const day of [...daysOffOf({ ...seed, holidays: [holiday] }), ...holiday.work]) {
        names.set(day, holiday.name);
      }
    }
    await replaceCalendarYear(
      db,
      seed.year,
      seed.source,
      [
        ...daysOffOf(seed).map(date => ({ date, working: false, name: names.get(date) ?? null })),
        ...makeUpWorkdaysOf(seed).map(date => ({
          date,
          working: true,
          name: names.get(date) ?? null,
        })),
      ],
      null,
      at,
    );
    loaded += 1;
  }
  return loaded;
}
