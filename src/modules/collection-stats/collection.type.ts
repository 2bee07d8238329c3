import { Field, Float, Int, ObjectType } from 'type-graphql';

import { CreditCodeScalar, DateScalar } from '../../shared/scalars.js';

@ObjectType({ description: 'What one department sent for one catalog item in a period.' })
export class CollectionReportRow {
  @Field(() => String, { description: 'Catalog item code.' })
  itemCode!: string;

  @Field(() => String, { description: 'Catalog item name.' })
  itemName!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the department (数据来源单位).' })
  sourceUnitCode!: string;

  @Field(() => String, { description: 'Name of the department.' })
  sourceUnit!: string;

  @Field(() => Int, { description: 'Records received in the period.' })
  received!: number;

  @Field(() => Int, { description: 'Records made public in the period.' })
  published!: number;

  @Field(() => Int, { description: 'Corrections accepted in the period.' })
  corrected!: number;

  @Field(() => Int, { description: 'Rows refused in the period.' })
  rejected!: number;

  @Field(() => Int, {
    description:
      'Records decided in the period whose deadline has come: on time, late or overdue. Only licensing and penalty records have a disclosure deadline; 0 for other kinds.',
  })
  due!: number;

  @Field(() => Int, { description: 'Of those, made public on time.' })
  onTime!: number;

  @Field(() => Float, { nullable: true, description: 'onTime / due; null when nothing was due.' })
  onTimeRate!: number | null;
}

@ObjectType({
  description: 'A department listed as provider of an item that sent nothing for it in the period.',
})
export class SilentProvider {
  @Field(() => String, { description: 'Catalog item code.' })
  itemCode!: string;

  @Field(() => String, { description: 'Catalog item name.' })
  itemName!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the department.' })
  organizationCode!: string;

  @Field(() => String, { description: 'Name of the department.' })
  organizationName!: string;
}

@ObjectType({
  description:
    'The collection statistics of a period (跟踪问效): the credit office’s monthly report.',
})
export class CollectionReport {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;

  @Field(() => [CollectionReportRow], {
    description: 'One row per catalog item and department with activity in the period.',
  })
  rows!: CollectionReportRow[];

  @Field(() => [SilentProvider], {
    description: 'Listed providers that sent nothing for their item in the period.',
  })
  silentProviders!: SilentProvider[];

  @Field(() => String, { description: 'The same report as CSV (UTF-8 with BOM), for download.' })
  csv!: string;
}
