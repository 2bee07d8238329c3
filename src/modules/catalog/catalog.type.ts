import { Field, ObjectType } from 'type-graphql';

import { UsageScope } from '../records/shared/record.enums.js';

@ObjectType({ description: '公共信用信息目录 item: a kind of public credit information the platform collects and publishes.' })
export class CatalogItem {
  @Field(() => String, { description: 'Stable code of the item, e.g. `ADMIN_PENALTY`.' })
  code!: string;

  @Field(() => String, { description: 'Name of the item, e.g. 行政处罚信息.' })
  name!: string;

  @Field(() => String, { description: 'Category: registration, licensing, penalty, red list, black list, commitment, …' })
  category!: string;

  @Field(() => String, { description: 'What the item holds.' })
  description!: string;

  @Field(() => UsageScope, { description: 'Who may see records of the item unless a record says otherwise.' })
  usageScope!: UsageScope;

  @Field(() => Boolean, { description: 'True when records wait for the credit office to publish them.' })
  requiresReview!: boolean;

  @Field(() => String, { description: 'How long records stay public.' })
  publicityRule!: string;

  @Field(() => String, { description: 'The legal basis for collecting and publishing the item.' })
  legalBasis!: string;

  @Field(() => String, { description: 'How often data providers update it.' })
  updateFrequency!: string;
}
