import { allow } from 'graphql-shield';

import { fields } from '../../permissions/rules.js';

export const calendarPermissions = {
  Query: { isWorkingDay: allow, holidayCalendar: allow },
  HolidayCalendarYear: fields(allow, [
    'year',
    'daysOff',
    'makeUpWorkdays',
    'source',
    'recomputedRecords',
  ]),
};
