import { Field, InputType } from 'type-graphql';

import { RecordInputBase } from '../shared/record.inputs.js';
import { LicenceCategory } from './licensing.enums.js';

@InputType({ description: 'One 行政许可 decision in the national layout. Dates are `YYYY-MM-DD`.' })
export class LicensingRecordInput extends RecordInputBase {
  @Field(() => String, { nullable: true, description: '行政许可决定文书名称 (required).' })
  documentTitle?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '行政许可决定文书号 (required, ≤ 128 characters; the 许可编号 when there is no document number). Identifies the record within its source unit.',
  })
  documentNumber?: string | null;

  @Field(() => LicenceCategory, { nullable: true, description: '许可类别 (required).' })
  licenceCategory?: LicenceCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'The category when licenceCategory is OTHER (then required).',
  })
  licenceCategoryOther?: string | null;

  @Field(() => String, { nullable: true, description: '许可证书名称.' })
  certificateName?: string | null;

  @Field(() => String, { nullable: true, description: '许可编号.' })
  certificateNumber?: string | null;

  @Field(() => String, { nullable: true, description: '许可内容 (required).' })
  content?: string | null;

  @Field(() => String, { nullable: true, description: '有效期自, `YYYY-MM-DD` (required).' })
  validFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '有效期至, `YYYY-MM-DD` (required, not before validFrom); 2099-12-31 means long-term.',
  })
  validTo?: string | null;
}
