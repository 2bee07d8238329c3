import { Field, ObjectType } from 'type-graphql';

import { ConnectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { CreditRecord } from '../shared/record.type.js';
import { LicenceCategory } from './licensing.enums.js';

@ObjectType({
  implements: CreditRecord,
  description: '行政许可: an administrative licensing decision in the national layout.',
})
export class LicensingRecord extends CreditRecord {
  @Field(() => String, { description: '行政许可决定文书名称.' })
  documentTitle!: string;

  @Field(() => LicenceCategory, { description: '许可类别.' })
  licenceCategory!: LicenceCategory;

  @Field(() => String, {
    nullable: true,
    description: 'The category when licenceCategory is OTHER.',
  })
  licenceCategoryOther!: string | null;

  @Field(() => String, { nullable: true, description: '许可证书名称.' })
  certificateName!: string | null;

  @Field(() => String, { nullable: true, description: '许可编号.' })
  certificateNumber!: string | null;

  @Field(() => DateScalar, { description: '有效期自.' })
  validFrom!: string;

  @Field(() => DateScalar, { description: '有效期至; 2099-12-31 means long-term.' })
  validTo!: string;
}

export const LicensingRecordConnection = ConnectionType(
  LicensingRecord,
  'LicensingRecord',
  'A page of licensing records, newest decision first.',
);
