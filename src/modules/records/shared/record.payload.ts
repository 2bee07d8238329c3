import { Field, Int, ObjectType } from 'type-graphql';

import { CreditRecord } from './record.type.js';

@ObjectType({ description: 'Why one row of a submission was not stored.' })
export class RecordRejection {
  @Field(() => Int, { description: 'Zero-based index of the row in the submitted list.' })
  index!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The input field at fault, in the camelCase of the input type.',
  })
  field!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The field’s column in the national template (中文名), e.g. `处罚决定日期`, as the message names it.',
  })
  column!: string | null;

  @Field(() => String, {
    description: 'Stable code of the problem (see the README), e.g. `REQUIRED`.',
  })
  code!: string;

  @Field(() => String, {
    description:
      'What is wrong, in words a department clerk can act on, naming the column: in Chinese, or in English with `Accept-Language: en`.',
  })
  message!: string;
}

@ObjectType({
  description:
    'The outcome of a batch submission: what was stored, what was already there, what was rejected.',
})
export class SubmitRecordsPayload {
  @Field(() => Int, { description: 'Rows stored: new records plus corrections of existing ones.' })
  accepted!: number;

  @Field(() => Int, {
    description:
      'Rows identical to a record already on the platform (or earlier in this batch): nothing changed.',
  })
  duplicates!: number;

  @Field(() => Int, {
    description:
      'Of the accepted rows, how many corrected an existing record (its previous version is kept).',
  })
  corrections!: number;

  @Field(() => [RecordRejection], {
    description: 'Rows not stored, each with its index, field and code; a row may have several.',
  })
  rejected!: RecordRejection[];

  @Field(() => [CreditRecord], {
    description: 'The records stored by this submission (new and corrected), in input order.',
  })
  records!: CreditRecord[];
}
