import { addDays } from '../../src/shared/dates.js';

/**
 * One year of the official holiday calendar as its State Council notice states it: each
 * holiday's days off (ranges, weekends included) and its make-up working days (调休上班).
 * Dates belong to the year they fall in; days announced in the next year's notice (a New Year
 * holiday that starts on 30 or 31 December) are listed in the year they fall in, with that
 * notice named in `source`.
 */
export interface CalendarSeed {
  year: number;
  source: string;
  holidays: { name: string; off: [string, string][]; work: string[] }[];
}

export function daysOffOf(seed: CalendarSeed): string[] {
  const days: string[] = [];
  for (const holiday of seed.holidays) {
    for (const [from, to] of holiday.off) {
      for (let day = from; day <= to; day = addDays(day, 1)) {
        days.push(day);
      }
    }
  }
  return [...new Set(days)].sort();
}

export function makeUpWorkdaysOf(seed: CalendarSeed): string[] {
  return [...new Set(seed.holidays.flatMap(h => h.work))].sort();
}
