import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { DateScalar } from '../../shared/scalars.js';
import { findCalendarYear } from './calendar.repository.js';
import { HolidayCalendarYear } from './calendar.type.js';
import { isWorkingDay } from './working-days.js';

@Resolver()
export class CalendarResolver {
  @Query(() => Boolean, {
    description:
      'Whether a date is a working day on the official calendar (Mon–Fri in a year that is not loaded).',
  })
  async isWorkingDay(
    @Arg('date', () => DateScalar, { description: 'The date, YYYY-MM-DD.' }) date: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return isWorkingDay(await ctx.loaders.calendar(), date);
  }

  @Query(() => HolidayCalendarYear, {
    nullable: true,
    description: 'A loaded year of the holiday calendar; null when it is not loaded.',
  })
  async holidayCalendar(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<HolidayCalendarYear | null> {
    const found = await findCalendarYear(ctx.db, year);
    if (found === undefined) {
      return null;
    }
    return {
      year,
      daysOff: found.days.filter(d => !d.working).map(d => d.date),
      makeUpWorkdays: found.days.filter(d => d.working).map(d => d.date),
      source: found.source,
      recomputedRecords: 0,
    };
  }
}
