import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { CALENDAR_SEEDS, daysOffOf, makeUpWorkdaysOf } from '../../../seeds/calendar/index.js';
import {
  type WorkingCalendar,
  addWorkingDays,
  buildCalendar,
  isWorkingDay,
  weekday,
  workingDaysBetween,
} from '../../../src/modules/calendar/index.js';
import { addDays } from '../../../src/shared/dates.js';

/**
 * The independent source's working days of 2015–2026. The library builds its holiday tables from
 * dates it parses in the local time zone, so west of UTC they land a day early: it is read in a
 * child process in China Standard Time, where they are right, whatever the machine's zone.
 */
const LIBRARY_WORKDAYS: ReadonlySet<string> = new Set(
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        fileURLToPath(new URL('../../support/library-workdays.mjs', import.meta.url)),
        '2015-01-01',
        '2026-12-31',
      ],
      { env: { ...process.env, TZ: 'Asia/Shanghai' }, encoding: 'utf8' },
    ),
  ) as string[],
);

function isWorkday(day: string): boolean {
  return LIBRARY_WORKDAYS.has(day);
}

const calendar: WorkingCalendar = buildCalendar(
  CALENDAR_SEEDS.map(s => s.year),
  CALENDAR_SEEDS.flatMap(s => [
    ...daysOffOf(s).map(date => ({ date, working: false })),
    ...makeUpWorkdaysOf(s).map(date => ({ date, working: true })),
  ]),
);

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

describe('the seeded calendar', () => {
  it('covers every year from 2015 to 2026, each file naming its notice', () => {
    expect(CALENDAR_SEEDS.map(s => s.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const seed of CALENDAR_SEEDS) {
      expect(seed.source).toMatch(new RegExp(`关于${seed.year}年部分节假日安排的通知`));
      for (const day of [...daysOffOf(seed), ...makeUpWorkdaysOf(seed)]) {
        expect(day.slice(0, 4), day).toBe(String(seed.year));
      }
    }
  });

  it('agrees with an independent source (chinese-days) on every day of 2015–2026', () => {
    const disagreements = everyDay('2015-01-01', '2026-12-31').filter(
      day => isWorkingDay(calendar, day) !== isWorkday(day),
    );
    expect(disagreements).toEqual([]);
  });

  it('lists make-up working days only on weekends, and never a day both off and working', () => {
    for (const seed of CALENDAR_SEEDS) {
      const off = new Set(daysOffOf(seed));
      for (const day of makeUpWorkdaysOf(seed)) {
        expect([0, 6], day).toContain(weekday(day));
        expect(off.has(day), day).toBe(false);
      }
    }
  });
});

describe('addWorkingDays', () => {
  it('gives the deadlines of the design examples', () => {
    expect(addWorkingDays(calendar, '2025-09-30', 7)).toEqual({
      date: '2025-10-16',
      provisional: false,
    });
    expect(addWorkingDays(calendar, '2026-02-12', 7)).toEqual({
      date: '2026-02-28',
      provisional: false,
    });
  });

  it('does not count the decision day, and counts from a day off or a make-up Saturday alike', () => {
    expect(addWorkingDays(calendar, '2025-10-03', 1).date).toBe('2025-10-09');
    expect(addWorkingDays(calendar, '2025-10-11', 1).date).toBe('2025-10-13');
    expect(addWorkingDays(calendar, '2025-10-10', 1).date).toBe('2025-10-11');
  });

  it('matches the independent source for a decision on every day of 2015–2026', () => {
    const reference = (from: string, n: number): string => {
      let day = from;
      for (let counted = 0; counted < n;) {
        day = addDays(day, 1);
        if (isWorkday(day)) {
          counted += 1;
        }
      }
      return day;
    };
    const wrong = everyDay('2015-01-01', '2026-12-15').filter(
      day => addWorkingDays(calendar, day, 7).date !== reference(day, 7),
    );
    expect(wrong).toEqual([]);
  });

  it('marks a deadline that reaches into a year without a calendar as provisional, counted Mon–Fri', () => {
    expect(addWorkingDays(calendar, '2026-12-28', 7)).toEqual({
      date: '2027-01-06',
      provisional: true,
    });
    expect(addWorkingDays(calendar, '2026-12-10', 7)).toEqual({
      date: '2026-12-21',
      provisional: false,
    });
  });

  it('refuses a negative, zero, fractional or absurd count', () => {
    for (const n of [-1, 0, 1.5, 10_000]) {
      expect(() => addWorkingDays(calendar, '2025-01-01', n)).toThrow(RangeError);
    }
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to the second', () => {
    expect(workingDaysBetween(calendar, '2025-10-16', '2025-10-16')).toBe(0);
    expect(workingDaysBetween(calendar, '2025-10-16', '2025-10-20')).toBe(2);
    expect(workingDaysBetween(calendar, '2025-09-30', '2025-10-16')).toBe(7);
    expect(workingDaysBetween(calendar, '2025-10-16', '2025-10-01')).toBe(0);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const day of ['2015-02-13', '2020-01-20', '2023-09-28', '2024-12-31']) {
      for (const n of [1, 7, 30]) {
        expect(workingDaysBetween(calendar, day, addWorkingDays(calendar, day, n).date)).toBe(n);
      }
    }
  });
});

describe('chinaDateOf', () => {
  it('gives the date in Beijing whatever the server time zone', async () => {
    const { chinaDateOf } = await import('../../../src/shared/dates.js');
    expect(chinaDateOf(new Date('2026-11-20T15:59:59Z'))).toBe('2026-11-20');
    expect(chinaDateOf(new Date('2026-11-20T16:00:00Z'))).toBe('2026-11-21');
    expect(chinaDateOf(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});
