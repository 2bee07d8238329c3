import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { type CalendarDate, isCalendarDate } from '../../shared/dates.js';
import { BadInputError, ConflictError } from '../../shared/errors.js';
import { itemOf, named, say } from '../../shared/messages.js';
import { recordAudit } from '../audit/index.js';
import { recomputeDeadlines } from './disclosure.repository.js';
import { findCalendarYear, loadWorkingCalendar, replaceCalendarYear } from '../calendar/index.js';
import { weekday } from '../calendar/index.js';
import type { Clock } from '../../shared/dates.js';

export interface LoadCalendarCommand {
  year: number;
  daysOff: readonly string[];
  makeUpWorkdays: readonly string[];
  source?: string | null;
  replace?: boolean | null;
}

export interface LoadedCalendarYear {
  year: number;
  daysOff: CalendarDate[];
  makeUpWorkdays: CalendarDate[];
  source: string | null;
  recomputedRecords: number;
}

function checkDays(
  field: 'daysOff' | 'makeUpWorkdays',
  year: number,
  days: readonly string[],
): CalendarDate[] {
  days.forEach((day, index) => {
    if (!isCalendarDate(day)) {
      throw new BadInputError(
        say('INVALID_DATE', { ...itemOf(field, index), value: String(day) }),
        field,
        { index, reason: 'INVALID_DATE' },
      );
    }
    if (Number(day.slice(0, 4)) !== year) {
      throw new BadInputError(
        say('DATE_OUTSIDE_YEAR', { ...itemOf(field, index), value: day, year }),
        field,
        {
          index,
          reason: 'DATE_OUTSIDE_YEAR',
        },
      );
    }
  });
  return [...new Set(days)].sort();
}

/**
 * Adds or replaces one year of the official holiday calendar (loadHolidayCalendar), when the
 * State Council publishes its notice, usually in November of the year before. Checks: every date
 * exists and lies in the year, no date is both off and working, make-up working days fall on a
 * weekend. Loading the same content again changes nothing; different content for a loaded year
 * needs `replace: true`, otherwise it is a CONFLICT that names the dates that differ. In the
 * same transaction every deadline the year can move is recomputed (provisional ones and
 * decisions from the November before to the end of the year), and the change is audited.
 */
export async function loadHolidayCalendar(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: LoadCalendarCommand,
): Promise<LoadedCalendarYear> {
  const { year } = command;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadInputError(
      say('OUT_OF_RANGE', { ...named('year'), min: 2000, max: 2100 }),
      'year',
    );
  }
  const daysOff = checkDays('daysOff', year, command.daysOff);
  const makeUpWorkdays = checkDays('makeUpWorkdays', year, command.makeUpWorkdays);
  const both = makeUpWorkdays.filter(day => daysOff.includes(day));
  if (both.length > 0) {
    throw new BadInputError(
      say('DATE_BOTH_OFF_AND_WORKING', { ...named('makeUpWorkdays'), dates: both }),
      'makeUpWorkdays',
      {
        reason: 'DATE_BOTH_OFF_AND_WORKING',
        dates: both,
      },
    );
  }
  const weekdays = makeUpWorkdays.filter(day => weekday(day) !== 0 && weekday(day) !== 6);
  if (weekdays.length > 0) {
    throw new BadInputError(
      say('MAKE_UP_DAY_NOT_WEEKEND', { ...named('makeUpWorkdays'), dates: weekdays }),
      'makeUpWorkdays',
      {
        reason: 'MAKE_UP_DAY_NOT_WEEKEND',
        dates: weekdays,
      },
    );
  }
  const source = command.source?.trim() || null;

  return db.transaction(async tx => {
    const existing = await findCalendarYear(tx, year);
    if (existing !== undefined) {
      const oldOff = existing.days.filter(d => !d.working).map(d => d.date);
      const oldWork = existing.days.filter(d => d.working).map(d => d.date);
      const differing = [
        ...oldOff.filter(d => !daysOff.includes(d)),
        ...daysOff.filter(d => !oldOff.includes(d)),
        ...oldWork.filter(d => !makeUpWorkdays.includes(d)),
        ...makeUpWorkdays.filter(d => !oldWork.includes(d)),
      ].sort();
      if (differing.length === 0) {
        return { year, daysOff, makeUpWorkdays, source: existing.source, recomputedRecords: 0 };
      }
      if (command.replace !== true) {
        throw new ConflictError(
          say('CALENDAR_DIFFERS', { ...named('year'), year, dates: differing }),
          'year',
        );
      }
    }
    await replaceCalendarYear(
      tx,
      year,
      source,
      [
        ...daysOff.map(date => ({ date, working: false, name: null })),
        ...makeUpWorkdays.map(date => ({ date, working: true, name: null })),
      ],
      viewer.keyId,
      clock.now(),
    );
    const recomputedRecords = await recomputeDeadlines(
      tx,
      await loadWorkingCalendar(tx),
      `${year - 1}-11-01`,
      `${year}-12-31`,
    );
    await recordAudit(tx, viewer, clock.now(), {
      action: existing === undefined ? 'calendar.load' : 'calendar.replace',
      entityType: 'calendar_year',
      entityId: String(year),
      details: {
        daysOff: daysOff.length,
        makeUpWorkdays: makeUpWorkdays.length,
        source,
        recomputedRecords,
      },
    });
    return { year, daysOff, makeUpWorkdays, source, recomputedRecords };
  });
}
