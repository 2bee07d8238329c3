import { Field, Int, ObjectType } from 'type-graphql';

import { DateScalar } from '../../shared/scalars.js';

@ObjectType({
  description: 'One year of the official holiday calendar (国务院办公厅关于部分节假日安排的通知).',
})
export class HolidayCalendarYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [DateScalar], {
    description: 'Official days off, weekends inside holiday ranges included.',
  })
  daysOff!: string[];

  @Field(() => [DateScalar], { description: 'Make-up working days (调休上班), all on weekends.' })
  makeUpWorkdays!: string[];

  @Field(() => String, { nullable: true, description: 'The notice the year comes from.' })
  source!: string | null;

  @Field(() => Int, { description: 'Stored disclosure deadlines that loading this year changed.' })
  recomputedRecords!: number;
}
