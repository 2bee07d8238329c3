export { calendarPermissions } from './calendar.permissions.js';
export {
  findCalendarYear,
  listCalendarYears,
  loadWorkingCalendar,
  replaceCalendarYear,
} from './calendar.repository.js';
export { CalendarResolver } from './calendar.resolver.js';
export { calendarDays, calendarYears } from './calendar.table.js';
export {
  addWorkingDays,
  buildCalendar,
  isWorkingDay,
  MAX_WORKING_DAYS,
  weekday,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-days.js';
export { HolidayCalendarYear } from './calendar.type.js';
