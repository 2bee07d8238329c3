import { type CalendarDate, addDays } from '../../shared/dates.js';

/**
 * The official working-day calendar: the years loaded from State Council notices, their days
 * off and their make-up working days (调休上班). Pure data; built from the database per request.
 */
export interface WorkingCalendar {
  years: ReadonlySet<number>;
  daysOff: ReadonlySet<CalendarDate>;
  makeUpWorkdays: ReadonlySet<CalendarDate>;
}

export function buildCalendar(
  years: Iterable<number>,
  days: Iterable<{ date: CalendarDate; working: boolean }>,
): WorkingCalendar {
  const daysOff = new Set<CalendarDate>();
  const makeUpWorkdays = new Set<CalendarDate>();
  for (const day of days) {
    (day.working ? makeUpWorkdays : daysOff).add(day.date);
  }
  return { years: new Set(years), daysOff, makeUpWorkdays };
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday (no time zone involved). */
export function weekday(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** True when the year of the date has a loaded calendar. */
function isKnownYear(calendar: WorkingCalendar, date: CalendarDate): boolean {
  return calendar.years.has(yearOf(date));
}

/**
 * A working day is Monday to Friday unless it is an official day off, or any day that is an
 * official make-up working day. In a year with no calendar only Monday to Friday count.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: CalendarDate): boolean {
  if (calendar.makeUpWorkdays.has(date)) {
    return true;
  }
  const day = weekday(date);
  return day !== 0 && day !== 6 && !calendar.daysOff.has(date);
}

export interface WorkingDayResult {
  date: CalendarDate;
  /** True when a day counted lies in a year with no loaded calendar: the result may still move. */
  provisional: boolean;
}

/** Working days are counted up to this many; more is not a deadline but a mistake. */
export const MAX_WORKING_DAYS = 366;

/**
 * The Nth working day after `date`; the day itself is not counted (DESIGN §3.2: decided
 * 2025-09-30, 7 working days → 2025-10-16). Provisional when any day passed over falls in a
 * year without a calendar.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  date: CalendarDate,
  count: number,
): WorkingDayResult {
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKING_DAYS) {
    throw new RangeError(`count must be a whole number from 1 to ${MAX_WORKING_DAYS}`);
  }
  let provisional = false;
  let day = date;
  let counted = 0;
  while (counted < count) {
    day = addDays(day, 1);
    if (!isKnownYear(calendar, day)) {
      provisional = true;
    }
    if (isWorkingDay(calendar, day)) {
      counted += 1;
    }
  }
  return { date: day, provisional };
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`): how
 * many working days late a record published on `to` was, against a deadline of `from`.
 */
export function workingDaysBetween(
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) {
      count += 1;
    }
  }
  return count;
}
