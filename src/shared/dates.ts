/**
 * Calendar dates are `YYYY-MM-DD` strings in China Standard Time. They are never turned into a
 * `Date` at local midnight, so the server's time zone cannot shift them.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** True for an existing date written `YYYY-MM-DD` (2025-02-29 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) {
    return false;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Accepts `YYYY-MM-DD`, `YYYY/MM/DD` (upload files) and `YYYY/M/D`; returns `YYYY-MM-DD` or null. */
export function parseCalendarDate(input: string): CalendarDate | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(input.trim());
  if (match === null) {
    return null;
  }
  const value = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDate(value) ? value : null;
}

/**
 * The calendar date in China Standard Time at the given instant. China Standard Time is UTC+8
 * all year (no daylight saving since 1991), so a fixed offset is exact and needs no time-zone
 * database.
 */
export function chinaDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a calendar date begins in China Standard Time (00:00 at UTC+8). */
export function chinaDayStart(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** Adds whole days to a calendar date (UTC arithmetic on the date alone). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Source of "now". Production uses the system clock; tests inject a fixed one. */
export interface Clock {
  now(): Date;
  /** Today's calendar date in China Standard Time. */
  today(): CalendarDate;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => chinaDateOf(new Date()),
};

export function fixedClock(instant: Date | string): Clock {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return { now: () => new Date(at.getTime()), today: () => chinaDateOf(at) };
}
