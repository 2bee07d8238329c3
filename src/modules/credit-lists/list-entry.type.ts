import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../shared/scalars.js';
import { ListType } from './list-entry.enums.js';
import { UsageScope } from '../catalog/index.js';

@ObjectType({
  description: 'An entry on the red list (诚信典型) or the black list (严重失信主体名单).',
})
export class ListEntry {
  @Field(() => ID, { description: 'Identifier, e.g. `list:3`.' })
  id!: string;

  @Field(() => ListType, { description: 'Red or black list.' })
  listType!: ListType;

  @Field(() => CreditCodeScalar, { description: 'The listed subject’s credit code.' })
  subjectCode!: string;

  @Field(() => String, { description: 'The listed subject’s name.' })
  subjectName!: string;

  @Field(() => String, { description: 'Number of the listing decision.' })
  documentNumber!: string;

  @Field(() => String, { description: '列入机关: the listing authority.' })
  listingAuthority!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the listing authority.' })
  listingAuthorityCode!: string;

  @Field(() => String, { description: '列入依据: the legal basis of the listing.' })
  basis!: string;

  @Field(() => String, { description: '列入事由: why the subject was listed.' })
  reason!: string;

  @Field(() => DateScalar, { description: '列入日期.' })
  listedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day on the list; null when no end is set.',
  })
  validUntil!: string | null;

  @Field(() => UsageScope, { description: 'Who may see the entry.' })
  usageScope!: UsageScope;

  @Field(() => String, { description: 'ACTIVE, EXPIRED or REMOVED, as of today.' })
  status!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the listing authority removed the entry.',
  })
  removedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was removed.' })
  removalReason!: string | null;

  @Field(() => Int, { description: 'Version: 1, plus one per correction.' })
  version!: number;
}

@InputType({ description: 'A list entry from its listing authority. Checked per row.' })
export class ListEntryInput {
  @Field(() => ListType, { nullable: true, description: 'Red or black list (required).' })
  listType?: ListType | null;

  @Field(() => String, { nullable: true, description: 'The subject’s name (required).' })
  subjectName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The subject’s credit code (required, valid).',
  })
  subjectCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Number of the listing decision (required); identifies the entry.',
  })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The listing authority (required).' })
  listingAuthority?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its credit code (required; a PROVIDER only its own).',
  })
  listingAuthorityCode?: string | null;

  @Field(() => String, { nullable: true, description: '列入依据 (required).' })
  basis?: string | null;

  @Field(() => String, { nullable: true, description: '列入事由 (required).' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '列入日期, YYYY-MM-DD (required, not in the future).',
  })
  listedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day on the list, YYYY-MM-DD.' })
  validUntil?: string | null;

  @Field(() => UsageScope, { nullable: true, description: 'Who may see it; PUBLIC when omitted.' })
  usageScope?: UsageScope | null;
}
