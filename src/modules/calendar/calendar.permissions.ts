import { allow } from 'graphql-shield';

import { fields, isAdmin } from '../../permissions/rules.js';

export const calendarPermissions = {
  Query: { isWorkingDay: allow, holidayCalendar: allow },
  Mutation: { loadHolidayCalendar: isAdmin },
  HolidayCalendarYear: fields(allow, [
    'year',
    'daysOff',
    'makeUpWorkdays',
    'source',
    'recomputedRecords',
  ]),
};
