import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { DateScalar } from '../../shared/scalars.js';
import { HolidayCalendarYear } from '../calendar/index.js';
import { loadHolidayCalendar } from './holiday-calendar.service.js';

/** Loading a year of the official calendar moves the disclosure deadlines it covers. */
@Resolver()
export class HolidayCalendarResolver {
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
