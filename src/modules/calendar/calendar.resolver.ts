import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { DateScalar } from '../../shared/scalars.js';
import { findCalendarYear } from './calendar.repository.js';
import { loadHolidayCalendar } from '../disclosure/holiday-calendar.service.js';
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

  @Mutation(() => HolidayCalendarYear, {
    description:
      'Loads a year of the holiday calendar (ADMIN) from its State Council notice; recomputes the deadlines it moves. A loaded year with different content needs replace: true.',
  })
  async loadHolidayCalendar(
    @Arg('year', () => Int, { description: 'The year of the notice.' }) year: number,
    @Arg('daysOff', () => [DateScalar], { description: 'Official days off of the year.' })
    daysOff: string[],
    @Arg('makeUpWorkdays', () => [DateScalar], {
      description: 'Make-up working days (weekends) of the year.',
    })
    makeUpWorkdays: string[],
    @Arg('source', () => String, {
      nullable: true,
      description: 'The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知.',
    })
    source: string | null,
    @Arg('replace', () => Boolean, {
      defaultValue: false,
      description: 'Replace a loaded year whose content differs.',
    })
    replace: boolean,
    @Ctx() ctx: Context,
  ): Promise<HolidayCalendarYear> {
    return loadHolidayCalendar(ctx.db, ctx.viewer, ctx.clock, {
      year,
      daysOff,
      makeUpWorkdays,
      source,
      replace,
    });
  }
}
